import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { cache } from "react";
import { getDependenceSeries } from "@/db/queries/dependence";
import { getIncident } from "@/db/queries/incidents";
import { listMaterials } from "@/db/queries/materials";
import { ContextChart } from "@/components/incidents/context-chart";
import { SourceCitation } from "@/components/sources/source-citation";
import { categoryColor } from "@/lib/colors";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import { parseId } from "@/lib/validation/ids";
import { formatDate } from "@/lib/format";
import type { IncidentDto, SourceRef } from "@/lib/types";
import { DEFAULT_MATERIAL, MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";

const CONTEXT_YEARS = 3;

// Metadata and page read the same record: once per request.
const load = cache((id: number) => getIncident(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  return { title: detail ? `${detail.incident.title} · REE Monitor` : "Incident not found · REE Monitor" };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  if (!detail) notFound();
  const { incident: i, sameEvent, related } = detail;
  const sources = new Map(detail.sources.map((s) => [s.id, s]));
  const names = new Map(listMaterials().map((m) => [m.slug, m.name]));
  const year = Number(i.date.slice(0, 4));
  const material = i.materials.includes(DEFAULT_MATERIAL) || i.materials.length === 0 ? DEFAULT_MATERIAL : i.materials[0];
  const series = getDependenceSeries({ material, from: Math.max(MIN_YEAR, year - CONTEXT_YEARS), to: Math.min(MAX_YEAR, year + CONTEXT_YEARS), categories: [] });

  return (
    <article className="flex flex-col gap-4" data-testid="incident-detail" data-incident-id={i.id}>
      <Breadcrumb href="/incidents" label="Incidents" id={i.id} />
      <header className="rounded-lg border border-line bg-panel p-5 shadow-sm" style={{ borderLeft: `6px solid ${categoryColor(i.category)}` }}>
        <p className="text-sm text-muted">
          {categoryLabel(i.category)} · severity {i.severity} of 5
        </p>
        <h1 className="mt-1 text-xl font-semibold text-ink">{i.title}</h1>
        <dl className="mt-3 grid grid-cols-[9rem_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted">Date</dt>
          <dd data-testid="incident-date">
            {formatDate(i.date)} <span className="text-muted">(known to the {i.datePrecision})</span>
          </dd>
          <dt className="text-muted">Actor → target</dt>
          <dd>
            {i.actor ?? "unknown"} → {i.target ?? "unknown"}
          </dd>
          <dt className="text-muted">Materials</dt>
          <dd>{i.materials.length ? i.materials.map((m) => names.get(m) ?? m).join(", ") : "all materials / not mineral-specific"}</dd>
          <dt className="text-muted">Source</dt>
          <dd>
            <SourceCitation source={sources.get(i.sourceId)} id={i.sourceId} testId="incident-source-link" />
          </dd>
          {sameEvent.length > 0 && (
            <>
              <dt className="text-muted">Same event</dt>
              <dd data-testid="same-event">
                {i.duplicateOf !== null ? "This record duplicates another source's record; the chart draws the primary once. " : "Also recorded by: "}
                {sameEvent.map((d, k) => (
                  <span key={d.id}>
                    {k > 0 ? "; " : ""}
                    <Link href={`/incidents/${d.id}`} className="text-accent hover:underline">
                      #{d.id}
                    </Link>{" "}
                    ({sourceName(sources.get(d.sourceId))})
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {i.summary && <p className="mt-3 max-w-3xl text-sm leading-relaxed text-ink">{i.summary}</p>}
      </header>

      <ContextChart series={series} event={i} />

      <section aria-labelledby="related-title" className="rounded-lg border border-line bg-panel p-5 shadow-sm">
        <h2 id="related-title" className="text-base font-semibold text-ink">
          Related incidents
        </h2>
        <p className="text-sm text-muted">Within a year of this one and touching the same materials (or all materials), nearest first.</p>
        <RelatedList related={related} sources={sources} />
      </section>
    </article>
  );
}

function sourceName(s: SourceRef | undefined) {
  return s ? (s.publisher ?? s.title) : "source unknown";
}

function RelatedList({ related, sources }: { related: IncidentDto[]; sources: Map<number, SourceRef> }) {
  if (!related.length) return <p className="mt-3 text-sm text-muted">None recorded.</p>;
  return (
    <ul className="mt-3 divide-y divide-line" data-testid="related-incidents">
      {related.map((r) => (
        <li key={r.id} className="py-2">
          <p className="text-xs text-muted">
            <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-full align-middle" style={{ background: categoryColor(r.category) }} />
            {formatDate(r.date)} · {categoryLabel(r.category)} · severity {r.severity} · {sourceName(sources.get(r.sourceId))}
          </p>
          <Link href={`/incidents/${r.id}`} className="text-sm font-medium text-ink hover:text-accent hover:underline">
            {r.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
