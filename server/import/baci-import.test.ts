// kind=baci through the import core (the API's path: the reader's worker, then one transaction),
// on a real seeded SQLite file, with the labelled synthetic fixtures of test/fixtures/imports.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { bytes, count, fixture } from "@/test/import-db";
import { runImport, type ImportSummary, type SharePreview } from "./index";

// The seeded store test/setup-database.ts made for this file alone.
const db = getDb();

const FILE = "synthetic-baci-2023.csv";
const run = (dryRun: boolean, name = FILE, file = fixture(name)) => runImport(db, { kind: "baci", fileName: name, bytes: file, actor: "test", dryRun });

type Stored = { importer: string; partner: string; share_pct: number | null; value_usd: number | null; volume_tonnes: number | null; headline: number; hs_code: string; note: string | null };
const stored = (sourceId: number) =>
  db.$client
    .prepare("SELECT importer, partner, material, share_pct, value_usd, volume_tonnes, headline, hs_code, note FROM trade_shares WHERE source_id = ? ORDER BY importer, material, partner")
    .all(sourceId) as (Stored & { material: string })[];
const row = (rows: (Stored & { material: string })[], importer: string, material: string, partner: string) =>
  rows.find((r) => r.importer === importer && r.material === material && r.partner === partner);

describe("a BACI file through runImport", () => {
  let dry: ImportSummary;
  let first: ImportSummary;
  let second: ImportSummary;
  const before = { shares: 0, sources: 0 };
  beforeAll(async () => {
    before.shares = count(db, "trade_shares");
    before.sources = count(db, "sources");
    dry = await run(true);
    first = await run(false);
    second = await run(false);
  });

  it("previews without writing: 11 rows derived from 8 product rows, 2 rows of other codes skipped", () => {
    expect(dry).toMatchObject({ outcome: "dry_run", layout: "baci-tijkvq", rowsRead: 10, rowsSkipped: 2, inserted: 11, updated: 0, unchanged: 0, errorCount: 0, rowsWritten: 0, sourceId: null });
    expect(dry.skippedCodes).toEqual([
      { code: "090111", rows: 1 },
      { code: "100630", rows: 1 },
    ]);
    // Japan's rows only (7 of 11), with the shares computed by hand.
    const preview = dry.preview as SharePreview[];
    expect(preview).toHaveLength(7);
    const magnetsChina = preview.find((p) => p.material === "permanent-magnets" && p.partner === "CHN")!;
    expect(magnetsChina).toMatchObject({ year: 2023, sharePct: 60, valueUsd: 600_000, volumeTonnes: 10, basis: "value", change: "insert" });
    // The seed holds a headline for Japan's magnets 2023 (BACI top flows): a tie keeps it.
    expect(magnetsChina.headline).toBe(false);
    expect(magnetsChina.existingHeadline?.sourceId).toBe(202);
    expect(dry.warnings.some((w) => w.startsWith("2023: 11 rows for 2 importers"))).toBe(true);
    expect(dry.warnings).toContain("graphite: shares of HS 250490 only, not of all the material's 3 codes (each row's note names its code).");
  });

  it("writes the derived rows in one go, under a dataset source naming the file and year", () => {
    expect(first).toMatchObject({ outcome: "accepted", inserted: 11, updated: 0, rowsWritten: 11, errorCount: 0 });
    expect(count(db, "trade_shares")).toBe(before.shares + 11);
    expect(count(db, "sources")).toBe(before.sources + 1);
    const source = db.$client.prepare("SELECT title, kind, publisher FROM sources WHERE id = ?").get(first.sourceId) as Record<string, string>;
    expect(source).toEqual({ title: "CEPII BACI (user file synthetic-baci-2023.csv), 2023", kind: "dataset", publisher: "CEPII" });
    const rows = stored(first.sourceId!);
    // Japan, magnets: 600 + 300 + 100 thousand US$; "Other Asia, n.e.s." (490) is stored as XOA.
    expect(row(rows, "JPN", "permanent-magnets", "PHL")).toMatchObject({ share_pct: 30, value_usd: 300_000, volume_tonnes: 5, hs_code: "850511" });
    expect(row(rows, "JPN", "permanent-magnets", "XOA")).toMatchObject({ share_pct: 10, value_usd: 100_000, volume_tonnes: null });
    expect(row(rows, "JPN", "permanent-magnets", "WLD")).toMatchObject({ share_pct: null, value_usd: 1_000_000 });
    expect(row(rows, "JPN", "permanent-magnets", "CHN")?.note).toBe("CEPII BACI (user file), 2023, HS 850511: 600,000 of Japan's 1,000,000 USD.");
    // Graphite keeps its whole-material headline series: China's one-code share is drawn beside it.
    expect(row(rows, "JPN", "graphite", "CHN")).toMatchObject({ share_pct: 80, headline: 0, hs_code: "250490" });
    expect(row(rows, "JPN", "graphite", "VNM")).toMatchObject({ share_pct: 20 });
    // Korea: China 870 of 870 + 130; the seed has no Korea 2023, so the share becomes the headline.
    expect(row(rows, "KOR", "permanent-magnets", "CHN")).toMatchObject({ share_pct: 87, value_usd: 870_000, headline: 1 });
    expect(row(rows, "KOR", "permanent-magnets", "WLD")).toMatchObject({ value_usd: 1_000_000, headline: 0 });
    // Korea's graphite comes from the USA (842) only: China's share is 0, said so, the total stands.
    expect(row(rows, "KOR", "graphite", "CHN")).toMatchObject({ share_pct: 0, value_usd: 0, note: "BACI records no flow from China." });
    expect(row(rows, "KOR", "graphite", "WLD")).toMatchObject({ value_usd: 50_000 });
    expect(rows).toHaveLength(11);
  });

  it("changes nothing when the same file is imported again", () => {
    expect(second).toMatchObject({ outcome: "accepted", inserted: 0, updated: 0, unchanged: 11, rowsWritten: 0, sourceId: first.sourceId });
    expect(count(db, "trade_shares")).toBe(before.shares + 11);
    expect(count(db, "sources")).toBe(before.sources + 1);
  });

  it("audits every attempt with kind baci", () => {
    const audit = db.$client.prepare("SELECT kind, outcome, rows_read, rows_written, rows_skipped FROM imports WHERE kind = 'baci' ORDER BY id").all();
    expect(audit).toEqual([
      { kind: "baci", outcome: "dry_run", rows_read: 10, rows_written: 0, rows_skipped: 2 },
      { kind: "baci", outcome: "accepted", rows_read: 10, rows_written: 11, rows_skipped: 2 },
      { kind: "baci", outcome: "accepted", rows_read: 10, rows_written: 0, rows_skipped: 2 },
    ]);
  });
});

