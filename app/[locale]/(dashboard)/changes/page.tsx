import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { listMaterials } from "@/db/queries/materials";
import { getSourcesByIds } from "@/db/queries/sources";
import { listChanges, listVersions, tallyChanges } from "@/db/queries/versions";
import { pageDataVersion } from "@/server/data-version";
import { ChangesFilterForm } from "@/components/changes/changes-filter-form";
import { VersionList, type VersionView } from "@/components/changes/version-list";
import { IssuesNotice } from "@/components/filters/filter-notice";
import {
  groupShareChanges,
  MAX_DETAILED_CHANGES,
  MAX_LISTED_VERSIONS,
  parseChangesParams,
  recordChanges,
  recordLineText,
  shareLineText,
  summarizeTallies,
  versionSummaryText,
  versionTime,
} from "@/lib/changes";
import { citationSeparator } from "@/lib/format";
import { localizedString, materialName } from "@/lib/i18n/localized";
import { enumLabel } from "@/lib/labels";
import { resourceUrl, versionsResource } from "@/lib/resources";
import type { RawParams } from "@/lib/validation/filter-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("versions");
  return { title: t("metaTitle") };
}
// Read from the database on each request: an import adds a version.
export const dynamic = "force-dynamic";

export default async function ChangesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [t, locale, common, messages] = await Promise.all([getTranslations("versions"), getLocale(), getTranslations("common"), getMessages()]);
  const mark = common("untranslated");
  const materials = listMaterials();
  const names = new Map(materials.map((m) => [m.slug, materialName(m, locale, mark)]));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const order = materials.map((m) => m.slug);
  const current = pageDataVersion();
  const { filters: f, issues } = parseChangesParams(await searchParams, new Set(names.keys()), current.version, t);

  const listed = f.sinceBeyond ? [] : listVersions({ since: f.since, material: f.material, limit: MAX_LISTED_VERSIONS + 1 });
  const shown = listed.slice(0, MAX_LISTED_VERSIONS);
  const tallies = tallyChanges({ versions: shown.map((v) => v.version), material: f.material });
  const countOf = (version: number) => tallies.filter((x) => x.version === version).reduce((n, x) => n + x.count, 0);
  const detailed = shown.filter((v) => countOf(v.version) <= MAX_DETAILED_CHANGES).map((v) => v.version);
  const changes = listChanges({ versions: detailed, material: f.material, entities: f.material ? ["trade_share", "material"] : undefined, limit: MAX_DETAILED_CHANGES * MAX_LISTED_VERSIONS });
  const sourceIds = changes.flatMap((c) => [c.before?.source_id, c.after?.source_id]).filter((id): id is number => typeof id === "number");
  const sourceTitles = new Map(getSourcesByIds({ ids: sourceIds }).map((s) => [s.id, s.title]));
  const ctx = { locale, materialName: nameOf, sourceTitle: (id: number) => sourceTitles.get(id) ?? null };
  const separator = citationSeparator(locale);
  const yearsText = (from: number | null, to: number | null) => (from === null || to === null ? "–" : from === to ? t("big.year", { year: from }) : t("big.years", { from, to }));
  const countsText = (entity: string, c: { added: number; changed: number; removed: number }) => t("big.entity", { entity, ...c });

  const views: VersionView[] = shown.map((v) => {
    const mine = changes.filter((c) => c.version === v.version);
    const summary = summarizeTallies(tallies.filter((x) => x.version === v.version), order);
    const isDetailed = detailed.includes(v.version);
    const api = { since: v.version - 1, until: v.version, materials: f.material ? [f.material] : null, from: null, to: null, entities: null };
    return {
      version: v.version,
      createdAt: v.createdAt,
      time: versionTime(t, v.createdAt, locale),
      summary: versionSummaryText(t, v, v.importKind ? enumLabel(messages.enums.importKind, v.importKind) : null),
      current: v.version === current.version,
      materials: isDetailed
        ? groupShareChanges(mine, order).map((g) => ({
            material: g.material,
            name: nameOf(g.material),
            lines: g.years.flatMap((y) => y.lines.map((l) => ({ key: l.id, year: y.year, text: shareLineText(t, l, ctx) }))),
          }))
        : [],
      records: isDetailed ? recordChanges(mine).map((r) => ({ key: r.id, text: recordLineText(t, r, localizedString(locale, r.title, r.titleJa, mark)) })) : [],
      others: isDetailed && summary.entities.some((e) => e.entity === "material" || e.entity === "source")
        ? summary.entities.filter((e) => e.entity === "material" || e.entity === "source").map((e) => countsText(e.entity, e)).join(separator)
        : null,
      big: isDetailed
        ? null
        : {
            count: countOf(v.version),
            lines: [
              ...summary.materials.map((m) => t("big.material", { material: nameOf(m.material), years: yearsText(m.fromYear, m.toYear), added: m.added, changed: m.changed, removed: m.removed })),
              ...summary.entities.map((e) => countsText(e.entity, e)),
            ],
          },
      csvHref: `${resourceUrl(versionsResource, api)}&format=csv`,
      jsonHref: resourceUrl(versionsResource, api),
    };
  });

  const empty = f.sinceBeyond ? null : f.material && f.since === 0 ? t("empty.material", { material: nameOf(f.material) }) : f.since > 0 ? t("empty.since", { since: f.since }) : t("empty.none");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm text-muted" data-testid="past-views">
          {t("pastViews")}
        </p>
      </div>
      <IssuesNotice issues={issues} />
      <ChangesFilterForm filters={f} materials={materials} />
      {f.material && <p className="text-sm text-muted">{t("materialFilterNote")}</p>}
      {views.length > 0 ? (
        <>
          <p className="text-sm text-muted">
            {t("listed", { shown: views.length })} {listed.length > MAX_LISTED_VERSIONS && t("capped", { max: MAX_LISTED_VERSIONS })}
          </p>
          <VersionList versions={views} />
        </>
      ) : (
        empty && (
          <p className="rounded-lg border border-line bg-panel p-4 text-sm text-muted" data-testid="changes-empty">
            {empty}
          </p>
        )
      )}
    </div>
  );
}
