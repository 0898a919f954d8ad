// The /sources page's filters and shaping: which sources to list, which disagree, and the words
// of each entry. Pure, so unit-tested; the page only parses, loads and composes.

import { disagreements, type Disagreement } from "./analysis/disagreement";
import { SOURCE_KINDS, type SourceKind } from "./enums";
import { formatDate, formatShare, partnerName, periodLabel } from "./format";
import { localizedString } from "./i18n/localized";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
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
  incidents: (Pick<IncidentDto, "id" | "date" | "title" | "duplicateOf"> & { titleJa?: string | null })[];
  projects: (Pick<ProjectDto, "id" | "name" | "duplicateOf"> & { nameJa?: string | null })[];
};

export type SourceFilters = { kind: SourceKind | null; material: string | null; q: string; id: number | null };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const isSourceKind = (v: string): v is SourceKind => (SOURCE_KINDS as readonly string[]).includes(v);

type T = Translator<"sources">;

/** The page's URL state. Never throws: invalid values are dropped and reported in the page's language. */
export function parseSourceFilters(params: RawParams, materials: ReadonlySet<string>, t: T): { filters: SourceFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const f: SourceFilters = { kind: null, material: null, q: "", id: null };
  const kind = one(params.kind);
  if (kind) {
    if (isSourceKind(kind)) f.kind = kind;
    else issues.push({ param: "kind", value: show(kind), message: t("issues.unknownKind") });
  }
  const material = one(params.material);
  if (material) {
    if (materials.has(material)) f.material = material;
    else issues.push({ param: "material", value: show(material), message: t("issues.unknownMaterial") });
  }
  const q = one(params.q);
  if (q) {
    if (q.length <= MAX_SOURCE_QUERY_LENGTH) f.q = q.trim();
    else issues.push({ param: "q", value: t("issues.tooLongValue"), message: t("issues.tooLong", { max: MAX_SOURCE_QUERY_LENGTH }) });
  }
  const id = one(params.id);
  if (id) {
    f.id = parseId(id);
    if (f.id === null) issues.push({ param: "id", value: show(id), message: t("issues.notAnId") });
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

/** "Cited by 3 rows: 1 trade share, 2 incidents, 0 projects"; 「引用3件：輸入シェア1件、事案2件、プロジェクト0件」. */
export function citedSummary(s: Pick<SourceWithCitations, "shares" | "sharesTotal" | "incidents" | "projects">, t: T): string {
  const shares = s.sharesTotal ?? s.shares.length;
  return t("entry.citedBy", { total: shares + s.incidents.length + s.projects.length, shares, incidents: s.incidents.length, projects: s.projects.length });
}

/** A source entry's own line: unlike a citation, it names what the record lacks rather than leaving it out. */
export function formatSourceEntryDetails(s: Pick<SourceRef, "publisher" | "published" | "locator">, t: T, locale: Locale): string {
  const parts = { publisher: s.publisher ?? t("entry.publisherUnknown"), date: s.published ? formatDate(s.published, locale) : t("entry.dateUnknown") };
  const data = (chunks: string) => chunks;
  return s.locator ? t.markup("entry.detailsWithLocator", { ...parts, locator: s.locator, data }) : t.markup("entry.details", { ...parts, data });
}

/** The parts of a source entry's line, for rendering: the stored publisher and locator are data (in their own language), the date is formatted. */
export function sourceEntryDetailParts(s: Pick<SourceRef, "publisher" | "published" | "locator">, t: T, locale: Locale) {
  return {
    key: s.locator ? ("entry.detailsWithLocator" as const) : ("entry.details" as const),
    values: { publisher: s.publisher ?? t("entry.publisherUnknown"), date: s.published ? formatDate(s.published, locale) : t("entry.dateUnknown"), locator: s.locator ?? "" },
  };
}

/** One cited share: "Rare earths · China · 2010: 81.61% · line value"; a row with levels only says so. */
export function citedShareText(r: CitedShare, materialName: string, t: T, locale: Locale): string {
  const value = r.sharePct === null && r.low === null ? t("entry.levelOnly") : formatShare(r, locale);
  return t("entry.share", { material: materialName, partner: partnerName(r.partner, locale), period: periodLabel(r, locale), value, headline: String(r.headline) });
}

/** One side of a disagreement, before its source: "~85% (2009, line value)"; 「約85%（2009年、代表値）」. */
export function statementText(s: Pick<CitedShare, "sharePct" | "low" | "high" | "bound" | "estimate" | "headline" | "period" | "year" | "month" | "half">, t: T, locale: Locale): string {
  return t("disagreements.statement", { share: formatShare(s, locale), period: periodLabel(s, locale), headline: String(s.headline) });
}

/** A record citing a source, as the source's entry links it: "7 Sep 2010 · China halts …" to its page. */
export type CitedLink = { id: number; href: string; text: string; note: string };

/**
 * The incidents and projects citing a source as links, titled in the page's language (the English
 * title, marked with `mark`, when a record has no Japanese one); a repeat of another record says so.
 */
export function citedRecordLinks(s: Pick<SourceWithCitations, "incidents" | "projects">, t: T, locale: Locale, mark: string): { incidents: CitedLink[]; projects: CitedLink[] } {
  return {
    incidents: s.incidents.map((r) => ({
      id: r.id,
      href: `/incidents/${r.id}`,
      text: t("entry.record", { date: formatDate(r.date, locale), title: localizedString(locale, r.title, r.titleJa, mark) }),
      note: r.duplicateOf !== null ? t("entry.secondRecord") : "",
    })),
    projects: s.projects.map((r) => ({
      id: r.id,
      href: `/projects/${r.id}`,
      text: localizedString(locale, r.name, r.nameJa, mark),
      note: r.duplicateOf !== null ? t("entry.repeatsRecord") : "",
    })),
  };
}

/** What the list under a dataset source leaves out: "Showing 40 of Japan's 1,234 rows. 13,000 more give other importers' shares (peers)." */
export function moreSharesText(s: Pick<SourceWithCitations, "shares" | "sharesTotal" | "peerRows">, t: T): string | null {
  const total = s.sharesTotal ?? s.shares.length;
  const peers = s.peerRows ?? 0;
  const japan = total - peers;
  const shown = s.shares.length;
  if (total <= shown) return null;
  const cut = japan > shown;
  if (cut && peers) return t("entry.moreBoth", { shown, japan, peers });
  if (cut) return t("entry.moreJapan", { shown, japan });
  return peers ? t("entry.morePeers", { peers }) : null;
}
