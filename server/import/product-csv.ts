import "server-only";
// The product's own CSVs (trade_shares, incidents, projects): the columns its CSV export writes
// (camelCase) or the seed files' snake_case names. Rows are parsed with the seed's zod schemas
// (db/rows.ts), then checked against the store's constraints and references, so a bad row is
// reported with its line instead of failing inside the transaction.
import { z } from "zod";
import { unguardCell } from "@/lib/csv";
import { clip } from "@/lib/imports";
import { incidentRow, optInt, optText, projectRow, tradeShareRow } from "@/db/csv-schemas";
import { MIN_YEAR, MAX_YEAR } from "./fields";
import type { Issues, Row, Table } from "./table";
import { listed } from "./text";

export type NativeKind = "trade_shares" | "incidents" | "projects";

interface Column {
  /** The seed's column name (the zod schema's key). */
  key: string;
  /** The export's name where it is not the camelCase of the key; also accepted. */
  exported?: string;
  optional?: boolean;
}

const COLUMNS: Record<NativeKind, Column[]> = {
  trade_shares: [
    // Accepted, not used: a trade share is matched by its observation identity, not its id.
    { key: "id", optional: true },
    { key: "year" },
    { key: "period" },
    { key: "month" },
    { key: "half" },
    { key: "material" },
    // Files written before the importer dimension have neither: Japan, the whole material.
    { key: "importer", optional: true },
    { key: "partner" },
    { key: "hs_code", optional: true },
    { key: "share_pct" },
    { key: "low_pct", exported: "low" },
    { key: "high_pct", exported: "high" },
    { key: "bound" },
    { key: "volume_tonnes" },
    { key: "value_usd" },
    { key: "basis" },
    { key: "estimate" },
    { key: "derived" },
    { key: "mirror" },
    { key: "headline" },
    { key: "source_id" },
    // The export leaves notes out; an absent column keeps the stored note.
    { key: "note", optional: true },
  ],
  incidents: [
    { key: "id", optional: true },
    { key: "date" },
    { key: "date_precision" },
    { key: "title" },
    { key: "category" },
    { key: "actor" },
    { key: "target" },
    { key: "severity" },
    { key: "materials" },
    { key: "summary" },
    { key: "source_id" },
    { key: "duplicate_of" },
    // The Japanese texts: an absent column keeps the stored text.
    { key: "title_ja", optional: true },
    { key: "summary_ja", optional: true },
    { key: "actor_ja", optional: true },
    { key: "target_ja", optional: true },
  ],
  projects: [
    { key: "id", optional: true },
    { key: "name" },
    { key: "country", exported: "countries" },
    { key: "partners" },
    { key: "type" },
    { key: "status" },
    { key: "materials" },
    { key: "investment_usd" },
    { key: "capacity_tonnes_per_year" },
    { key: "start_year" },
    { key: "summary" },
    { key: "source_id" },
    { key: "duplicate_of" },
    { key: "japanese_participation", optional: true },
    { key: "capacity_kind", optional: true },
    { key: "expansion_of", optional: true },
    { key: "name_ja", optional: true },
    { key: "summary_ja", optional: true },
  ],
};

// For imports the id may be blank (a new row); the seed requires it.
const SCHEMAS = {
  trade_shares: tradeShareRow.extend({ id: optInt, note: optText }),
  incidents: incidentRow.extend({ id: optInt }),
  projects: projectRow.extend({ id: optInt }),
};

export type TradeShareInput = z.infer<(typeof SCHEMAS)["trade_shares"]>;
export type IncidentInput = z.infer<(typeof SCHEMAS)["incidents"]>;
export type ProjectInput = z.infer<(typeof SCHEMAS)["projects"]>;

export interface Parsed<T> {
  line: number;
  row: T;
  /** Seed keys whose column the file has (an absent optional column keeps the stored value). */
  present: Set<string>;
}

