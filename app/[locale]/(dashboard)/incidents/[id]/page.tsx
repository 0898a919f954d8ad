import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDependenceSeries } from "@/db/queries/dependence";
import { getIncident } from "@/db/queries/incidents";
import { listMaterials } from "@/db/queries/materials";
import { ContextChart } from "@/components/incidents/context-chart";
import { SourceCitation } from "@/components/sources/source-citation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Localized } from "@/components/ui/localized";
import { categoryColor } from "@/lib/colors";
import { formatDate } from "@/lib/format";
import { localizedString } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { localMaterialNames } from "@/lib/incidents-shape";
import { categoryLabel, type EnumLabels } from "@/lib/labels";
import type { IncidentDto, SourceRef } from "@/lib/types";
import { DEFAULT_MATERIAL, MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";
import { parseId } from "@/lib/validation/ids";

const CONTEXT_YEARS = 3;

// Metadata and page read the same record: once per request.
const load = cache((id: number) => getIncident(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  const [t, locale, mark] = await Promise.all([getTranslations("incidents.meta"), getLocale(), getTranslations("common").then((c) => c("untranslated"))]);
  return { title: detail ? localizedString(locale, detail.incident.title, detail.incident.titleJa, mark) : t("notFound") };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  if (!detail) notFound();
  const [t, locale, { enums }, common] = await Promise.all([getTranslations("incidents"), getLocale(), getMessages(), getTranslations("common")]);
  const { incident: i, sameEvent, related } = detail;
  const sources = new Map(detail.sources.map((s) => [s.id, s]));
  const materials = listMaterials();
  const names = (slugs: string[]) => localMaterialNames(slugs, materials, locale, common("untranslated"));
  const year = Number(i.date.slice(0, 4));
  const material = i.materials.includes(DEFAULT_MATERIAL) || i.materials.length === 0 ? DEFAULT_MATERIAL : i.materials[0];
  const series = getDependenceSeries({ material, from: Math.max(MIN_YEAR, year - CONTEXT_YEARS), to: Math.min(MAX_YEAR, year + CONTEXT_YEARS), categories: [] });
  const unknown = t("detail.unknown");
  const sourceName = (s: SourceRef | undefined) => (s ? (s.publisher ?? s.title) : t("detail.sourceUnknown"));

  return (
    <article className="flex flex-col gap-4" data-testid="incident-detail" data-incident-id={i.id}>
      <Breadcrumb href="/incidents" label={t("detail.breadcrumb")} id={i.id} />
      <header className="rounded-lg border border-line bg-panel p-5 shadow-sm" style={{ borderLeft: `6px solid ${categoryColor(i.category)}` }}>
        <p className="text-sm text-muted" data-testid="incident-kicker">
          {t("detail.kicker", { category: categoryLabel(enums, i.category), severity: i.severity })}
        </p>
        <h1 className="mt-1 text-xl font-semibold text-ink">
          <Localized en={i.title} ja={i.titleJa} />
        </h1>
        <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[9rem_1fr]">
          <dt className="text-muted">{t("detail.date")}</dt>
          <dd data-testid="incident-date">
            {t.rich("detail.dateValue", { date: formatDate(i.date, locale), precision: i.datePrecision, muted: (chunks) => <span className="text-muted">{chunks}</span> })}
          </dd>
          <dt className="text-muted">{t("detail.actorTarget")}</dt>
          <dd>
            {i.actor ? <Localized en={i.actor} ja={i.actorJa} /> : unknown} → {i.target ? <Localized en={i.target} ja={i.targetJa} /> : unknown}
          </dd>
          <dt className="text-muted">{t("detail.materials")}</dt>
          <dd>{i.materials.length ? names(i.materials).join(t("listSeparator")) : t("notMineralSpecific")}</dd>
          <dt className="text-muted">{t("detail.source")}</dt>
          <dd>
            <SourceCitation source={sources.get(i.sourceId)} id={i.sourceId} testId="incident-source-link" />
          </dd>
          {sameEvent.length > 0 && (
            <>
              <dt className="text-muted">{t("detail.sameEvent")}</dt>
              <dd data-testid="same-event">
                {i.duplicateOf !== null ? t("detail.isDuplicate") : t("detail.alsoRecordedBy")}{" "}
                {sameEvent.map((d, k) => (
                  <span key={d.id}>
                    {k > 0 ? t("detail.listSeparator") : ""}
                    {t.rich("detail.recordOf", {
                      id: d.id,
                      source: sourceName(sources.get(d.sourceId)),
                      link: (chunks) => (
                        <Link href={`/incidents/${d.id}`} className="text-accent underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {i.summary && (
          <p className="mt-3 max-w-3xl text-sm leading-relaxed text-ink" data-testid="incident-summary">
            <Localized en={i.summary} ja={i.summaryJa} />
          </p>
        )}
      </header>

      <ContextChart series={series} event={i} materialLabel={names([material])[0]} />

      <section aria-labelledby="related-title" className="rounded-lg border border-line bg-panel p-5 shadow-sm">
        <h2 id="related-title" className="text-base font-semibold text-ink">
          {t("detail.related")}
        </h2>
        <p className="text-sm text-muted">{t("detail.relatedIntro")}</p>
        <RelatedList related={related} sourceName={(id) => sourceName(sources.get(id))} t={t} enums={enums} locale={locale} />
      </section>
    </article>
  );
}

function RelatedList({
  related,
  sourceName,
  t,
  enums,
  locale,
}: {
  related: IncidentDto[];
  sourceName: (id: number) => string;
  t: Translator<"incidents">;
  enums: EnumLabels;
  locale: Locale;
}) {
  if (!related.length) return <p className="mt-3 text-sm text-muted">{t("detail.relatedNone")}</p>;
  return (
    <ul className="mt-3 divide-y divide-line" data-testid="related-incidents">
      {related.map((r) => (
        <li key={r.id} className="py-2">
          <p className="text-xs text-muted">
            <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-full align-middle" style={{ background: categoryColor(r.category) }} />
            {t("detail.relatedMeta", { date: formatDate(r.date, locale), category: categoryLabel(enums, r.category), severity: r.severity, source: sourceName(r.sourceId) })}
          </p>
          <Link href={`/incidents/${r.id}`} className="text-sm font-medium text-ink hover:text-accent hover:underline">
            <Localized en={r.title} ja={r.titleJa} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
