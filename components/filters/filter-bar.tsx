"use client";

import { useMessages, useTranslations } from "next-intl";
import { categoryColor } from "@/lib/colors";
import type { SeriesStatus } from "@/lib/dependence-materials";
import { categoryLabel } from "@/lib/labels";
import { ALL_MATERIALS, CATEGORY_VALUES, MAX_YEAR, MIN_YEAR, type Category } from "@/lib/validation/filter-params";
import { useFilterState } from "./filters-provider";
import { MaterialOptions } from "@/components/filters/material-options";
import { useSeriesStatus } from "./use-series-status";
import { CompareChips } from "./compare-chips";

const YEARS = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i);

const selectClass =
  "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-accent";

/** The shared filter bar; pages choose the incident controls they need. */
export function FilterBar({ categories = true, severity = false }: { categories?: boolean; severity?: boolean }) {
  const { filters, materials, allowAll, setFilters } = useFilterState();
  const [primary, ...compared] = filters.materials;
  const status = useSeriesStatus();
  const t = useTranslations("filters");
  const enums = useMessages().enums;
  // The selector's words for a material: its name, and that it has no China series when so.
  const optionLabel = (name: string, s: SeriesStatus) =>
    s.kind === "none" ? t("option.none", { name }) : s.kind === "none_in_range" ? t("option.noneInRange", { name, from: String(s.from), to: String(s.to) }) : name;

  const toggleCompare = (slug: string) => {
    const next = compared.includes(slug) ? compared.filter((m) => m !== slug) : [...compared, slug];
    setFilters({ materials: [primary, ...next] });
  };
  const toggleCategory = (c: Category) => {
    const next = filters.categories.includes(c) ? filters.categories.filter((x) => x !== c) : [...filters.categories, c];
    setFilters({ categories: next });
  };

  return (
    <form
      aria-label={t("label")}
      className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex max-w-full flex-col gap-1 text-xs font-medium text-muted">
          {t("material")}
          <select
            data-testid="material-filter"
            className={`${selectClass} max-w-full sm:min-w-56`}
            value={primary}
            onChange={(e) =>
              // "All materials" already holds every other one: nothing to compare it with.
              setFilters({ materials: e.target.value === ALL_MATERIALS ? [ALL_MATERIALS] : [e.target.value, ...compared.filter((m) => m !== e.target.value)] })
            }
          >
            {allowAll && <option value={ALL_MATERIALS}>{t("allMaterials")}</option>}
            <MaterialOptions materials={materials} label={(m, name) => optionLabel(name, status(m))} />
          </select>
        </label>
        <YearSelect
          label={t("from")}
          testId="year-from"
          value={filters.from}
          onChange={(from) => setFilters({ from, to: Math.max(from, filters.to) })}
        />
        <YearSelect label={t("to")} testId="year-to" value={filters.to} onChange={(to) => setFilters({ to, from: Math.min(to, filters.from) })} />
        {severity && (
          <label className="flex flex-col gap-1 text-xs font-medium text-muted">
            {t("severity.label")}
            <select
              data-testid="severity-filter"
              className={selectClass}
              value={filters.minSeverity}
              onChange={(e) => setFilters({ minSeverity: Number(e.target.value) })}
            >
              <option value={1}>{t("severity.all")}</option>
              {[2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n === 5 ? t("severity.only", { n }) : t("severity.atLeast", { n })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <fieldset className="flex min-w-0 flex-col gap-1" hidden={primary === ALL_MATERIALS}>
        <legend className="text-xs font-medium text-muted">{t("compare.legend")}</legend>
        <CompareChips materials={materials} primary={primary} compared={compared} status={status} onToggle={toggleCompare} />
      </fieldset>
      {categories && (
      <fieldset className="flex flex-wrap items-center gap-1.5" data-testid="category-filter">
        <legend className="mb-1 text-xs font-medium text-muted">{t("categories.legend")}</legend>
        {CATEGORY_VALUES.map((c) => {
          const on = filters.categories.includes(c);
          return (
            <button
              key={c}
              type="button"
              aria-pressed={on}
              onClick={() => toggleCategory(c)}
              className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs ${on ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:border-ink"}`}
            >
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: categoryColor(c) }} />
              {categoryLabel(enums, c)}
            </button>
          );
        })}
        {filters.categories.length > 0 && (
          <button type="button" onClick={() => setFilters({ categories: [] })} className="ml-1 text-xs text-accent underline">
            {t("categories.clear")}
          </button>
        )}
      </fieldset>
      )}
    </form>
  );
}

function YearSelect({ label, testId, value, onChange }: { label: string; testId: string; value: number; onChange: (year: number) => void }) {
  const t = useTranslations("filters");
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-muted">
      {label}
      <select data-testid={testId} className={selectClass} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {t("yearOption", { year: String(y) })}
          </option>
        ))}
      </select>
    </label>
  );
}
