// The /sources page's filters and shaping: which sources to list, which disagree, and the words
// of each entry. Pure, so unit-tested; the page only parses, loads and composes.

import { disagreements, type Disagreement } from "./analysis/disagreement";
import { SOURCE_KINDS, type SourceKind } from "./enums";
import { formatDate, formatShare, partnerName, periodLabel } from "./format";
import { MAX_SOURCE_QUERY_LENGTH } from "./limits";
import type { IncidentDto, ProjectDto, SourceRef, TradeShareDto } from "./types";
import type { FilterIssue, RawParams } from "./validation/filter-params";
import { parseId } from "./validation/ids";

/** A trade share as the page lists it under its source (period and half as the store holds them). */
export type CitedShare = Pick<TradeShareDto, "id" | "material" | "partner" | "year" | "month" | "sharePct" | "low" | "high" | "bound" | "estimate" | "headline" | "basis" | "hsCode" | "mirror"> & {
  period: string;
  half: string | null;
};

/** A source with every row that cites it: what db/queries/sources `listSourcesWithCitations` answers (its one definition). */
export type SourceWithCitations = SourceRef & {
  /** Japan's rows citing the source, the first MAX_CITED_SHARES of them. */
  shares: CitedShare[];
  /** Every trade-share row citing it (all importers), when more than `shares` lists. */
  sharesTotal?: number;
  /** Rows about other importers than Japan (BACI's peers). */
  peerRows?: number;
  /** The materials of every row citing it. */
  shareMaterials?: string[];
  incidents: Pick<IncidentDto, "id" | "date" | "title" | "duplicateOf">[];
  projects: Pick<ProjectDto, "id" | "name" | "duplicateOf">[];
};

export type SourceFilters = { kind: SourceKind | null; material: string | null; q: string; id: number | null };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const isSourceKind = (v: string): v is SourceKind => (SOURCE_KINDS as readonly string[]).includes(v);

/** The page's URL state. Never throws: invalid values are dropped and reported. */
export function parseSourceFilters(params: RawParams, materials: ReadonlySet<string>): { filters: SourceFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const f: SourceFilters = { kind: null, material: null, q: "", id: null };
  const kind = one(params.kind);
  if (kind) {
    if (isSourceKind(kind)) f.kind = kind;
    else issues.push({ param: "kind", value: show(kind), message: "unknown source kind" });
  }
  const material = one(params.material);
  if (material) {
    if (materials.has(material)) f.material = material;
    else issues.push({ param: "material", value: show(material), message: "unknown material" });
  }
  const q = one(params.q);
  if (q) {
    if (q.length <= MAX_SOURCE_QUERY_LENGTH) f.q = q.trim();
    else issues.push({ param: "q", value: "(too long)", message: `longer than ${MAX_SOURCE_QUERY_LENGTH} characters` });
  }
  const id = one(params.id);
  if (id) {
    f.id = parseId(id);
    if (f.id === null) issues.push({ param: "id", value: show(id), message: "not a source id" });
  }
  return { filters: f, issues };
}

/** Whether a source passes the kind, material (cited for it) and text filters. */
export function matchesSource(s: Pick<SourceWithCitations, "kind" | "title" | "publisher" | "locator" | "url" | "shareMaterials"> & { shares: { material: string }[] }, f: SourceFilters): boolean {
  if (f.kind && s.kind !== f.kind) return false;
  if (f.material && !(s.shareMaterials ?? s.shares.map((r) => r.material)).includes(f.material)) return false;
  if (f.q) {
    const hay = [s.title, s.publisher, s.locator, s.url].filter(Boolean).join(" ").toLowerCase();
    if (!hay.includes(f.q.toLowerCase())) return false;
  }
  return true;
}

/** The sources listed: those matching the filters, and always the one a link asked for by id. */
export function visibleSources<T extends SourceWithCitations>(all: T[], f: SourceFilters): T[] {
  return all.filter((s) => matchesSource(s, f) || s.id === f.id);
}

export type SourceConflict = Disagreement<CitedShare & { sourceId: number }>;

