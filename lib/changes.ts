// What changed between data versions, shaped for people: the recorded rows (db/queries/versions.ts,
// `before`/`after` as stored, snake_case) grouped by material and year, big versions summarised per
// material, events and projects named by title, and each change worded in the page's language
// ("Permanent magnets · 2022: 27.8% → 27.6% (BACI V202601)"). Pure: the pages pass the translator
// of the `versions` catalogue, the names and the source titles.
import { CHINA, JAPAN } from "./bilateral/codes";
import { formatDate, formatShare, formatTonnes, formatUsd, partnerName, periodLabel } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { ChangeAction, DataChangeDto, DataVersionDto, VersionedEntity } from "./versions";

/** The versions a page lists at most, and the changes of one version it lists row by row (more: summarised per material, with the CSV). */
export const MAX_LISTED_VERSIONS = 50;
export const MAX_DETAILED_CHANGES = 200;
/** Lines the v=N notice names before "and N more". */
export const MAX_NOTICE_LINES = 12;

/** A trade-share row as recorded: the fields a change line needs. */
export type ShareRow = {
  year: number;
  period: string;
  month: number | null;
  half: string | null;
  importer: string;
  partner: string;
  basis: string;
  sharePct: number | null;
  low: number | null;
  high: number | null;
  bound: string | null;
  estimate: boolean;
  sourceId: number | null;
  /** The row's volume and value: a total (imports from the World) has these and no share. */
  volumeTonnes: number | null;
  valueUsd: number | null;
  /** Whether the row is the line's value for its year (an import can take the line from it, or give it). */
  headline: boolean;
};

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** A recorded trade-share row (`before` or `after`, snake_case) as a ShareRow; null for none. */
export function shareRow(json: Record<string, unknown> | null): ShareRow | null {
  if (!json) return null;
  return {
    year: num(json.year) ?? 0,
    period: str(json.period) ?? "annual",
    month: num(json.month),
    half: str(json.half),
    importer: str(json.importer) ?? JAPAN,
    partner: str(json.partner) ?? "",
    basis: str(json.basis) ?? "unspecified",
    sharePct: num(json.share_pct),
    low: num(json.low_pct),
    high: num(json.high_pct),
    bound: str(json.bound),
    estimate: json.estimate === 1 || json.estimate === true,
    sourceId: num(json.source_id),
    volumeTonnes: num(json.volume_tonnes),
    valueUsd: num(json.value_usd),
    headline: json.headline === 1 || json.headline === true,
  };
}

export type ShareLine = { id: number; version: number; action: ChangeAction; material: string; year: number; before: ShareRow | null; after: ShareRow | null };
export type YearGroup = { year: number; lines: ShareLine[] };
export type MaterialGroup = { material: string; years: YearGroup[] };

/**
 * The trade-share changes grouped by material (in `materialOrder`, unknown ones after, by slug) and
 * year (newest first); within a year, China before other partners, then by partner and period.
 */
export function groupShareChanges(changes: readonly DataChangeDto[], materialOrder: readonly string[] = []): MaterialGroup[] {
  const byMaterial = new Map<string, Map<number, ShareLine[]>>();
  for (const c of changes) {
    if (c.entity !== "trade_share") continue;
    const before = shareRow(c.before);
    const after = shareRow(c.after);
    const material = c.material ?? str((c.after ?? c.before)?.material) ?? "";
    const year = c.year ?? (after ?? before)?.year ?? 0;
    const years = byMaterial.get(material) ?? new Map<number, ShareLine[]>();
    byMaterial.set(material, years);
    const lines = years.get(year) ?? [];
    years.set(year, lines);
    lines.push({ id: c.id, version: c.version, action: c.action, material, year, before, after });
  }
  const rank = (m: string) => {
    const i = materialOrder.indexOf(m);
    return i === -1 ? materialOrder.length : i;
  };
  const partnerKey = (l: ShareLine) => {
    const r = (l.after ?? l.before)!;
    return `${r.importer === JAPAN ? 0 : 1}${r.importer}${r.partner === CHINA ? 0 : 1}${r.partner}${r.period}${String(r.month ?? 0).padStart(2, "0")}${r.half ?? ""}${r.basis}`;
  };
  return [...byMaterial.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([material, years]) => ({
      material,
      years: [...years.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, lines]) => ({ year, lines: lines.sort((a, b) => partnerKey(a).localeCompare(partnerKey(b)) || a.id - b.id) })),
    }));
}

