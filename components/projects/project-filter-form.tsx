import { MaterialOptions } from "@/components/filters/material-options";
import { projectStatusColors, projectTypeColors } from "@/lib/colors";
import { PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/enums";
import { partnerName } from "@/lib/format";
import { START_YEARS, toggleValue } from "@/lib/projects-view";
import type { MaterialDto } from "@/lib/types";
import type { ProjectFilters } from "@/lib/validation/projects";
import { FilterChips } from "./filter-chips";

const labelClass = "flex flex-col gap-1 text-xs font-medium text-muted";
const selectClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink shadow-sm";

/** Material, host, start years, type and status; every change goes straight to the URL. */
export function ProjectFilterForm({
  filters: f,
  materials,
  countries,
  onChange,
  onReset,
}: {
  filters: ProjectFilters;
  materials: MaterialDto[];
  countries: string[];
  onChange: (patch: Partial<ProjectFilters>) => void;
  onReset: () => void;
}) {
  return (
    <form aria-label="Project filters" className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-4">
        <label className={labelClass}>
          Material
          <select data-testid="material-filter" className={`${selectClass} min-w-56`} value={f.materials[0] ?? ""} onChange={(e) => onChange({ materials: e.target.value ? [e.target.value] : [] })}>
            <option value="">All materials</option>
            <MaterialOptions materials={materials} />
          </select>
        </label>
        <label className={labelClass}>
          Host country
          <select data-testid="country-filter" className={selectClass} value={f.country ?? ""} onChange={(e) => onChange({ country: e.target.value || null })}>
            <option value="">All</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {partnerName(c)}
              </option>
            ))}
          </select>
        </label>
        {(["from", "to"] as const).map((k) => (
          <label key={k} className={labelClass}>
            Start year {k}
            <select data-testid={`year-${k}`} className={selectClass} value={f[k] ?? ""} onChange={(e) => onChange({ [k]: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Any</option>
              {START_YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" className="h-9 text-sm text-accent underline" onClick={onReset}>
          Reset
        </button>
      </div>
      <FilterChips legend="Type" testId="type-filter" values={PROJECT_TYPES} selected={f.types} colors={projectTypeColors} onToggle={(v) => onChange({ types: toggleValue(f.types, v) })} />
      <FilterChips
        legend="Status"
        testId="status-filter"
        values={PROJECT_STATUSES}
        selected={f.statuses}
        colors={projectStatusColors}
        onToggle={(v) => onChange({ statuses: toggleValue(f.statuses, v) })}
      />
      <p className="text-xs text-muted">Projects with an unknown start year stay listed whatever the year range; an unknown status matches no status filter.</p>
    </form>
  );
}
