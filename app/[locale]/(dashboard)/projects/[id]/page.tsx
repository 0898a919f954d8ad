import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { cache } from "react";
import { listMaterials } from "@/db/queries/materials";
import { getProject } from "@/db/queries/projects";
import { SourceCitation } from "@/components/sources/source-citation";
import { projectLabel } from "@/lib/labels";
import { parseId } from "@/lib/validation/ids";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";

// Metadata and page read the same record: once per request.
const load = cache((id: number) => getProject(id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const d = id ? load(id) : null;
  return { title: d ? `${d.project.name} · REE Monitor` : "Project not found · REE Monitor" };
}

const unknown = <span className="text-muted">unknown</span>;

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const detail = id ? load(id) : null;
  if (!detail) notFound();
  const { project: p, sameProject } = detail;
  const sources = new Map(detail.sources.map((s) => [s.id, s]));
  const names = new Map(listMaterials().map((m) => [m.slug, m.name]));
  return (
    <article className="flex flex-col gap-4" data-testid="project-detail" data-project-id={p.id}>
      <Breadcrumb href="/projects" label="Projects" id={p.id} />
      <header className="rounded-lg border border-line bg-panel p-5 shadow-sm">
        <p className="text-sm text-muted">
          {projectLabel(p.type)} · {projectLabel(p.status)}
        </p>
        <h1 className="mt-1 text-xl font-semibold text-ink">{p.name}</h1>
        {p.duplicateOf !== null && (
          <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
            This record repeats project{" "}
            <Link href={`/projects/${p.duplicateOf}`} className="text-accent underline">
              #{p.duplicateOf}
            </Link>{" "}
            from another source; totals count that one only.
          </p>
        )}
        <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted">Host country</dt>
          <dd>{p.countries.length ? p.countries.map((c) => partnerName(c)).join(", ") : unknown}</dd>
          <dt className="text-muted">Partners</dt>
          <dd>{p.partners ?? unknown}</dd>
          <dt className="text-muted">Materials</dt>
          <dd>{p.materials.map((m) => names.get(m) ?? m).join(", ")}</dd>
          <dt className="text-muted">Capacity</dt>
          <dd data-testid="project-capacity">{p.capacityTonnesPerYear === null ? unknown : `${formatTonnes(p.capacityTonnesPerYear)} per year (as stated by the source)`}</dd>
          <dt className="text-muted">Investment</dt>
          <dd>{p.investmentUsd === null ? unknown : formatUsd(p.investmentUsd)}</dd>
          <dt className="text-muted">Start year</dt>
          <dd>{p.startYear ?? unknown}</dd>
          <dt className="text-muted">Source</dt>
          <dd>
            <SourceCitation source={sources.get(p.sourceId)} id={p.sourceId} testId="project-source-link" />
          </dd>
        </dl>
        {p.summary && <p className="mt-3 max-w-3xl text-sm leading-relaxed text-ink">{p.summary}</p>}
      </header>
      {sameProject.length > 0 && (
        <section aria-labelledby="same-title" className="rounded-lg border border-line bg-panel p-5 shadow-sm" data-testid="same-project">
          <h2 id="same-title" className="text-base font-semibold text-ink">
            Other records of the same project
          </h2>
          <p className="text-sm text-muted">Sources that describe this plant or financing separately; their figures are shown, not added.</p>
          <ul className="mt-2 divide-y divide-line text-sm">
            {sameProject.map((d) => (
              <li key={d.id} className="py-2">
                <Link href={`/projects/${d.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                  {d.name}
                </Link>
                <span className="block text-xs text-muted">
                  capacity {d.capacityTonnesPerYear === null ? "unknown" : formatTonnes(d.capacityTonnesPerYear)} · investment{" "}
                  {d.investmentUsd === null ? "unknown" : formatUsd(d.investmentUsd)} · start {d.startYear ?? "unknown"} ·{" "}
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
