"use client";

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
  const small = "mt-1 text-xs text-muted print:mt-0 print:text-[7.5pt]";
  return (
    <>
      {gaps && (
        <p className={small} data-testid="gaps-note">
          {value ? "No value of imports from China from the line's source" : "No sourced China share"} (gaps, not interpolated): {gaps}.
        </p>
      )}
      {scope.length > 0 && (
        // One paragraph however many materials are compared, so the printed page keeps its room.
        <p className="mt-1 text-xs font-medium text-ink print:mt-0 print:text-[7.5pt]">
          {scope.map((s, i) => (
            <span key={s}>
              {i > 0 && " · "}
              <span data-testid="hs-scope-note">{s}</span>
            </span>
          ))}
        </p>
      )}
      {valueSources.map((s) => (
        <p key={s} className={small} data-testid="value-sources-note">
          {s}. A year without a value is unknown, not zero (the BACI flow files keep only the top flows).
        </p>
      ))}
      {omitted > 0 && first && (
        <p className="mt-1 text-xs text-muted print:hidden" data-testid="partners-omitted">
          Other partners: the {partnersDrawn(first)} with the largest shares are drawn; {omitted} more with smaller shares are in the trade-shares data (API
          and CSV).
        </p>
      )}
    </>
  );
}
