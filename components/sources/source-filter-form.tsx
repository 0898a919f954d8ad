import { Link } from "@/lib/i18n/navigation";
import { MaterialOptions } from "@/components/filters/material-options";
import { sourceKindLabels } from "@/lib/labels";
import { MAX_SOURCE_QUERY_LENGTH } from "@/lib/limits";
import type { SourceFilters } from "@/lib/sources-view";
import type { MaterialDto } from "@/lib/types";

const labelClass = "flex min-w-0 max-w-full flex-col gap-1 text-xs font-medium text-muted";
const fieldClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink";

/** A plain GET form: the page works without JavaScript, and every filtered view is a link. */
export function SourceFilterForm({ filters: f, materials }: { filters: SourceFilters; materials: MaterialDto[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-panel p-4 shadow-sm" aria-label="Source filters">
      <label className={labelClass}>
        Kind
        <select name="kind" defaultValue={f.kind ?? ""} className={fieldClass} data-testid="kind-filter">
          <option value="">All kinds</option>
          {Object.entries(sourceKindLabels).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Cited for material
        <select name="material" defaultValue={f.material ?? ""} className={fieldClass} data-testid="material-filter">
          <option value="">Any</option>
          <MaterialOptions materials={materials} />
        </select>
      </label>
      <label className={labelClass}>
        Title, publisher or locator contains
        <input name="q" defaultValue={f.q} maxLength={MAX_SOURCE_QUERY_LENGTH} className="h-9 w-64 rounded-md border border-line bg-white px-2 text-sm text-ink" data-testid="source-search" />
      </label>
      <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white">
        Apply
      </button>
      <Link href="/sources" className="h-9 py-2 text-sm text-accent underline">
        Reset
      </Link>
    </form>
  );
}
