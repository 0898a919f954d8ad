import "server-only";
import { eq } from "drizzle-orm";
import { imports, tradeShares } from "@/db/schema";
import { importSlowMs } from "@/config/env.mjs";
import type { SharePlan } from "./plan-shares";
import type { Conn } from "./sources";
import type { ImportIssue, ImportKind, ImportOutcome } from "./types";

let slowWrites = 0;

/**
 * Test hook (crash-safety test only): when REE_ENABLE_TEST_HOOKS=1 and REE_IMPORT_SLOW_MS is set,
 * every row write inside the import transaction is followed by a synchronous sleep of that many
 * milliseconds, and every 100th write prints "test-hook: import wrote N rows" to stdout, so a test
 * can kill the process mid-import (at a known point) and find nothing committed. Off otherwise.
 */
export function pauseBetweenWrites(ms = importSlowMs()): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (++slowWrites % 100 === 0) console.log(`test-hook: import wrote ${slowWrites} rows`);
}

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function countChanges(changes: { change: "insert" | "update" | "unchanged" }[]): Counts {
  return {
    inserted: changes.filter((c) => c.change === "insert").length,
    updated: changes.filter((c) => c.change === "update").length,
    unchanged: changes.filter((c) => c.change === "unchanged").length,
  };
}

/** Applies a planned set of trade shares; rows losing the headline go first (one per slot). */
export function writeShares(conn: Conn, plan: SharePlan, importId: number): void {
  for (const row of plan.demote) {
    conn.update(tradeShares).set({ headline: false }).where(eq(tradeShares.id, row.id)).run();
    pauseBetweenWrites();
  }
  const losing = (p: SharePlan["rows"][number]) => (p.existing?.headline && !p.headline ? 0 : 1);
  const ordered = [...plan.rows].filter((p) => p.change !== "unchanged").sort((a, b) => losing(a) - losing(b));
  for (const p of ordered) {
    const { identity, fields } = p.incoming;
    const note = fields.note === undefined ? (p.existing?.note ?? null) : fields.note;
    const values = { ...fields, note, headline: p.headline, importId };
    if (p.existing) conn.update(tradeShares).set(values).where(eq(tradeShares.id, p.existing.id)).run();
    else conn.insert(tradeShares).values({ ...identity, sourceId: identity.sourceId!, ...values }).run();
    pauseBetweenWrites();
  }
}

export interface AuditRow {
  fileName: string;
  kind: ImportKind;
  sha256: string;
  actor: string;
  outcome: ImportOutcome;
  rowsRead: number;
  rowsWritten: number;
  rowsSkipped: number;
  errors: ImportIssue[];
  errorCount: number;
}

const auditValues = (a: AuditRow) => ({
  ...a,
  errors: a.errorCount ? JSON.stringify(a.errors) : null,
});

export function insertAudit(conn: Conn, audit: AuditRow): number {
  const createdAt = new Date().toISOString();
  return conn.insert(imports).values({ ...auditValues(audit), createdAt }).returning({ id: imports.id }).get().id;
}

export function updateAudit(conn: Conn, id: number, audit: AuditRow): void {
  conn.update(imports).set(auditValues(audit)).where(eq(imports.id, id)).run();
}