/** Every listed share with its source id: the statements `sourceConflicts` compares (the page loads them whole). */
export const shareStatements = (all: SourceWithCitations[]) => all.flatMap((s) => s.shares.map((r) => ({ ...r, sourceId: s.id })));

/** Where sources disagree about Japan's imports (for one material when the filter names one), and which sources take part. */
export function sourceConflicts(statements: (CitedShare & { sourceId: number })[], material: string | null): { conflicts: SourceConflict[]; inConflict: Set<number> } {
  const conflicts = disagreements(statements).filter((d) => !material || d.material === material);
  const inConflict = new Set(conflicts.flatMap((d) => d.statements.map((s) => s.sourceId)));
  return { conflicts, inConflict };
}

/** "Cited by 3 rows: 1 trade share, 2 incidents, 0 projects". */
export function citedSummary(s: Pick<SourceWithCitations, "shares" | "sharesTotal" | "incidents" | "projects">): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const shares = s.sharesTotal ?? s.shares.length;
  const total = shares + s.incidents.length + s.projects.length;
  return `Cited by ${n(total, "row", "rows")}: ${n(shares, "trade share", "trade shares")}, ${n(s.incidents.length, "incident", "incidents")}, ${n(s.projects.length, "project", "projects")}`;
}

/** A source entry's own line: unlike a citation, it names what the record lacks rather than leaving it out. */
export function formatSourceEntryDetails(s: Pick<SourceRef, "publisher" | "published" | "locator">): string {
  return `${s.publisher ?? "publisher unknown"} · ${s.published ? formatDate(s.published) : "date unknown"}${s.locator ? ` · ${s.locator}` : ""}`;
}

/** One cited share: "Rare earths · China · 2010: 81.61% · line value"; a row with levels only says so. */
export function citedShareText(r: CitedShare, materialName: string): string {
  const value = r.sharePct === null && r.low === null ? "level only (no share)" : formatShare(r);
  return `${materialName} · ${partnerName(r.partner)} · ${periodLabel(r)}: ${value}${r.headline ? " · line value" : ""}`;
}

/** One side of a disagreement, before its source: "~85% (2009, line value)". */
export function statementText(s: Pick<CitedShare, "sharePct" | "low" | "high" | "bound" | "estimate" | "headline" | "period" | "year" | "month" | "half">): string {
  return `${formatShare(s)} (${periodLabel(s)}${s.headline ? ", line value" : ""})`;
}

/** A record citing a source, as the source's entry links it: "7 Sep 2010 · China halts …" to its page. */
export type CitedLink = { id: number; href: string; text: string; note: string };

/** The incidents and projects citing a source as links; a repeat of another record says so. */
export function citedRecordLinks(s: Pick<SourceWithCitations, "incidents" | "projects">): { incidents: CitedLink[]; projects: CitedLink[] } {
  return {
    incidents: s.incidents.map((r) => ({
      id: r.id,
      href: `/incidents/${r.id}`,
      text: `${formatDate(r.date)} · ${r.title}`,
      note: r.duplicateOf !== null ? " (second record of one event)" : "",
    })),
    projects: s.projects.map((r) => ({ id: r.id, href: `/projects/${r.id}`, text: r.name, note: r.duplicateOf !== null ? " (repeats another record)" : "" })),
  };
}

/** What the list under a dataset source leaves out: "Showing 40 of Japan's 1,234 rows; 13,000 more give other importers' shares (CEPII BACI peers)." */
export function moreSharesText(s: Pick<SourceWithCitations, "shares" | "sharesTotal" | "peerRows">): string | null {
  const total = s.sharesTotal ?? s.shares.length;
  const peers = s.peerRows ?? 0;
  const japan = total - peers;
  if (total <= s.shares.length) return null;
  const parts = [japan > s.shares.length ? `Showing ${s.shares.length} of Japan's ${japan.toLocaleString("en-US")} rows.` : null, peers ? `${peers.toLocaleString("en-US")} more give other importers' shares (peers).` : null];
  return parts.filter(Boolean).join(" ");
}
