import type { Metadata } from "next";
import Link from "next/link";
import { listMaterials } from "@/db/queries/materials";
import { listSourcesWithCitations, type SourceCitations } from "@/db/queries/sources";
import { disagreements } from "@/lib/analysis/disagreement";
import { formatDate, formatShare, partnerName, periodLabel } from "@/lib/format";
import type { FilterIssue, RawParams } from "@/lib/validation/filter-params";
import { parseId } from "@/lib/validation/ids";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { SOURCE_KINDS } from "@/lib/enums";
import { sourceKindLabel, sourceKindLabels } from "@/lib/labels";
import { MaterialOptions } from "@/components/filters/material-options";

export const metadata: Metadata = { title: "Sources · REE Monitor" };


type SourceFilters = { kind: string | null; material: string | null; q: string; id: number | null };

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function parseSourceFilters(params: RawParams, materials: Set<string>): { f: SourceFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const f: SourceFilters = { kind: null, material: null, q: "", id: null };
  const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const kind = one(params.kind);
  if (kind) {
    if ((SOURCE_KINDS as readonly string[]).includes(kind)) f.kind = kind;
    else issues.push({ param: "kind", value: show(kind), message: "unknown source kind" });
  }
  const material = one(params.material);
  if (material) {
    if (materials.has(material)) f.material = material;
    else issues.push({ param: "material", value: show(material), message: "unknown material" });
  }
  const q = one(params.q);
  if (q) {
    if (q.length <= 100) f.q = q.trim();
    else issues.push({ param: "q", value: "(too long)", message: "longer than 100 characters" });
  }
  const id = one(params.id);
  if (id) {
    f.id = parseId(id);
    if (f.id === null) issues.push({ param: "id", value: show(id), message: "not a source id" });
  }
  return { f, issues };
}

