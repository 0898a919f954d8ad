import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listMaterials } from "@/db/queries/materials";
import { listSourcesWithCitations, listYearStatements } from "@/db/queries/sources";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { SourceDisagreements } from "@/components/sources/source-disagreements";
import { SourceFilterForm } from "@/components/sources/source-filter-form";
import { SourceList } from "@/components/sources/source-list";
import { materialName } from "@/lib/i18n/localized";
import { parseSourceFilters, sourceConflicts, visibleSources } from "@/lib/sources-view";
import type { MaterialDto } from "@/lib/types";
import type { RawParams } from "@/lib/validation/filter-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources");
  return { title: t("metaTitle") };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [t, locale, common] = await Promise.all([getTranslations("sources"), getLocale(), getTranslations("common")]);
  const materials = listMaterials();
  const nameOf = (m: MaterialDto) => materialName(m, locale, common("untranslated"));
  const names = new Map(materials.map((m) => [m.slug, nameOf(m)]));
  const { filters: f, issues } = parseSourceFilters(await searchParams, new Set(names.keys()), t);
  const all = listSourcesWithCitations();
  const publishers = new Map(all.map((s) => [s.id, s.publisher]));
  const { conflicts, inConflict } = sourceConflicts(listYearStatements(), f.material);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <IssuesNotice issues={issues} />
      <SourceFilterForm filters={f} materials={materials} materialName={nameOf} />
      <SourceDisagreements conflicts={conflicts} materialNames={names} publishers={publishers} />
      <SourceList sources={visibleSources(all, f)} total={all.length} selectedId={f.id} inConflict={inConflict} materialNames={names} />
    </div>
  );
}
