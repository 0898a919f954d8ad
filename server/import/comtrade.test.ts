import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytes, count, fixture, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import type { Db } from "@/db/index";
import { runImport, type ImportSummary, type SharePreview } from "./index";

let db: Db;
let close: () => void;
beforeAll(() => ({ db, close } = freshDb()));
afterAll(() => close());

const dryRun = (name: string, file = fixture(name)) => runImport(db, { kind: "comtrade", fileName: name, bytes: file, actor: "test", dryRun: true });

const shares = (s: ImportSummary) => s.preview.filter((p): p is SharePreview => p.type === "trade_share");
const share = (s: ImportSummary, material: string, partner: string, basis: "value" | "volume", year?: number, month: number | null = null) =>
  shares(s).find((p) => p.material === material && p.partner === partner && p.basis === basis && (year === undefined || p.year === year) && p.month === month);

it("finds the real download where the brief says it is", () => {
  expect(fs.existsSync(REAL_GRAPHITE)).toBe(true);
});

describe("UN Comtrade Plus API/web CSV (47 columns)", () => {
  let s: ImportSummary;
  beforeAll(async () => {
    s = await dryRun("synthetic-comtrade-plus-47.csv");
  });

  it("recognises the layout and reads every row", () => {
    expect(s).toMatchObject({ outcome: "dry_run", layout: "comtrade-plus-csv-47", rowsRead: 19, errorCount: 0 });
  });

  it("keeps C00 / transport mode 0 / second partner 0 import rows only", () => {
    // Three China breakdown rows of 999 and an export row of 5000 would inflate China's 800.
    expect(share(s, "rare-earth-metals", "CHN", "value")?.sharePct).toBe(80);
    expect(share(s, "rare-earth-metals", "CHN", "value")?.valueUsd).toBe(800);
    expect(s.warnings).toContain("3 rows skipped: breakdown row (customs procedure, transport mode or second partner).");
    expect(s.warnings).toContain("1 row skipped: not an import (other trade flow).");
  });

  it("derives the basket shares computed by hand", () => {
    // Rare earths 2021 by value: World 1000 + 500 + 2000 = 3500 US$.
    //   China 800 + 450 + 1200 = 2450 → 70 %; Malaysia 600 → 17.143 %; Estonia 200 → 5.714 %;
    //   Viet Nam 150 → 4.286 %; France 50 → 1.429 %. (490 "Other Asia, nes" is no supplier.)
    expect(share(s, "rare-earths", "CHN", "value")?.sharePct).toBe(70);
    expect(share(s, "rare-earths", "MYS", "value")?.sharePct).toBe(17.143);
    expect(share(s, "rare-earths", "EST", "value")?.sharePct).toBe(5.714);
    expect(share(s, "rare-earths", "VNM", "value")?.sharePct).toBe(4.286);
    expect(share(s, "rare-earths", "FRA", "value")?.sharePct).toBe(1.429);
    // By weight: World 100 + 50 + 400 = 550 kg, the 2846.10 World weight estimated, so every
    // volume share is an estimate. Malaysia 150 → 27.273 %; Viet Nam 8 → 1.455 %; France 5 → 0.909 %.
    expect(share(s, "rare-earths", "MYS", "volume")).toMatchObject({ sharePct: 27.273, estimate: true, volumeTonnes: 0.15 });
    expect(share(s, "rare-earths", "VNM", "volume")?.sharePct).toBe(1.455);
    expect(share(s, "rare-earths", "FRA", "volume")?.sharePct).toBe(0.909);
    expect(share(s, "rare-earths", "WLD", "volume")).toMatchObject({ sharePct: null, volumeTonnes: 0.55, estimate: true });
    // China's 2846.90 weight is blank and Estonia's is 0 (Comtrade's "unknown"): no volume share.
    expect(share(s, "rare-earths", "CHN", "volume")).toBeUndefined();
    expect(share(s, "rare-earths", "EST", "volume")).toBeUndefined();
    // Cerium (2846.10 alone): China 450 / 500 = 90 % by value, 45 / 50 = 90 % by weight (estimated).
    expect(share(s, "cerium", "CHN", "volume")).toMatchObject({ sharePct: 90, estimate: true });
    // Rare-earth metals: no estimated weight there.
    expect(share(s, "rare-earth-metals", "CHN", "volume")).toMatchObject({ sharePct: 90, estimate: false });
  });

  it("uses the HS6 rows and leaves the HS4 2846 rows aside", () => {
    // 2846 (HS4) would give China 1650 / 2500 = 66 % too; the HS6 rows give (450 + 1200) / 2500.
    expect(share(s, "rare-earth-compounds", "CHN", "value")).toMatchObject({ sharePct: 66, valueUsd: 1650 });
    expect(s.warnings).toContain("rare-earth-compounds: codes of different levels are never added; used HS6, left HS4 2846 aside (2021)");
  });

  it("skips and lists the codes that map to no material, and counts every unused row", () => {
    expect(s.skippedCodes).toEqual([{ code: "850519", rows: 2 }]);
    // Unused: Other Asia (1), breakdowns (3), export (1), HS4 2846 (2), 850519 (2).
    expect(s.rowsSkipped).toBe(9);
  });

  it("shows, per share, whether it would become the headline (2021 has none in the seed)", () => {
    // China has no volume share, so its value share asks for the headline; Malaysia's volume one does.
    expect(share(s, "rare-earths", "CHN", "value")).toMatchObject({ headline: true, existingHeadline: null, change: "insert" });
    expect(share(s, "rare-earths", "MYS", "volume")?.headline).toBe(true);
    expect(share(s, "rare-earths", "MYS", "value")?.headline).toBe(false);
    expect(share(s, "rare-earths", "WLD", "value")?.headline).toBe(false);
  });
});