describe("a BACI file with errors", () => {
  it("is rejected whole with every error by line and column, and nothing is written", async () => {
    const shares = count(db, "trade_shares");
    const sources = count(db, "sources");
    const s = await run(false, "synthetic-baci-errors.csv");
    expect(s).toMatchObject({ outcome: "rejected", rowsWritten: 0, errorCount: 6, sourceId: null });
    expect(s.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "i"],
      [4, "v"],
      [5, "t"],
      [6, "t"],
      [7, "k"],
      [8, "q"],
    ]);
    expect(s.errors[0].message).toMatch(/^Country code 999 is not in the country table/);
    expect(s.errors[2].message).toBe("One file is one year: line 2 says 2023, this row 2022.");
    expect(count(db, "trade_shares")).toBe(shares);
    expect(count(db, "sources")).toBe(sources);
    const audit = db.$client.prepare("SELECT outcome, error_count FROM imports ORDER BY id DESC LIMIT 1").get();
    expect(audit).toEqual({ outcome: "rejected", error_count: 6 });
  });

  it("accepts a file of other codes only, or of no rows, and writes nothing, not even a source", async () => {
    const sources = count(db, "sources");
    const other = await run(false, "other-codes.csv", bytes("t,i,j,k,v,q\n2023,156,392,090111,5,1\n"));
    expect(other).toMatchObject({ outcome: "accepted", rowsRead: 1, rowsSkipped: 1, rowsWritten: 0, sourceId: null });
    expect(other.warnings).toContain("No row of 2023 has one of the product's codes: nothing to import.");
    const empty = await run(false, "empty.csv", bytes("t,i,j,k,v,q\n"));
    expect(empty).toMatchObject({ outcome: "accepted", rowsRead: 0, rowsWritten: 0, sourceId: null });
    expect(empty.warnings).toContain("The file has a header but no rows.");
    expect(count(db, "sources")).toBe(sources);
  });

  it("past the upload's row limit, points to the streaming command", async () => {
    const rows = Array.from({ length: 200_001 }, () => "2023,156,392,090111,1,1").join("\n");
    const s = await run(true, "big.csv", bytes(`t,i,j,k,v,q\n${rows}\n`));
    expect(s).toMatchObject({ outcome: "rejected", errorCount: 1 });
    expect(s.errors[0].message).toMatch(/200,000 rows.*A full BACI year goes through the streaming command: npm run import -- --kind baci/);
  });

  it("names the layout when the header is not t,i,j,k,v,q", async () => {
    const s = await run(true, "x.csv", bytes("year,exporter,importer,product,value,quantity\n2023,156,392,850511,1,1\n"));
    expect(s.outcome).toBe("rejected");
    expect(s.errors[0]).toMatchObject({ line: 1, column: null });
    expect(s.errors[0].message).toMatch(/CEPII's standard BACI layout "t,i,j,k,v,q"/);
  });
});