/** A version's changes counted per material (trade shares): the years covered and how many values were added, changed, removed. */
export type MaterialTally = { material: string; fromYear: number | null; toYear: number | null; added: number; changed: number; removed: number };
/** The other rows a version touched, counted per entity. */
export type EntityTally = { entity: Exclude<VersionedEntity, "trade_share">; added: number; changed: number; removed: number };

type Tally = { entity: VersionedEntity; action: ChangeAction; material: string | null; fromYear: number | null; toYear: number | null; count: number };
const COUNT_KEY = { add: "added", change: "changed", remove: "removed" } as const;

/** Counts (db/queries/versions.ts tallyChanges, of one version) as per-material and per-entity summaries. */
export function summarizeTallies(tallies: readonly Tally[], materialOrder: readonly string[] = []): { materials: MaterialTally[]; entities: EntityTally[] } {
  const materials = new Map<string, MaterialTally>();
  const entities = new Map<EntityTally["entity"], EntityTally>();
  for (const t of tallies) {
    if (t.entity === "trade_share") {
      const m = materials.get(t.material ?? "") ?? { material: t.material ?? "", fromYear: null, toYear: null, added: 0, changed: 0, removed: 0 };
      m[COUNT_KEY[t.action]] += t.count;
      if (t.fromYear !== null) m.fromYear = m.fromYear === null ? t.fromYear : Math.min(m.fromYear, t.fromYear);
      if (t.toYear !== null) m.toYear = m.toYear === null ? t.toYear : Math.max(m.toYear, t.toYear);
      materials.set(m.material, m);
    } else {
      const e = entities.get(t.entity) ?? { entity: t.entity, added: 0, changed: 0, removed: 0 };
      e[COUNT_KEY[t.action]] += t.count;
      entities.set(t.entity, e);
    }
  }
  const rank = (m: string) => (materialOrder.indexOf(m) === -1 ? materialOrder.length : materialOrder.indexOf(m));
  const order: EntityTally["entity"][] = ["incident", "project", "material", "source"];
  return {
    materials: [...materials.values()].sort((a, b) => rank(a.material) - rank(b.material) || a.material.localeCompare(b.material)),
    entities: [...entities.values()].sort((a, b) => order.indexOf(a.entity) - order.indexOf(b.entity)),
  };
}

/** An event or project that a version added, changed or removed, by its title (both languages, as stored). */
export type RecordLine = { id: number; version: number; entity: "incident" | "project"; entityId: string; action: ChangeAction; title: string; titleJa: string | null; year: number | null };

export function recordChanges(changes: readonly DataChangeDto[]): RecordLine[] {
  const out: RecordLine[] = [];
  for (const c of changes) {
    if (c.entity !== "incident" && c.entity !== "project") continue;
    const row = c.after ?? c.before ?? {};
    const [en, ja] = c.entity === "incident" ? [row.title, row.title_ja] : [row.name, row.name_ja];
    out.push({ id: c.id, version: c.version, entity: c.entity, entityId: c.entityId, action: c.action, title: str(en) ?? `#${c.entityId}`, titleJa: str(ja), year: c.year });
  }
  return out;
}

export type LineContext = {
  locale: Locale;
  /** The material's name in the page's language. */
  materialName: (slug: string) => string;
  /** A source's title, or null when it is not known. */
  sourceTitle: (id: number) => string | null;
};