describe("UN Comtrade Plus bulk TSV (34 columns)", () => {
  it("reads monthly rows and keeps them monthly", async () => {
    const s = await dryRun("synthetic-comtrade-bulk-34.tsv");
    expect(s).toMatchObject({ layout: "comtrade-plus-bulk-34", rowsRead: 7, rowsSkipped: 1, errorCount: 0 });
    // January: 36000 / 40000 = 90 %, 1800 / 2000 kg = 90 % (World weight estimated, flag 1).
    expect(share(s, "permanent-magnets", "CHN", "value", 2024, 1)).toMatchObject({ sharePct: 90, period: "monthly", month: 1, headline: false });
    expect(share(s, "permanent-magnets", "CHN", "volume", 2024, 1)?.estimate).toBe(true);
    // February: 42500 / 50000 = 85 %; 2000 / 2500 = 80 %; USA is partner 842 in Comtrade.
    expect(share(s, "permanent-magnets", "CHN", "value", 2024, 2)?.sharePct).toBe(85);
    expect(share(s, "permanent-magnets", "CHN", "volume", 2024, 2)).toMatchObject({ sharePct: 80, estimate: false });
    expect(share(s, "permanent-magnets", "USA", "volume", 2024, 2)?.sharePct).toBe(20);
  });
});

