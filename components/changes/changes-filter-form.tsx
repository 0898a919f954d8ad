import { useTranslations } from "next-intl";
import { MaterialOptions } from "@/components/filters/material-options";
import { Link } from "@/lib/i18n/navigation";
import type { ChangesFilters } from "@/lib/changes";
import type { MaterialDto } from "@/lib/types";

const labelClass = "flex min-w-0 max-w-full flex-col gap-1 text-xs font-medium text-muted";
const fieldClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink";

/** A plain GET form (the page works without JavaScript; every filtered list is a link): material and "after version". */
export function ChangesFilterForm({ filters: f, materials }: { filters: ChangesFilters; materials: MaterialDto[] }) {
  const t = useTranslations("versions.filters");
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-panel p-4 shadow-sm" aria-label={t("label")}>
      <label className={labelClass}>
        {t("material")}
        <select name="material" defaultValue={f.material ?? ""} className={fieldClass} data-testid="changes-material-filter">
          <option value="">{t("anyMaterial")}</option>
          <MaterialOptions materials={materials} />
        </select>
      </label>
      <label className={labelClass}>
        {t("since")}
        <input name="since" type="number" min={0} step={1} defaultValue={f.since || ""} className={`${fieldClass} w-28`} data-testid="changes-since" />
      </label>
      <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white">
        {t("apply")}
      </button>
      <Link href="/changes" className="h-9 py-2 text-sm text-accent underline">
        {t("reset")}
      </Link>
    </form>
  );
}
