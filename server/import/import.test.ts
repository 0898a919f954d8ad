import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { importSlowMs } from "@/config/env.mjs";
import { bytes, count, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import { pauseBetweenWrites, runImport, type ImportOptions, type SharePreview } from "./index";

let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = freshDb()));
afterEach(() => close());

const GRAPHITE = fs.readFileSync(REAL_GRAPHITE, "utf8");
const TABLES = ["trade_shares", "sources", "incidents", "projects", "incident_materials", "project_materials"];
const counts = () => TABLES.map((t) => count(db, t));

function graphite(opts: Partial<ImportOptions> = {}, text = GRAPHITE) {
  return runImport(db, { kind: "comtrade", fileName: "graphite.csv", bytes: bytes(text), actor: "tester", dryRun: false, ...opts });
}

type ShareRow = { id: number; year: number; period: string; basis: string; share_pct: number; headline: number; source_id: number; import_id: number | null };
const graphiteChina = () =>
  db.$client.prepare("SELECT * FROM trade_shares WHERE material = 'graphite' AND importer = 'JPN' AND partner = 'CHN' AND period <> 'monthly' ORDER BY year, source_id, basis").all() as ShareRow[];
const headlines = () => graphiteChina().filter((r) => r.headline === 1).map((r) => [r.year, r.source_id === 40 || r.source_id === 41 ? "seed" : r.basis]);
const audit = (id: number) => db.$client.prepare("SELECT * FROM imports WHERE id = ?").get(id) as Record<string, unknown>;

describe("audit", () => {
  it("records an accepted import with its counts, hash and time", async () => {
    const s = await graphite();
    const row = audit(s.importId);
    expect(row).toMatchObject({
      file_name: "graphite.csv",
      kind: "comtrade",
      actor: "tester",
      outcome: "accepted",
      rows_read: 12,
      rows_written: 24,
      rows_skipped: 0,
      error_count: 0,
      errors: null,
      sha256: "3ad2109487d039cf8f0757cf0ec7a5be5d64d03c98eac37b52066d2151c212c9",
    });
    expect(new Date(row.created_at as string).toISOString()).toBe(row.created_at);
    const written = db.$client.prepare("SELECT count(*) AS n FROM trade_shares WHERE import_id = ?").get(s.importId) as { n: number };
    expect(written.n).toBe(24);
  });

  it("records a dry run and writes nothing else, not even the dataset source", async () => {
    const before = counts();
    const s = await graphite({ dryRun: true });
    expect(s).toMatchObject({ outcome: "dry_run", inserted: 24, updated: 0, unchanged: 0, rowsWritten: 0, sourceId: null });
    expect(counts()).toEqual(before);
    expect(audit(s.importId)).toMatchObject({ outcome: "dry_run", rows_written: 0, rows_read: 12 });
  });

  it("keeps the first 100 errors and the total count", async () => {
    const [header] = GRAPHITE.split("\n");
    const bad = Array.from({ length: 150 }, () => "C,A").join("\n");
    const s = await graphite({}, `${header}\n${bad}\n`);
    expect(s.errorCount).toBe(150);
    expect(s.errors).toHaveLength(100);
    expect(s.errors[0].line).toBe(2);
    expect(s.errors[99].line).toBe(101);
    const row = audit(s.importId);
    expect(row.error_count).toBe(150);
    expect(JSON.parse(row.errors as string)).toHaveLength(100);
  });
});

