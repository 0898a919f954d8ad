"use client";

import { useTranslations } from "next-intl";
import { partnersDrawn } from "@/lib/dependence-text";
import type { DependenceResponse } from "@/lib/types";

/**
 * The lines under the dependence chart's key: the years without a value (gaps, not interpolated),
 * what the official series cover (one HS code of several), which source makes the value line, and
 * the partners left out.
 */
export function DependenceNotes({
  gaps,
  value,
  scope,
  valueSources,
  omitted,
  first,
}: {
  gaps: string | null;
  value: boolean;
  scope: string[];
  valueSources: string[];
  omitted: number;
  first: DependenceResponse | undefined;
}) {
  const t = useTranslations("dashboard");
  const small = "mt-1 text-xs text-muted print:mt-0 print:text-[7.5pt]";
  return (
    <>
      {gaps && (
        <p className={small} data-testid="gaps-note">
          {t(value ? "notes.gapsValue" : "notes.gapsShare", { gaps })}
        </p>
      )}
      {scope.length > 0 && (
        // One paragraph however many materials are compared, so the printed page keeps its room.
        <p className="mt-1 text-xs font-medium text-ink print:mt-0 print:text-[7.5pt]">
          {scope.map((s, i) => (
            <span key={s}>
              {i > 0 && t("separator")}
              <span data-testid="hs-scope-note">{s}</span>
            </span>
          ))}
        </p>
      )}
      {valueSources.map((s) => (
        <p key={s} className={small} data-testid="value-sources-note">
          {t("notes.valueSources", { sources: s })}
        </p>
      ))}
      {omitted > 0 && first && (
        <p className="mt-1 text-xs text-muted print:hidden" data-testid="partners-omitted">
          {t("notes.partnersOmitted", { drawn: partnersDrawn(first), omitted })}
        </p>
      )}
    </>
  );
}