// A share row whose share stayed is "restated"; a total (no share) is compared by its value and volume.
const sameShare = (a: ShareRow, b: ShareRow) =>
  a.sharePct === b.sharePct && a.low === b.low && a.high === b.high && a.bound === b.bound && a.estimate === b.estimate && (a.sharePct !== null || (a.valueUsd === b.valueUsd && a.volumeTonnes === b.volumeTonnes));

/**
 * One change as a line: "Permanent magnets · 2022: 27.8% → 27.6% (BACI V202601)"; the partner is
 * named when it is not China, the importer when it is not Japan, the basis when the source states it.
 */
export function shareLineText(t: Translator<"versions">, line: ShareLine, ctx: LineContext): string {
  const row = (line.after ?? line.before)!;
  const subject = t("share.subject", {
    material: ctx.materialName(line.material),
    period: periodLabel({ period: row.period, year: row.year || line.year, month: row.month, half: row.half }, ctx.locale),
    partner: row.partner && row.partner !== CHINA ? partnerName(row.partner, ctx.locale) : "none",
    importer: row.importer !== JAPAN ? partnerName(row.importer, ctx.locale) : "none",
    basis: row.basis,
  });
  const sourceId = row.sourceId;
  const source = (sourceId !== null && ctx.sourceTitle(sourceId)) || "none";
  // A row without a share (a total: imports from the World) is shown by what it carries, its value or volume, never "n/a".
  const fmt = (r: ShareRow) =>
    r.sharePct === null && r.low === null && r.high === null && (r.valueUsd !== null || r.volumeTonnes !== null)
      ? r.basis === "volume" && r.volumeTonnes !== null
        ? formatTonnes(r.volumeTonnes, ctx.locale)
        : r.valueUsd !== null
          ? formatUsd(r.valueUsd, ctx.locale)
          : formatTonnes(r.volumeTonnes!, ctx.locale)
      : formatShare(r, ctx.locale);
  if (line.action === "add") return t("share.added", { subject, after: fmt(line.after!), source });
  if (line.action === "remove") return t("share.removed", { subject, before: fmt(line.before!), source });
  if (sameShare(line.before!, line.after!)) {
    // The same value, now drawn as the line's value for its year or no longer (another source took it).
    if (line.before!.headline !== line.after!.headline) return t("share.headline", { subject, value: fmt(line.after!), headline: line.after!.headline ? "yes" : "no", source });
    return t("share.restated", { subject, value: fmt(line.after!), source });
  }
  return t("share.changed", { subject, before: fmt(line.before!), after: fmt(line.after!), source });
}

/** An event or project line: "Event added: China restricts …" in the page's language (the English title, marked, when it has no Japanese one). */
export function recordLineText(t: Translator<"versions">, line: RecordLine, title: string): string {
  return t("record.line", { entity: line.entity, action: line.action, title });
}

/** A version's summary in the page's language, from its fields (never the stored English line, never a file name). */
export function versionSummaryText(t: Translator<"versions">, v: Pick<DataVersionDto, "kind" | "added" | "changed" | "removed" | "importId">, importKindLabel: string | null): string {
  const counts = { added: v.added, changed: v.changed, removed: v.removed };
  if (v.kind === "baseline") return t("summary.baseline");
  if (v.kind === "seed") return t("summary.seed", counts);
  return t("summary.import", { ...counts, id: v.importId ?? 0, kind: importKindLabel ?? "none" });
}

/** "1 Dec 2026, 22:40 UTC" / 「2026年12月1日 22:40（UTC）」. */
export function versionTime(t: Translator<"versions">, iso: string, locale: Locale): string {
  return t("time", { date: formatDate(iso.slice(0, 10), locale), time: iso.slice(11, 16) });
}