describe("all or nothing", () => {
  it("rolls back every row when a write fails inside the transaction, and says so in the audit", async () => {
    // A real SQLite trigger stands in for a failure midway (after the 2019–2023 rows are written).
    db.$client.exec("CREATE TRIGGER fail_2024 BEFORE INSERT ON trade_shares WHEN NEW.year = 2024 BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const before = counts();
    const s = await graphite();
    expect(s.outcome).toBe("rejected");
    // Generic text: the database's message ("disk full") goes to the server's log, not to the audit log.
    const rolledBack = { line: 0, column: null, message: "The import failed while writing and was rolled back; nothing was written." };
    expect(s.errors).toEqual([rolledBack]);
    expect(counts()).toEqual(before);
    expect(audit(s.importId)).toMatchObject({ outcome: "rejected", error_count: 1, rows_written: 0, errors: JSON.stringify([rolledBack]) });
  });

  it("has a test-only pause between row writes, off unless REE_ENABLE_TEST_HOOKS=1", () => {
    expect(importSlowMs({ REE_ENABLE_TEST_HOOKS: undefined, REE_IMPORT_SLOW_MS: "50" })).toBe(0);
    expect(importSlowMs({ REE_ENABLE_TEST_HOOKS: "1", REE_IMPORT_SLOW_MS: "50" })).toBe(50);
    expect(importSlowMs({ REE_ENABLE_TEST_HOOKS: "1", REE_IMPORT_SLOW_MS: "soon" })).toBe(0);
    expect(importSlowMs()).toBe(0);
    const start = performance.now();
    pauseBetweenWrites(30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(29);
  });
});

describe("idempotence", () => {
  it("changes nothing when the same file is imported again", async () => {
    const first = await graphite();
    const rows = graphiteChina();
    const second = await graphite();
    expect(second).toMatchObject({ outcome: "accepted", inserted: 0, updated: 0, unchanged: 24, rowsWritten: 0, sourceId: first.sourceId });
    expect(graphiteChina()).toEqual(rows);
    // The rows still point at the import that wrote them.
    expect(new Set(graphiteChina().filter((r) => r.import_id !== null).map((r) => r.import_id))).toEqual(new Set([first.importId]));
    expect(audit(second.importId)).toMatchObject({ outcome: "accepted", rows_written: 0 });
  });

  it("updates the observations a corrected file restates, and only those", async () => {
    await graphite();
    const corrected = GRAPHITE.replace("53602410.658,,53602410.658", "49180000,,49180000");
    const s = await graphite({}, corrected);
    // China 2024 by value: 49,180,000 / 61,473,072.338 = 80.003 %.
    expect(s).toMatchObject({ inserted: 0, updated: 1, unchanged: 23 });
    const row = graphiteChina().find((r) => r.year === 2024 && r.basis === "value" && r.import_id !== null)!;
    expect(row.share_pct).toBe(80.003);
    expect(row.import_id).toBe(s.importId);
  });

  it("cites a caller-given source as a user import, and reuses it", async () => {
    const source = { title: "My Comtrade extract", url: "https://example.org/extract" };
    const a = await graphite({ source });
    const b = await graphite({ source });
    expect(a.sourceId).toBe(b.sourceId);
    expect(b.unchanged).toBe(24);
    expect(db.$client.prepare("SELECT title, url, kind FROM sources WHERE id = ?").get(a.sourceId)).toEqual({ ...source, kind: "user_import" });
    expect((await graphite({ source: { title: " ", url: "ftp://x" } })).errors.map((e) => e.message)).toEqual(["The source needs a title."]);
  });
});

describe("promote", () => {
  // The seed has graphite headlines for 2023 (> 80 %, source 40) and 2024 (~90 %, source 41), both
  // from the press and without a stated data year.
  it("precedence (default): the official annual share takes the line from the press relays, and fills the gaps", async () => {
    const s = await graphite();
    expect(headlines()).toEqual([2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, "volume"]));
    expect(s.warnings).toContain("The headline graphite CHN 2024 moved from row 83 (source 41) to the imported value.");
    const line = db.$client.prepare("SELECT year, share_pct AS pct FROM trade_shares WHERE material = 'graphite' AND importer = 'JPN' AND partner = 'CHN' AND headline = 1 AND year >= 2023 ORDER BY year").all();
    expect(line).toEqual([
      { year: 2023, pct: 91.066 },
      { year: 2024, pct: 89.06 },
    ]);
  });

  it("gaps: the volume share becomes the headline where the year has none", async () => {
    const s = await graphite({ promote: "gaps" });
    expect(headlines()).toEqual([
      [2019, "volume"],
      [2020, "volume"],
      [2021, "volume"],
      [2022, "volume"],
      [2023, "seed"],
      [2024, "seed"],
    ]);
    const p2023 = s.preview.find((p): p is SharePreview => p.type === "trade_share" && p.year === 2023 && p.partner === "CHN" && p.basis === "volume")!;
    expect(p2023).toMatchObject({ sharePct: 91.066, headline: false, existingHeadline: { id: 82, sharePct: 80, sourceId: 40, basis: "unspecified" } });
  });

  it("names the basis of the existing line value a preview row sits beside (a share by value beside a line value by volume)", async () => {
    await graphite();
    const s = await graphite({ dryRun: true });
    const row = (basis: string) => s.preview.find((p): p is SharePreview => p.type === "trade_share" && p.year === 2019 && p.partner === "CHN" && p.basis === basis)!;
    expect(row("volume")).toMatchObject({ headline: true, existingHeadline: null, change: "unchanged" });
    expect(row("value")).toMatchObject({
      headline: false,
      existingHeadline: { id: expect.any(Number), sharePct: row("volume").sharePct, sourceId: s.sourceId, basis: "volume" },
    });
  });

  it("replace: the imported value takes the headline and the stored one steps down", async () => {
    const s = await graphite({ promote: "replace" });
    expect(headlines()).toEqual([2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, "volume"]));
    expect(s.warnings).toContain("The headline graphite CHN 2023 moved from row 82 (source 40) to the imported value.");
  });

  it("none: no imported value becomes a headline", async () => {
    await graphite({ promote: "none" });
    expect(headlines()).toEqual([
      [2023, "seed"],
      [2024, "seed"],
    ]);
  });

  it("moves the import's own headline to the value basis when a corrected file lacks the weight", async () => {
    await graphite();
    const noWeight = GRAPHITE.replace("54792000,FALSE,21,1000 KG,54792,FALSE,54792000,FALSE", "54792000,FALSE,21,1000 KG,54792,FALSE,,FALSE");
    const s = await graphite({}, noWeight);
    expect(s.warnings.some((w) => w.startsWith("The headline graphite CHN 2019 moved"))).toBe(true);
    expect(headlines()[0]).toEqual([2019, "value"]);
  });

  it("rejects an unknown promote option", async () => {
    const s = await graphite({ promote: "always" as never });
    expect(s.errors).toEqual([{ line: 0, column: null, message: 'Unknown promote option "always" (use precedence, gaps, replace, none).' }]);
  });
});
