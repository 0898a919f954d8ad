"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ProjectWords } from "@/lib/projects-capacity";

/** The projects page's translator, enum labels and language, for the pure functions that write its sentences. */
export function useProjectWords(): ProjectWords {
  const t = useTranslations("projects");
  const enums = useMessages().enums;
  const locale = useLocale();
  return useMemo(() => ({ t, enums, locale }), [t, enums, locale]);
}
