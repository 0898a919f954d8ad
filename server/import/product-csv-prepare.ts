import "server-only";
// kind=trade_shares|incidents|projects: the product's own CSV, validated row by row, then planned
// against the store (trade shares by observation identity, incidents and projects by id).
import { materials, sources } from "@/db/schema";
import {
  checkIncident,
  checkProject,
  checkTradeShare,
  mapColumns,
  parseNative,
  type NativeKind,
  type Parsed,
  type References,
  type TradeShareInput,
} from "./product-csv";
import { planShares, sharePreview, type IncomingShare } from "./plan-shares";
import { failed, type Prepared } from "./prepared";
import { planIncidents, planProjects, recordPreview, storedIds, writeIncidents, writeProjects } from "./records";
import type { Conn } from "./sources";
import { type Issues, type Table, wellFormed } from "./table";
import type { PromoteMode } from "./types";
import { countChanges, writeShares } from "./write";

function references(conn: Conn, kind: NativeKind): References {
  return {
    materials: new Set(conn.select({ slug: materials.slug }).from(materials).all().map((m) => m.slug)),
    sources: new Set(conn.select({ id: sources.id }).from(sources).all().map((s) => s.id)),
    ids: kind === "trade_shares" ? new Set() : storedIds(conn, kind),
  };
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

function incomingShare({ line, row: t, present }: Parsed<TradeShareInput>, mode: PromoteMode): IncomingShare {
  return {
    line,
    identity: { material: t.material, partner: t.partner, year: t.year, period: t.period, month: t.month, half: t.half, basis: t.basis, sourceId: t.source_id },
    fields: {
      sharePct: t.share_pct,
      lowPct: t.low_pct,
      highPct: t.high_pct,
      bound: t.bound,
      volumeTonnes: t.volume_tonnes,
      valueUsd: t.value_usd,
      estimate: t.estimate,
      derived: t.derived,
      mirror: t.mirror,
      note: present.has("note") ? t.note : undefined,
    },
    // A headline flag in the file asks for the headline; "none" never moves one.
    request: t.headline ? (mode === "none" ? "keep" : "promote") : "demote",
  };
}

function prepareTradeShares(db: Conn, table: Table, index: Map<string, number>, issues: Issues, promote: PromoteMode): Prepared {
  const { parsed, header } = parseNative("trade_shares", table, wellFormed(table, issues), index, issues);
  const refs = references(db, "trade_shares");
  for (const p of parsed) checkTradeShare(p.row, refs, (key, message) => issues.add(p.line, header(key), message));
  checkUnique(parsed, identity, "Same observation (material, partner, year, period, month, half, basis, source)", issues, null);
  checkUnique(parsed, (t) => (t.headline ? `${t.material}|${t.partner}|${t.year}` : null), "A second headline for this material, partner and year", issues, header("headline"));
  if (issues.any) return failed(issues, { layout: "trade-shares-csv", rowsRead: table.rows.length });
  return {
    layout: "trade-shares-csv",
    rowsRead: table.rows.length,
    rowsSkipped: 0,
    issues,
    warnings: [],
    skippedCodes: [],
    run(conn, write) {
      const plan = planShares(conn, parsed.map((p) => incomingShare(p, promote)), { mode: promote, ownSourceId: null, explain: true });
      if (write) writeShares(conn, plan, write.importId);
      const demoted = plan.demote.map((d) => `The headline ${d.material} ${d.partner} ${d.year} moved from row ${d.id} to the imported row.`);
      return { ...countChanges(plan.rows), preview: plan.rows.map(sharePreview), sourceId: null, warnings: [...plan.warnings, ...demoted] };
    },
  };
}

function prepareRecords(db: Conn, kind: "incidents" | "projects", table: Table, index: Map<string, number>, issues: Issues): Prepared {
  const layout = `${kind}-csv`;
  const rows = wellFormed(table, issues);
  const refs = references(db, kind);
  const check = <T extends { id: number | null }>(parsed: Parsed<T>[], header: (k: string) => string, checkRow: (row: T, ids: Set<number>, fail: (k: string, m: string) => void) => void) => {
    const fileIds = new Set(parsed.map((p) => p.row.id).filter((id): id is number => id !== null));
    for (const p of parsed) checkRow(p.row, fileIds, (key, message) => issues.add(p.line, header(key), message));
    checkUnique(parsed, (r) => (r.id === null ? null : String(r.id)), "Same id", issues, header("id"));
  };
  const base = { layout, rowsRead: table.rows.length, rowsSkipped: 0, issues, warnings: [], skippedCodes: [] };

  if (kind === "incidents") {
    const { parsed, header } = parseNative("incidents", table, rows, index, issues);
    check(parsed, header, (row, ids, fail) => checkIncident(row, refs, ids, fail));
    if (issues.any) return failed(issues, base);
    return {
      ...base,
      run(conn, write) {
        const plan = planIncidents(conn, parsed);
        if (write) writeIncidents(conn, plan);
        return { ...countChanges(plan), preview: plan.map((p) => recordPreview("incident", p)), sourceId: null, warnings: [] };
      },
    };
  }
  const { parsed, header } = parseNative("projects", table, rows, index, issues);
  check(parsed, header, (row, ids, fail) => checkProject(row, refs, ids, fail));
  if (issues.any) return failed(issues, base);
  return {
    ...base,
    run(conn, write) {
      const plan = planProjects(conn, parsed);
      if (write) writeProjects(conn, plan);
      return { ...countChanges(plan), preview: plan.map((p) => recordPreview("project", p)), sourceId: null, warnings: [] };
    },
  };
}

export function prepareNative(db: Conn, kind: NativeKind, table: Table, issues: Issues, promote: PromoteMode): Prepared {
  const index = mapColumns(kind, table.header, issues);
  if (!index) return failed(issues, { rowsRead: table.rows.length });
  return kind === "trade_shares" ? prepareTradeShares(db, table, index, issues, promote) : prepareRecords(db, kind, table, index, issues);
}
