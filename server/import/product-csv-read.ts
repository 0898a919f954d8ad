import "server-only";
// kind=trade_shares|incidents|projects, the part without the database: map the columns, parse
// every row with the seed's schemas and check it against the store's constraints and the
// references the caller loaded (materials, sources, stored ids). Runs in the reader's worker.
import {
  checkIncident,
  checkProject,
  checkTradeShare,
  mapColumns,
  parseNative,
  type IncidentInput,
  type NativeKind,
  type Parsed,
  type ProjectInput,
  type References,
  type TradeShareInput,
} from "./product-csv";
import { type Issues, type Table, wellFormed } from "./table";

export type NativeRows =
  | { kind: "trade_shares"; rows: Parsed<TradeShareInput>[] }
  | { kind: "incidents"; rows: Parsed<IncidentInput>[] }
  | { kind: "projects"; rows: Parsed<ProjectInput>[] };

export interface NativeRead {
  layout: string | null;
  rowsRead: number;
  /** Null when the file has errors. */
  parsed: NativeRows | null;
}

/** Reports the second of two rows that state the same thing (same key), naming the first. */
function checkUnique<T>(rows: Parsed<T>[], key: (row: T) => string | null, what: string, issues: Issues, column: string | null) {
  const first = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.row);
    if (k === null) continue;
    const line = first.get(k);
    if (line !== undefined) issues.add(r.line, column, `${what} as line ${line}.`);
    else first.set(k, r.line);
  }
}

const identity = (t: TradeShareInput) => [t.material, t.partner, t.year, t.period, t.month ?? 0, t.half ?? "", t.basis, t.source_id].join("|");

function readTradeShares(table: Table, index: Map<string, number>, issues: Issues, refs: References): NativeRead {
  const { parsed, header } = parseNative("trade_shares", table, wellFormed(table, issues), index, issues);
  for (const p of parsed) checkTradeShare(p.row, refs, (key, message) => issues.add(p.line, header(key), message));
  checkUnique(parsed, identity, "Same observation (material, partner, year, period, month, half, basis, source)", issues, null);
  checkUnique(parsed, (t) => (t.headline ? `${t.material}|${t.partner}|${t.year}` : null), "A second headline for this material, partner and year", issues, header("headline"));
  return { layout: "trade-shares-csv", rowsRead: table.rows.length, parsed: issues.any ? null : { kind: "trade_shares", rows: parsed } };
}

function readRecords(kind: "incidents" | "projects", table: Table, index: Map<string, number>, issues: Issues, refs: References): NativeRead {
  const rows = wellFormed(table, issues);
  const check = <T extends { id: number | null }>(parsed: Parsed<T>[], header: (k: string) => string, checkRow: (row: T, ids: Set<number>, fail: (k: string, m: string) => void) => void) => {
    const fileIds = new Set(parsed.map((p) => p.row.id).filter((id): id is number => id !== null));
    for (const p of parsed) checkRow(p.row, fileIds, (key, message) => issues.add(p.line, header(key), message));
    checkUnique(parsed, (r) => (r.id === null ? null : String(r.id)), "Same id", issues, header("id"));
  };
  const base = { layout: `${kind}-csv`, rowsRead: table.rows.length };
  if (kind === "incidents") {
    const { parsed, header } = parseNative("incidents", table, rows, index, issues);
    check(parsed, header, (row, ids, fail) => checkIncident(row, refs, ids, fail));
    return { ...base, parsed: issues.any ? null : { kind, rows: parsed } };
  }
  const { parsed, header } = parseNative("projects", table, rows, index, issues);
  check(parsed, header, (row, ids, fail) => checkProject(row, refs, ids, fail));
  return { ...base, parsed: issues.any ? null : { kind, rows: parsed } };
}

export function readNative(kind: NativeKind, table: Table, issues: Issues, refs: References): NativeRead {
  const index = mapColumns(kind, table.header, issues);
  if (!index) return { layout: null, rowsRead: table.rows.length, parsed: null };
  return kind === "trade_shares" ? readTradeShares(table, index, issues, refs) : readRecords(kind, table, index, issues, refs);
}
