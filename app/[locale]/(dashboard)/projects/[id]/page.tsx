import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listMaterials } from "@/db/queries/materials";
import { getProject } from "@/db/queries/projects";
import { SourceCitation } from "@/components/sources/source-citation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Localized } from "@/components/ui/localized";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import { localizedString } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { localMaterialNames } from "@/lib/incidents-shape";
import { projectStatusLabel, projectTypeLabel } from "@/lib/labels";
import { parseId } from "@/lib/validation/ids";

// Metadata and page read the same record: once per request.
const load = cache((id: number) => getProject(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const d = id ? load(id) : null;
  const [t, locale, common] = await Promise.all([getTranslations("projects.meta"), getLocale(), getTranslations("common")]);
  return { title: d ? localizedString(locale, d.project.name, d.project.nameJa, common("untranslated")) : t("notFound") };
}

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  if (!detail) notFound();
  const [t, locale, { enums }, common] = await Promise.all([getTranslations("projects"), getLocale(), getMessages(), getTranslations("common")]);
  const { project: p, sameProject } = detail;
  const sources = new Map(detail.sources.map((s) => [s.id, s]));
  const materials = localMaterialNames(p.materials, listMaterials(), locale, common("untranslated"));
  const unknown = <span className="text-muted">{t("unknown")}</span>;
  const orUnknown = (v: string | number | null) => (v === null ? t("unknown") : String(v));
  return (
    <article className="flex flex-col gap-4" data-testid="project-detail" data-project-id={p.id}>
      <Breadcrumb href="/projects" label={t("detail.breadcrumb")} id={p.id} />
      <header className="rounded-lg border border-line bg-panel p-5 shadow-sm">
        <p className="text-sm text-muted" data-testid="project-kicker">
          {t("detail.kicker", { type: projectTypeLabel(enums, p.type), status: projectStatusLabel(enums, p.status) })}
        </p>
        <h1 className="mt-1 text-xl font-semibold text-ink">
          <Localized en={p.name} ja={p.nameJa} />
        </h1>
        {p.duplicateOf !== null && (
          <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
            {t.rich("detail.repeats", {
              id: p.duplicateOf,
              link: (chunks) => (
                <Link href={`/projects/${p.duplicateOf}`} className="text-accent underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted">{t("detail.host")}</dt>
          <dd>{p.countries.length ? p.countries.map((c) => partnerName(c, locale)).join(t("listSeparator")) : unknown}</dd>
          <dt className="text-muted">{t("detail.partners")}</dt>
          <dd>{p.partners ? <span lang="en">{p.partners}</span> : unknown}</dd>
          <dt className="text-muted">{t("detail.materials")}</dt>
          <dd>{materials.join(t("listSeparator"))}</dd>
          <dt className="text-muted">{t("detail.capacity")}</dt>
          <dd data-testid="project-capacity">
            {p.capacityTonnesPerYear === null ? unknown : t("detail.capacityValue", { tonnes: formatTonnes(p.capacityTonnesPerYear, locale) })}
          </dd>
          <dt className="text-muted">{t("detail.investment")}</dt>
          <dd>{p.investmentUsd === null ? unknown : formatUsd(p.investmentUsd, locale)}</dd>
          <dt className="text-muted">{t("detail.start")}</dt>
          <dd>{p.startYear ?? unknown}</dd>
          <dt className="text-muted">{t("detail.source")}</dt>
          <dd>
            <SourceCitation source={sources.get(p.sourceId)} id={p.sourceId} testId="project-source-link" />
          </dd>
        </dl>
        {p.summary && (
          <p className="mt-3 max-w-3xl text-sm leading-relaxed text-ink" data-testid="project-summary">
            <Localized en={p.summary} ja={p.summaryJa} />
          </p>
        )}
      </header>
      {sameProject.length > 0 && (
        <section aria-labelledby="same-title" className="rounded-lg border border-line bg-panel p-5 shadow-sm" data-testid="same-project">
          <h2 id="same-title" className="text-base font-semibold text-ink">
            {t("detail.same")}
          </h2>
          <p className="text-sm text-muted">{t("detail.sameIntro")}</p>
          <ul className="mt-2 divide-y divide-line text-sm">
            {sameProject.map((d) => (
              <li key={d.id} className="py-2">
                <Link href={`/projects/${d.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                  <Localized en={d.name} ja={d.nameJa} />
                </Link>
                <span className="block text-xs text-muted">
                  {t("detail.sameLine", {
                    capacity: d.capacityTonnesPerYear === null ? t("unknown") : formatTonnes(d.capacityTonnesPerYear, locale),
                    investment: d.investmentUsd === null ? t("unknown") : formatUsd(d.investmentUsd, locale),
                    start: orUnknown(d.startYear),
                  })}
                  {" · "}
                  <SourceCitation source={sources.get(d.sourceId)} id={d.sourceId} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
