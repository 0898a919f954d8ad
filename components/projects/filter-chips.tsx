"use client";

import { useTranslations } from "next-intl";

/** A row of toggle chips for a multi-select filter; nothing pressed means no filter. */
export function FilterChips<T extends string>({
  legend,
  testId,
  values,
  selected,
  colors,
  label,
  onToggle,
}: {
  legend: string;
  testId: string;
  values: readonly T[];
  selected: T[];
  colors: Record<string, string>;
  /** A value's word ("Refining", 「精製」). */
  label: (v: T) => string;
  onToggle: (v: T) => void;
}) {
  const t = useTranslations("projects.filters");
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5" data-testid={testId}>
      <legend className="mb-1 text-xs font-medium text-muted">{t("chipsLegend", { legend })}</legend>
      {values.map((v) => {
        const on = selected.includes(v);
        return (
          <button
            key={v}
            type="button"
            aria-pressed={on}
            data-value={v}
            onClick={() => onToggle(v)}
            className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs ${on ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:border-ink"}`}
          >
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: colors[v] }} />
            {label(v)}
          </button>
        );
      })}
    </fieldset>
  );
}