export const nativeKey = (h: string) => h.trim().toLowerCase().replace(/[_\s]/g, "");

/** The column's name in the product's CSV export (camelCase). */
const exportedName = (col: Column) => col.exported ?? col.key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** How many of the header's columns are columns of the kind (by the seed's or the export's name). */
export function knownColumns(kind: NativeKind, header: string[]): number {
  const names = new Set(COLUMNS[kind].flatMap((col) => [nativeKey(col.key), nativeKey(exportedName(col))]));
  return header.filter((h) => names.has(nativeKey(h))).length;
}

/** Maps each header to its column; reports unknown, duplicate and missing columns on line 1. */
export function mapColumns(kind: NativeKind, header: string[], issues: Issues): Map<string, number> | null {
  const byName = new Map<string, Column>();
  for (const col of COLUMNS[kind]) for (const name of [col.key, exportedName(col)]) byName.set(nativeKey(name), col);
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const col = byName.get(nativeKey(h));
    if (!col) issues.add(1, h, `Unknown column for ${kind}.`);
    else if (index.has(col.key)) issues.add(1, h, `Column given twice (as "${clip(header[index.get(col.key)!])}" and "${clip(h)}").`);
    else index.set(col.key, i);
  });
  for (const col of COLUMNS[kind]) {
    if (col.optional || index.has(col.key)) continue;
    const name = exportedName(col);
    issues.add(1, name, name === col.key ? `Missing column "${name}".` : `Missing column "${name}" (or "${col.key}").`);
  }
  return issues.any ? null : index;
}


function describe(issue: z.core.$ZodIssue, value: string): string {
  return value.trim() === "" ? `Missing value (${issue.message}).` : `Invalid value "${clip(value)}": ${issue.message}.`;
}

/** Parses every row with the kind's schema; each failing field is one issue on the row's line. */
export function parseNative<K extends NativeKind>(kind: K, table: Table, rows: Row[], index: Map<string, number>, issues: Issues) {
  const schema = SCHEMAS[kind];
  const header = (key: string) => table.header[index.get(key) ?? -1] ?? key;
  const out: Parsed<z.infer<(typeof SCHEMAS)[K]>>[] = [];
  for (const r of rows) {
    const record: Record<string, string> = {};
    for (const col of COLUMNS[kind]) record[col.key] = index.has(col.key) ? unguardCell(r.cells[index.get(col.key)!]) : "";
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        issues.add(r.line, key ? header(key) : null, describe(issue, record[key] ?? ""));
      }
      continue;
    }
    out.push({ line: r.line, row: parsed.data as z.infer<(typeof SCHEMAS)[K]>, present: new Set(index.keys()) });
  }
  return { parsed: out, header };
}

/** Lookups the rows are checked against. */
export interface References {
  materials: Set<string>;
  sources: Set<number>;
  /** Ids already stored for the kind (incidents or projects), for duplicate_of. */
  ids: Set<number>;
}

type Fail = (key: string, message: string) => void;

const inRange = (x: number | null, lo: number, hi: number) => x === null || (x >= lo && x <= hi);