describe("legacy UN Comtrade CSV", () => {
  it("reads the 22-column layout: flow code 1 only, estimation flag on the World weight", async () => {
    const s = await dryRun("synthetic-comtrade-legacy-22.csv");
    expect(s).toMatchObject({ layout: "comtrade-legacy-22", rowsRead: 4, rowsSkipped: 1 });
    // 300000 / 400000 = 75 % by value; 3200 / 4000 kg = 80 % by weight, flag 4 = weight estimated.
    expect(share(s, "rare-earth-metals", "CHN", "value")?.sharePct).toBe(75);
    expect(share(s, "rare-earth-metals", "CHN", "volume")).toMatchObject({ sharePct: 80, estimate: true });
    expect(share(s, "rare-earth-metals", "USA", "value")?.sharePct).toBe(25);
    // 2805.30 alone is the metals, not all rare earths.
    expect(shares(s).filter((p) => p.material === "rare-earths")).toEqual([]);
  });

  it("reads the 35-column layout: blank breakdown fields are the total, a transport-mode row is not", async () => {
    const s = await dryRun("synthetic-comtrade-legacy-35.csv");
    expect(s).toMatchObject({ layout: "comtrade-legacy-35", rowsRead: 4, rowsSkipped: 1 });
    // Graphite via HS4 2504: 810000 / 900000 = 90 %; 57000 / 60000 kg = 95 %; Brazil 10 % / 5 %.
    expect(share(s, "graphite", "CHN", "value")?.sharePct).toBe(90);
    expect(share(s, "graphite", "CHN", "volume")?.sharePct).toBe(95);
    expect(share(s, "graphite", "BRA", "volume")?.sharePct).toBe(5);
  });
});

describe("the real Comtrade Plus download (Japan, HS 2504 natural graphite, 2019–2024)", () => {
  let s: ImportSummary;
  beforeAll(async () => {
    s = await runImport(db, { kind: "comtrade", fileName: "comtrade_jpn_2504_graphite.csv", bytes: new Uint8Array(fs.readFileSync(REAL_GRAPHITE)), actor: "test", dryRun: false });
  });

  it("is accepted: 6 years × (China, World) × (value, volume) observations", () => {
    expect(s).toMatchObject({ outcome: "accepted", layout: "comtrade-plus-csv-47", rowsRead: 12, rowsSkipped: 0, inserted: 24, rowsWritten: 24 });
    expect(s.warnings).toEqual([
      "graphite: shares cover HS 250410, 250490 only, not 380110 (2019, 2020, 2021, 2022, 2023, 2024)",
      // Official statistics with a stated year take the line from the press relays (> 80 %, ~90 %).
      "The headline graphite CHN 2023 moved from row 82 (source 40) to the imported value.",
      "The headline graphite CHN 2024 moved from row 83 (source 41) to the imported value.",
    ]);
  });

  it("stores China's shares as computed by hand from the file", () => {
    // China primaryValue / World primaryValue (US$), and China netWgt / World netWgt (kg):
    //   2019  95,220,131.181 / 102,663,485.353 = 92.750 %   54,792,000 / 58,996,029.727 = 92.874 %
    //   2020  60,618,547.297 /  66,185,729.928 = 91.589 %   39,825,000 / 42,800,613.498 = 93.048 %
    //   2021  84,294,223.620 /  92,047,450.919 = 91.577 %   55,116,000 / 58,812,620.439 = 93.715 %
    //   2022  95,925,269.357 / 106,475,669.119 = 90.091 %   52,835,000 / 59,142,636.668 = 89.335 %
    //   2023  73,925,611.246 /  82,039,994.446 = 90.109 %   46,964,000 / 51,571,165.517 = 91.066 %
    //   2024  53,602,410.658 /  61,473,072.338 = 87.197 %   39,492,000 / 44,342,977.608 = 89.060 %
    // Every World netWgt has isNetWgtEstimated=TRUE, so the volume shares are estimates.
    const expected: Record<number, [number, number]> = {
      2019: [92.75, 92.874],
      2020: [91.589, 93.048],
      2021: [91.577, 93.715],
      2022: [90.091, 89.335],
      2023: [90.109, 91.066],
      2024: [87.197, 89.06],
    };
    const stored = db.$client
      .prepare("SELECT year, basis, share_pct AS pct, estimate, derived, value_usd AS usd, volume_tonnes AS t FROM trade_shares WHERE material = 'graphite' AND partner = 'CHN' AND import_id = ? ORDER BY year, basis")
      .all(s.importId) as { year: number; basis: string; pct: number; estimate: number; derived: number; usd: number | null; t: number | null }[];
    expect(stored).toHaveLength(12);
    for (const row of stored) {
      expect(row.pct).toBe(expected[row.year][row.basis === "value" ? 0 : 1]);
      expect(row.estimate).toBe(row.basis === "volume" ? 1 : 0);
      expect(row.derived).toBe(1);
    }
    expect(stored.find((r) => r.year === 2019 && r.basis === "value")?.usd).toBe(95220131.181);
    expect(stored.find((r) => r.year === 2019 && r.basis === "volume")?.t).toBe(54792);
  });

  it("cites the Comtrade dataset source, created on first use", () => {
    const source = db.$client.prepare("SELECT * FROM sources WHERE id = ?").get(s.sourceId) as Record<string, unknown>;
    expect(source).toMatchObject({ title: "UN Comtrade Plus (reporter JPN)", publisher: "UN Statistics Division", url: "https://comtradeplus.un.org/", kind: "dataset" });
  });
});