/** `GET /api/v1/versions`: the versions after `since` (up to `until`) with their recorded changes, newest version first. */
export type VersionsParams = {
  since: number;
  until: number | null;
  /** Rows that name a material (trade shares, materials) only of these; null: every material. */
  materials: string[] | null;
  /** Rows that carry a year (trade shares, events) only in this range; null: any (and rows without a year too). */
  from: number | null;
  to: number | null;
  /** Only these entities; null: every entity (with `materials`: those that name a material). */
  entities: VersionedEntity[] | null;
};
export type VersionWithChanges = DataVersionDto & { changes: DataChangeDto[] };
export type VersionsResponse = {
  current: { version: number; at: string | null };
  versions: VersionWithChanges[];
  /** True when there were more changes than one answer holds (MAX_API_CHANGES): narrow with since/until/material. */
  truncated: boolean;
};
export const MAX_API_CHANGES = 20_000;

export const VERSIONS_CSV_COLUMNS = [
  "version", "versionCreatedAt", "versionKind", "entity", "entityId", "action", "material", "year",
  "importer", "partner", "period", "basis", "beforeSharePct", "afterSharePct", "sourceId", "title", "before", "after",
] as const;

/** One CSV row per recorded change, the share before and after beside the full rows (JSON). */
export function versionsCsvRows(data: VersionsResponse): Record<(typeof VERSIONS_CSV_COLUMNS)[number], string | number | null>[] {
  return data.versions.flatMap((v) =>
    v.changes.map((c) => {
      const row = c.after ?? c.before ?? {};
      const share = (r: Record<string, unknown> | null) => (c.entity === "trade_share" && r ? num(r.share_pct) : null);
      return {
        version: v.version,
        versionCreatedAt: v.createdAt,
        versionKind: v.kind,
        entity: c.entity,
        entityId: c.entityId,
        action: c.action,
        material: c.material,
        year: c.year,
        importer: c.entity === "trade_share" ? str(row.importer) : null,
        partner: c.entity === "trade_share" ? str(row.partner) : null,
        period: c.entity === "trade_share" ? str(row.period) : null,
        basis: c.entity === "trade_share" ? str(row.basis) : null,
        beforeSharePct: share(c.before),
        afterSharePct: share(c.after),
        sourceId: num(row.source_id),
        title: str(row.title) ?? str(row.name),
        before: c.before ? JSON.stringify(c.before) : null,
        after: c.after ? JSON.stringify(c.after) : null,
      };
    }),
  );
}

/** The /changes page's parameters: `material` (a known slug) and `since` (a version number); a bad value is dropped with a notice, never an error page. */
export type ChangesFilters = { material: string | null; since: number; sinceBeyond: boolean };
type Issue = { param: string; value: string; message: string };

export function parseChangesParams(
  params: Record<string, string | string[] | undefined>,
  materials: ReadonlySet<string>,
  current: number,
  t: Translator<"versions">,
): { filters: ChangesFilters; issues: Issue[] } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;
  const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const issues: Issue[] = [];
  const f: ChangesFilters = { material: null, since: 0, sinceBeyond: false };
  const material = one(params.material);
  if (material) {
    if (materials.has(material)) f.material = material;
    else issues.push({ param: "material", value: show(material), message: t("issues.unknownMaterial") });
  }
  const since = one(params.since);
  if (since) {
    if (!/^\d{1,9}$/.test(since)) issues.push({ param: "since", value: show(since), message: t("issues.badSince") });
    else {
      f.since = Number(since);
      if (f.since > current) {
        f.sinceBeyond = true;
        issues.push({ param: "since", value: since, message: t("issues.sinceBeyond", { since: f.since, current }) });
      }
    }
  }
  return { filters: f, issues };
}

/** What the v=N notice asks the API: trade shares of the view's materials and years, and events in those years. */
export function noticeParams(since: number, view: { materials: string[]; from: number; to: number }): VersionsParams {
  return { since, until: null, materials: view.materials, from: view.from, to: view.to, entities: ["incident", "trade_share"] };
}