/** The store's CHECK constraints on trade_shares, restated per row. */
export function checkTradeShare(t: TradeShareInput, refs: References, fail: Fail) {
  if (t.year < MIN_YEAR || t.year > MAX_YEAR) fail("year", `Bad date: year ${t.year} is outside ${MIN_YEAR}–${MAX_YEAR}.`);
  if (t.month !== null && (t.period !== "monthly" || t.month < 1 || t.month > 12)) fail("month", "Bad date: a month (1–12) goes with period monthly only.");
  if (t.half !== null && t.period !== "half_year") fail("half", "A half (H1/H2) goes with period half_year only.");
  if (!inRange(t.share_pct, 0, 100)) fail("share_pct", `Share ${t.share_pct} is outside 0–100.`);
  if (!inRange(t.low_pct, 0, 100)) fail("low_pct", `Share ${t.low_pct} is outside 0–100.`);
  if (!inRange(t.high_pct, 0, 100)) fail("high_pct", `Share ${t.high_pct} is outside 0–100.`);
  if ((t.low_pct === null) !== (t.high_pct === null)) fail(t.low_pct === null ? "low_pct" : "high_pct", "A range needs both low and high.");
  if (t.low_pct !== null && t.high_pct !== null && t.low_pct > t.high_pct) fail("low_pct", "Low is above high.");
  if (t.bound !== null && t.share_pct === null) fail("bound", "A bound needs a share.");
  if (t.volume_tonnes !== null && t.volume_tonnes < 0) fail("volume_tonnes", "Negative volume.");
  if (t.value_usd !== null && t.value_usd < 0) fail("value_usd", "Negative value.");
  if (t.share_pct === null && t.low_pct === null && t.volume_tonnes === null && t.value_usd === null) fail("share_pct", "No share, range, volume or value.");
  if (t.headline && t.period === "monthly") fail("headline", "A monthly value cannot be the headline.");
  if (!refs.materials.has(t.material)) fail("material", `Unknown material "${clip(t.material)}".`);
  if (!refs.sources.has(t.source_id)) fail("source_id", `Unknown source id ${t.source_id}.`);
}

const DATE_FORMS = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const;

function realDate(date: string): boolean {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function checkIncident(e: IncidentInput, refs: References, fileIds: Set<number>, fail: Fail) {
  const year = Number(e.date.slice(0, 4));
  if (!DATE_FORMS[e.date_precision].test(e.date)) fail("date", `Bad date: "${clip(e.date)}" does not have the form of precision ${e.date_precision}.`);
  else if (!realDate(e.date)) fail("date", `Bad date: "${clip(e.date)}" is not a calendar date.`);
  else if (year < MIN_YEAR || year > MAX_YEAR) fail("date", `Bad date: year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.`);
  checkCommon(e, refs, fileIds, fail);
}

export function checkProject(p: ProjectInput, refs: References, fileIds: Set<number>, fail: Fail) {
  const bad = p.country.split(";").map((c) => c.trim()).filter((c) => c && !/^[A-Z]{3}$/.test(c));
  if (bad.length) fail("country", `Not ISO 3166 alpha-3: ${listed(bad.map((c) => clip(c)))}.`);
  if (!inRange(p.start_year, 1950, 2050)) fail("start_year", `Start year ${p.start_year} is outside 1950–2050.`);
  if (p.investment_usd !== null && p.investment_usd < 0) fail("investment_usd", "Negative investment.");
  if (p.capacity_tonnes_per_year !== null && p.capacity_tonnes_per_year < 0) fail("capacity_tonnes_per_year", "Negative capacity.");
  if (p.expansion_of !== null) {
    if (p.expansion_of === p.id) fail("expansion_of", "A project cannot expand itself.");
    else if (!refs.ids.has(p.expansion_of) && !fileIds.has(p.expansion_of)) fail("expansion_of", `Unknown id ${p.expansion_of}.`);
  }
  checkCommon(p, refs, fileIds, fail);
}

function checkCommon(
  r: { id: number | null; materials: string[]; source_id: number; duplicate_of: number | null },
  refs: References,
  fileIds: Set<number>,
  fail: Fail,
) {
  const unknown = r.materials.filter((m) => !refs.materials.has(m));
  if (unknown.length) fail("materials", `Unknown material ${listed(unknown.map((m) => `"${clip(m)}"`))}.`);
  if (!refs.sources.has(r.source_id)) fail("source_id", `Unknown source id ${r.source_id}.`);
  if (r.duplicate_of !== null) {
    if (r.duplicate_of === r.id) fail("duplicate_of", "A record cannot duplicate itself.");
    else if (!refs.ids.has(r.duplicate_of) && !fileIds.has(r.duplicate_of)) fail("duplicate_of", `Unknown id ${r.duplicate_of}.`);
  }
}