describe("a file with bad rows", () => {
  it("reports every error with its physical line and column, and writes nothing", async () => {
    const before = ["trade_shares", "sources", "incidents", "projects"].map((t) => count(db, t));
    const imports = count(db, "imports");
    const s = await runImport(db, { kind: "comtrade", fileName: "errors.csv", bytes: fixture("synthetic-comtrade-plus-errors.csv"), actor: "test", dryRun: false });
    // Line 3's cmdDesc holds a line break, so the record on line 3 ends on line 4; line 12 is blank.
    expect(s.errors).toEqual([
      { line: 5, column: "primaryValue", message: 'Not a number: "12x".' },
      { line: 6, column: null, message: "Expected 47 fields as in the header, found 46 (missing columns)." },
      { line: 7, column: "refMonth", message: "Bad date: annual rows have refMonth 52, found 13." },
      { line: 8, column: "reporterCode", message: "Only Japan's imports can be imported (reporter 392); found 156." },
      { line: 10, column: "refYear", message: "Bad date: year 1985 is outside 1990–2035." },
      { line: 11, column: "isNetWgtEstimated", message: 'Expected TRUE/FALSE or 1/0, found "maybe".' },
      { line: 13, column: null, message: "Duplicate row: same period, commodity 280530 and partner 0 as line 2." },
    ]);
    expect(s).toMatchObject({ outcome: "rejected", errorCount: 7, rowsWritten: 0, rowsRead: 10, preview: [] });
    expect(["trade_shares", "sources", "incidents", "projects"].map((t) => count(db, t))).toEqual(before);
    expect(count(db, "imports")).toBe(imports + 1);
    const audit = db.$client.prepare("SELECT * FROM imports WHERE id = ?").get(s.importId) as Record<string, unknown>;
    expect(audit).toMatchObject({ outcome: "rejected", error_count: 7, rows_written: 0, kind: "comtrade", file_name: "errors.csv" });
    expect(JSON.parse(audit.errors as string)).toEqual(s.errors);
  });

  it("refuses an unknown layout on line 1", async () => {
    const s = await dryRun("odd.csv", bytes("Reporter,Partner,Value\r\nJapan,China,1\r\n"));
    expect(s.outcome).toBe("rejected");
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatchObject({ line: 1, column: null });
    expect(s.errors[0].message).toMatch(/^Unknown layout: the header \(3 columns\) is not a UN Comtrade layout/);
  });

  it("names what is missing from an almost-right header", async () => {
    const header = fs.readFileSync(REAL_GRAPHITE, "utf8").split(/\r?\n/)[0].replace(",isAggregate", "");
    const s = await dryRun("short.csv", bytes(`${header}\n`));
    expect(s.errors[0].message).toMatch(/Closest: comtrade-plus-csv-47, missing isAggregate\.$/);
  });

  it("matches header names case-insensitively", async () => {
    const text = fs.readFileSync(REAL_GRAPHITE, "utf8");
    const [header, ...rest] = text.split("\n");
    const s = await dryRun("upper.csv", bytes([header.toUpperCase(), ...rest].join("\n")));
    expect(s).toMatchObject({ outcome: "dry_run", layout: "comtrade-plus-csv-47", errorCount: 0 });
  });
});
