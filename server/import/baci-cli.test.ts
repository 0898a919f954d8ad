// The streaming command (scripts/import.ts) as a user runs it, in its own process, on this test
// file's own seeded SQLite file (test/setup-database.ts), with the labelled synthetic fixtures.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "@/test/import-db";

const exec = promisify(execFile);
// Spawning tsx takes seconds on a busy machine: a limit, not a wait.
const SPAWN_LIMIT = { timeout: 120_000 };

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], { cwd: process.cwd(), env: process.env });
    return { code: 0, ...r };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const fixture = (name: string) => path.join(FIXTURES, name);
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const counts = () => query<{ shares: number; sources: number; imports: number }>("SELECT (SELECT count(*) FROM trade_shares) AS shares, (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM imports) AS imports")[0];
const last = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

describe("npm run import -- --kind baci", () => {
  it("rejects an invalid file with every error, exits 1 and writes nothing but the audit row", SPAWN_LIMIT, async () => {
    const before = counts();
    // The country table makes 999 a known grouping: line 3's error is gone, the other five remain.
    const r = await cli("--kind", "baci", "--file", fixture("synthetic-baci-errors.csv"), "--country-codes", fixture("synthetic-baci-countries.csv"), "--actor", "cli:test");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("5 errors; nothing was written:");
    expect(r.stderr).toContain("line 4, column v: The value must be a non-negative number (thousand US$); found \"abc\".");
    expect(r.stderr).toContain("line 5, column t: One file is one year: line 2 says 2023, this row 2022.");
    expect(r.stderr).not.toContain("line 3");
    expect(last(r.stdout)).toMatchObject({ outcome: "rejected", errorCount: 5, rowsWritten: 0 });
    const after = counts();
    expect(after).toEqual({ shares: before.shares, sources: before.sources, imports: before.imports + 1 });
    const audit = query<Record<string, unknown>>("SELECT kind, outcome, actor, rows_read, error_count FROM imports ORDER BY id DESC LIMIT 1")[0];
    expect(audit).toEqual({ kind: "baci", outcome: "rejected", actor: "cli:test", rows_read: 7, error_count: 5 });
  });

  it("streams the synthetic file, writes the hand-computed rows in one go, and audits it", SPAWN_LIMIT, async () => {
    const before = counts();
    const r = await cli("--kind", "baci", "--file", fixture("synthetic-baci-2023.csv"), "--country-codes", fixture("synthetic-baci-countries.csv"), "--actor", "cli:test");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("rows read 10, kept 8 (the product's codes), skipped 2");
    expect(r.stdout).toMatch(/time \d+\.\d s \(reading and validating \d+\.\d s, planning and writing \d+\.\d s\), peak RSS \d+ MB/);
    expect(last(r.stdout)).toMatchObject({ outcome: "accepted", rowsRead: 10, rowsKept: 8, rowsWritten: 11, inserted: 11 });
    expect(counts()).toEqual({ shares: before.shares + 11, sources: before.sources + 1, imports: before.imports + 1 });
    const rows = query<{ importer: string; material: string; partner: string; share_pct: number | null; value_usd: number }>(
      "SELECT t.importer, t.material, t.partner, t.share_pct, t.value_usd FROM trade_shares t JOIN sources s ON s.id = t.source_id WHERE s.title = ? ORDER BY t.importer, t.material, t.partner",
      "CEPII BACI (user file synthetic-baci-2023.csv), 2023",
    );
    expect(rows.map((x) => `${x.importer} ${x.material} ${x.partner} ${x.share_pct ?? "-"} ${x.value_usd}`)).toEqual([
      "JPN graphite CHN 80 40000",
      "JPN graphite VNM 20 10000",
      "JPN graphite WLD - 50000",
      "JPN permanent-magnets CHN 60 600000",
      "JPN permanent-magnets PHL 30 300000",
      "JPN permanent-magnets WLD - 1000000",
      "JPN permanent-magnets XOA 10 100000",
      "KOR graphite CHN 0 0",
      "KOR graphite WLD - 50000",
      "KOR permanent-magnets CHN 87 870000",
      "KOR permanent-magnets WLD - 1000000",
    ]);
    const audit = query<Record<string, unknown>>("SELECT kind, outcome, actor, rows_read, rows_written, rows_skipped FROM imports ORDER BY id DESC LIMIT 1")[0];
    expect(audit).toEqual({ kind: "baci", outcome: "accepted", actor: "cli:test", rows_read: 10, rows_written: 11, rows_skipped: 2 });

    // Again: the same rows, unchanged; only the audit row is added.
    const again = await cli("--kind", "baci", "--file", fixture("synthetic-baci-2023.csv"), "--actor", "cli:test");
    expect(last(again.stdout)).toMatchObject({ outcome: "accepted", rowsWritten: 0, inserted: 0, unchanged: 11 });
    expect(counts()).toEqual({ shares: before.shares + 11, sources: before.sources + 1, imports: before.imports + 2 });
  });

  it("refuses misuse with exit code 2", SPAWN_LIMIT, async () => {
    const r = await cli("--kind", "comtrade", "--file", fixture("synthetic-baci-2023.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("only --kind baci is streamed");
  });
});