function matches(s: SourceCitations, f: SourceFilters): boolean {
  if (f.kind && s.kind !== f.kind) return false;
  if (f.material && !s.shares.some((r) => r.material === f.material)) return false;
  if (f.q) {
    const hay = [s.title, s.publisher, s.locator, s.url].filter(Boolean).join(" ").toLowerCase();
    if (!hay.includes(f.q.toLowerCase())) return false;
  }
  return true;
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const materials = listMaterials();
  const names = new Map(materials.map((m) => [m.slug, m.name]));
  const { f, issues } = parseSourceFilters(await searchParams, new Set(names.keys()));
  const all = listSourcesWithCitations();
  const byId = new Map(all.map((s) => [s.id, s]));
  const conflicts = disagreements(all.flatMap((s) => s.shares.map((r) => ({ ...r, sourceId: s.id })))).filter((d) => !f.material || d.material === f.material);
  const inConflict = new Set(conflicts.flatMap((d) => d.statements.map((s) => s.sourceId)));
  const shown = all.filter((s) => matches(s, f) || s.id === f.id);
  const cited = (s: SourceCitations) => s.shares.length + s.incidents.length + s.projects.length;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">Sources</h1>
        <p className="text-sm text-muted">
          Every source behind a value, an incident or a project, with the rows that cite it. Links from chart points and markers land here.
        </p>
      </div>
      <IssuesNotice issues={issues} />
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-panel p-4 shadow-sm" aria-label="Source filters">
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Kind
          <select name="kind" defaultValue={f.kind ?? ""} className="h-9 rounded-md border border-line bg-white px-2 text-sm text-ink" data-testid="kind-filter">
            <option value="">All kinds</option>
            {Object.entries(sourceKindLabels).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Cited for material
          <select name="material" defaultValue={f.material ?? ""} className="h-9 rounded-md border border-line bg-white px-2 text-sm text-ink" data-testid="material-filter">
            <option value="">Any</option>
            <MaterialOptions materials={materials} />
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Title, publisher or locator contains
          <input name="q" defaultValue={f.q} maxLength={100} className="h-9 w-64 rounded-md border border-line bg-white px-2 text-sm text-ink" data-testid="source-search" />
        </label>
        <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white">
          Apply
        </button>
        <Link href="/sources" className="h-9 py-2 text-sm text-accent underline">
          Reset
        </Link>
      </form>

      <section aria-labelledby="disagree-title" className="rounded-lg border border-amber-300 bg-amber-50/60 p-4 sm:p-5" data-testid="disagreements">
        <h2 id="disagree-title" className="text-base font-semibold text-ink">
          Where sources disagree ({conflicts.length})
        </h2>
        <p className="text-sm text-muted">
          Year-level values (annual, point-in-time or range) for the same material, partner and year that cannot both be true (more than 0.5 pp apart, a value
          outside a range, or on the wrong side of a bound). All are kept; the chart draws one as the line and the others as dots.
        </p>
        <ul className="mt-2 space-y-1.5 text-sm">
          {conflicts.map((d) => (
            <li key={`${d.material}-${d.partner}-${d.year}`} data-testid="disagreement" data-material={d.material} data-year={d.year}>
              <span className="font-medium">
                {names.get(d.material ?? "") ?? d.material} · {partnerName(d.partner)} · {d.year}:
              </span>{" "}
              {d.statements.map((s, k) => (
                <span key={s.id}>
                  {k > 0 ? "; " : ""}
                  {formatShare(s)} ({periodLabel(s)}
                  {s.headline ? ", line value" : ""}) —{" "}
                  <a href={`#source-${s.sourceId}`} className="text-accent hover:underline">
                    {byId.get(s.sourceId)?.publisher ?? `source ${s.sourceId}`} [{s.sourceId}]
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <p className="text-sm text-muted" data-testid="source-count">
        {shown.length} of {all.length} sources
      </p>
      <ol className="flex flex-col gap-2" data-testid="source-list">
        {shown.map((s) => (
          <li
            key={s.id}
            id={`source-${s.id}`}
            data-testid="source-entry"
            data-source-id={s.id}
            className={`scroll-mt-4 rounded-lg border bg-panel p-4 shadow-sm target:border-accent target:ring-2 target:ring-accent/40 ${s.id === f.id ? "border-accent ring-2 ring-accent/40" : "border-line"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-sm font-semibold text-ink">
                <span className="mr-2 text-muted">[{s.id}]</span>
                {s.url ? (
                  <a href={s.url} className="hover:text-accent hover:underline" rel="noreferrer noopener" target="_blank">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </h2>
              <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">{sourceKindLabel(s.kind)}</span>
            </div>
            <p className="mt-0.5 text-xs text-muted">
              {s.publisher ?? "publisher unknown"} · {s.published ? formatDate(s.published) : "date unknown"}
              {s.locator ? ` · ${s.locator}` : ""}
              {inConflict.has(s.id) && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">disagrees with another source</span>}
            </p>
            <details className="mt-2 text-xs" open={s.id === f.id}>
              <summary className="cursor-pointer text-ink">
                Cited by {cited(s)} {cited(s) === 1 ? "row" : "rows"}: {s.shares.length} trade {s.shares.length === 1 ? "share" : "shares"}, {s.incidents.length}{" "}
                {s.incidents.length === 1 ? "incident" : "incidents"}, {s.projects.length} {s.projects.length === 1 ? "project" : "projects"}
              </summary>
              {s.shares.length > 0 && (
                <ul className="mt-1 grid gap-x-6 sm:grid-cols-2" data-testid="cited-shares">
                  {s.shares.map((r) => (
                    <li key={r.id} data-share-id={r.id}>
                      {names.get(r.material) ?? r.material} · {partnerName(r.partner)} · {periodLabel(r)}: {r.sharePct === null && r.low === null ? "level only (no share)" : formatShare(r)}
                      {r.headline ? " · line value" : ""}
                    </li>
                  ))}
                </ul>
              )}
              {s.incidents.length > 0 && (
                <ul className="mt-1">
                  {s.incidents.map((r) => (
                    <li key={r.id}>
                      <Link href={`/incidents/${r.id}`} className="text-accent hover:underline">
                        {formatDate(r.date)} · {r.title}
                      </Link>
                      {r.duplicateOf !== null ? " (second record of one event)" : ""}
                    </li>
                  ))}
                </ul>
              )}
              {s.projects.length > 0 && (
                <ul className="mt-1">
                  {s.projects.map((r) => (
                    <li key={r.id}>
                      <Link href={`/projects/${r.id}`} className="text-accent hover:underline">
                        {r.name}
                      </Link>
                      {r.duplicateOf !== null ? " (repeats another record)" : ""}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
