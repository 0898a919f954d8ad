"use client";

import { useLocale } from "next-intl";
import { parseAsString, useQueryState } from "nuqs";
import { ERA_PARAM } from "@/lib/dependence-briefing";

/** Whether the printed briefing writes its years with the Japanese era: `era=1` in the URL, on a Japanese page. */
export function useEra(): boolean {
  const locale = useLocale();
  const [era] = useQueryState(ERA_PARAM, parseAsString);
  return locale === "ja" && era === "1";
}

/** The era option's state and setter (a history entry, like every filter). */
export function useEraOption(): [boolean, (on: boolean) => void] {
  const [era, setEra] = useQueryState(ERA_PARAM, parseAsString.withOptions({ history: "push", shallow: true, scroll: false }));
  return [era === "1", (on) => void setEra(on ? "1" : null)];
}
