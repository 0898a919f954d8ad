import { useMessages, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { MaterialOptions } from "@/components/filters/material-options";
import { SOURCE_KINDS } from "@/lib/enums";
import { sourceKindLabel } from "@/lib/labels";
import { MAX_SOURCE_QUERY_LENGTH } from "@/lib/limits";
import type { SourceFilters } from "@/lib/sources-view";
import type { MaterialDto } from "@/lib/types";

const labelClass = "flex min-w-0 max-w-full flex-col gap-1 text-xs font-medium text-muted";
const fieldClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink";

/**
 * A plain GET form: the page works without JavaScript, and every filtered view is a link.
 * `materialName` words a material in the page's language.
 */
export function SourceFilterForm({ filters: f, materials, materialName }: { filters: SourceFilters; materials: MaterialDto[]; materialName: (m: MaterialDto) => string }) {
  const t = useTranslations("sources.filters");
  const enums = useMessages().enums;
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-panel p-4 shadow-sm" aria-label={t("label")}>
      <label className={labelClass}>
        {t("kind")}
        <select name="kind" defaultValue={f.kind ?? ""} className={fieldClass} data-testid="kind-filter">
          <option value="">{t("allKinds")}</option>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {sourceKindLabel(enums, k)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        {t("material")}
        <select name="material" defaultValue={f.material ?? ""} className={fieldClass} data-testid="material-filter">
          <option value="">{t("anyMaterial")}</option>
          <MaterialOptions materials={materials} label={materialName} />
        </select>
      </label>
      <label className={labelClass}>
        {t("query")}
        <input name="q" defaultValue={f.q} maxLength={MAX_SOURCE_QUERY_LENGTH} className="h-9 w-64 max-w-full rounded-md border border-line bg-white px-2 text-sm text-ink" data-testid="source-search" />
      </label>
      <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white">
        {t("apply")}
      </button>
      <Link href="/sources" className="h-9 py-2 text-sm text-accent underline">
        {t("reset")}
      </Link>
    </form>
  );
}
