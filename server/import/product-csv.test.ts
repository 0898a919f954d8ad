import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INCIDENT_CSV_COLUMNS, PROJECT_CSV_COLUMNS } from "@/lib/resources/csv";
import type { Db } from "@/db/index";
import { getDb } from "@/db/index";
import { listIncidents } from "@/db/queries/incidents";
import { getMaterialSlugs } from "@/db/queries/materials";
import { listProjects } from "@/db/queries/projects";
import { tradeShareColumns } from "@/db/queries/trade-shares";
import { tradeShares } from "@/db/schema";
import { lt } from "drizzle-orm";
import { OFFICIAL_ROW_ID_BASE } from "@/db/seed/official-sources";
import { toCsv } from "@/lib/csv";
import { bytes, count, fixture, freshDb } from "@/test/import-db";
import { runImport, type ImportKind, type ImportOptions, type RecordPreview, type SharePreview } from "./index";

const run = (d: Db, kind: ImportKind, file: Uint8Array, opts: Partial<ImportOptions> = {}) =>
  runImport(d, { kind, fileName: `${kind}.csv`, bytes: file, actor: "test", dryRun: false, ...opts });

// The column lists the CSV exports write (app/api/v1/{trade-shares,incidents,projects}/route.ts).
const TRADE_SHARE_COLUMNS = Object.keys(tradeShareColumns) as (keyof typeof tradeShareColumns)[];
// The columns the API's CSV export writes (lib/resources/csv), so the round trip is the real one.
const INCIDENT_COLUMNS = INCIDENT_CSV_COLUMNS;
const PROJECT_COLUMNS = PROJECT_CSV_COLUMNS;

describe("round trip through the product's own CSV export (the test file's seeded database)", () => {
  const db = () => getDb();
  const everything = () => ({ materials: [...getMaterialSlugs()], from: 1990, to: 2035, categories: [], includeDuplicates: true });
  // The hand-written seed's rows (ids below the derived official rows, db/seed/official).
  const exportShares = () => toCsv(TRADE_SHARE_COLUMNS, db().select(tradeShareColumns).from(tradeShares).where(lt(tradeShares.id, OFFICIAL_ROW_ID_BASE)).all());
  const dumpShares = () => db().$client.prepare("SELECT * FROM trade_shares ORDER BY id").all() as Record<string, unknown>[];

  it("trade shares: export → import changes nothing", async () => {
    expect(TRADE_SHARE_COLUMNS).toHaveLength(21);
    const before = dumpShares();
    const s = await run(db(), "trade_shares", bytes(exportShares()));
    expect(s).toMatchObject({ outcome: "accepted", layout: "trade-shares-csv", rowsRead: 87, inserted: 0, updated: 0, unchanged: 87, errorCount: 0 });
    expect(dumpShares()).toEqual(before);
  });

  it("trade shares: an edited export updates that row and keeps its note (the export has no note column)", async () => {
    const csv = exportShares().replace("\r\n2,2008,annual,,,rare-earths,JPN,CHN,,92,", "\r\n2,2008,annual,,,rare-earths,JPN,CHN,,93.3,");
    const s = await run(db(), "trade_shares", bytes(csv));
    expect(s).toMatchObject({ inserted: 0, updated: 1, unchanged: 86 });
    const row = db().$client.prepare("SELECT share_pct, note, headline, import_id FROM trade_shares WHERE id = 2").get() as Record<string, unknown>;
    expect(row).toMatchObject({ share_pct: 93.3, headline: 1, import_id: s.importId });
    expect(row.note).toMatch(/^JOGMEC compilation/);
  });

  it("trade shares: the seed file itself (snake_case headers, with notes) imports unchanged", async () => {
    const seed = fs.readFileSync(path.join(process.cwd(), "db", "seed", "trade_shares.csv"));
    const s = await run(db(), "trade_shares", new Uint8Array(seed), { dryRun: true });
    // Row 2 was edited above (93.3); every other seed row is as stored.
    expect(s).toMatchObject({ inserted: 0, updated: 1, unchanged: 86 });
  });

  it("incidents: export → import changes nothing", async () => {
    const rows = listIncidents(everything()).map((d) => ({ ...d, materials: d.materials.join(";") }));
    const s = await run(db(), "incidents", bytes(toCsv(INCIDENT_COLUMNS, rows)));
    expect(s).toMatchObject({ outcome: "accepted", rowsRead: 67, inserted: 0, updated: 0, unchanged: 67 });
  });

  it("projects: export → import changes nothing", async () => {
    const rows = listProjects({ materials: [...getMaterialSlugs()], includeDuplicates: true }).map((d) => ({
      ...d,
      countries: d.countries.join(";"),
      materials: d.materials.join(";"),
    }));
    const s = await run(db(), "projects", bytes(toCsv(PROJECT_COLUMNS, rows)));
    expect(s).toMatchObject({ outcome: "accepted", rowsRead: rows.length, inserted: 0, updated: 0, unchanged: rows.length });
  });
});

describe("own CSV kinds on a fresh database", () => {
  let db: Db;
  let close: () => void;
  beforeEach(() => ({ db, close } = freshDb()));
  afterEach(() => close());

  it("reports each bad trade-share row with its line and column, and writes nothing", async () => {
    const before = ["trade_shares", "sources", "incidents", "projects"].map((t) => count(db, t));
    const s = await run(db, "trade_shares", fixture("synthetic-trade-shares-errors.csv"));
    expect(s.outcome).toBe("rejected");
    expect(s.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "sharePct"],
      [4, "material"],
      [5, "sourceId"],
      [6, "month"],
      [7, null],
      [8, "sharePct"],
      [9, "headline"],
      [10, "year"],
    ]);
    expect(s.errors.map((e) => e.message)).toEqual([
      "Share 120 is outside 0–100.",
      'Unknown material "unobtainium".',
      "Unknown source id 99999.",
      "Bad date: a month (1–12) goes with period monthly only.",
      "Expected 19 fields as in the header, found 20 (extra columns).",
      'Invalid value "abc": not a number.',
      "A monthly value cannot be the headline.",
      expect.stringMatching(/^Invalid value "20x1": /),
    ]);
    expect(["trade_shares", "sources", "incidents", "projects"].map((t) => count(db, t))).toEqual(before);
    expect(db.$client.prepare("SELECT outcome, error_count FROM imports WHERE id = ?").get(s.importId)).toEqual({ outcome: "rejected", error_count: 8 });
  });

  it("reports unknown and missing columns on line 1", async () => {
    const s = await run(db, "trade_shares", bytes("id,year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,estimate,derived,mirror,headline,sourceId,colour\n"));
    expect(s.errors).toEqual([
      { line: 1, column: "colour", message: "Unknown column for trade_shares." },
      { line: 1, column: "basis", message: 'Missing column "basis".' },
    ]);
  });

  it("inserts new trade shares, then leaves them unchanged", async () => {
    const file = bytes("year,period,material,partner,share_pct,basis,estimate,derived,mirror,headline,source_id,month,half,low_pct,high_pct,bound,volume_tonnes,value_usd\n2016,annual,rare-earths,CHN,61.5,volume,1,1,0,0,8,,,,,,,\n");
    expect(await run(db, "trade_shares", file)).toMatchObject({ outcome: "accepted", inserted: 1 });
    expect(await run(db, "trade_shares", file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("a headline flag in the file: kept off beside a stored headline (gaps), moved with replace", async () => {
    // The seed's 2020 rare-earths headline is row 46 (58 %, source 11).
    const file = bytes(
      "year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId\n2020,annual,,,rare-earths,CHN,60,,,,,,volume,0,1,0,1,8\n",
    );
    const gaps = await run(db, "trade_shares", file, { dryRun: true });
    const preview = gaps.preview[0] as SharePreview;
    expect(preview).toMatchObject({ headline: false, existingHeadline: { id: 46, sharePct: 58, sourceId: 11 }, change: "insert" });
    expect(gaps.warnings).toEqual(['Line 2: rare-earths CHN 2020 keeps its headline (row 46, source 11); import with promote "replace" to move it.']);

    const replace = await run(db, "trade_shares", file, { promote: "replace" });
    expect((replace.preview[0] as SharePreview).headline).toBe(true);
    const flags = db.$client.prepare("SELECT id, headline FROM trade_shares WHERE material = 'rare-earths' AND partner = 'CHN' AND year = 2020 AND headline = 1").all();
    expect(flags).toHaveLength(1);
    expect(flags).not.toContainEqual({ id: 46, headline: 1 });
  });

  it("refuses two headlines for one material, partner and year in a file", async () => {
    const head = "year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId\n";
    const s = await run(db, "trade_shares", bytes(`${head}2016,annual,,,rare-earths,CHN,60,,,,,,volume,0,1,0,1,8\n2016,annual,,,rare-earths,CHN,61,,,,,,value,0,1,0,1,8\n`));
    expect(s.errors).toEqual([{ line: 3, column: "headline", message: "A second headline for this material, partner and year as line 2." }]);
  });

  it("incidents with the seed's headers: new rows are inserted with their materials, and matched on re-import", async () => {
    const file = fixture("synthetic-incidents-seed-headers.csv");
    const first = await run(db, "incidents", file);
    expect(first).toMatchObject({ outcome: "accepted", layout: "incidents-csv", inserted: 2 });
    const ids = first.preview.map((p) => (p as RecordPreview).id);
    expect(ids.every((id) => id === null)).toBe(true);
    const stored = db.$client.prepare("SELECT id, year, title FROM incidents WHERE title LIKE 'Synthetic:%' ORDER BY id").all() as { id: number; year: number }[];
    expect(stored.map((r) => r.year)).toEqual([2026, 2026]);
    const links = db.$client.prepare("SELECT material FROM incident_materials WHERE incident_id = ? ORDER BY material").all(stored[0].id);
    expect(links).toEqual([{ material: "gallium" }, { material: "rare-earths" }]);
    expect(await run(db, "incidents", file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it("incidents: bad dates, unknown materials and references are errors", async () => {
    const head = "id,date,datePrecision,title,category,actor,target,severity,materials,summary,sourceId,duplicateOf\n";
    const rows = [
      ",2026-02-30,day,A,other,,,1,,,4,", // line 2: no such day
      ",2026-02,day,B,other,,,1,,,4,", // line 3: precision does not match
      ",1985,year,C,other,,,1,,,4,", // line 4: out of range
      ",2026,year,D,other,,,6,neodymium,,4,99999", // line 5: severity, material, duplicate_of
    ];
    const s = await run(db, "incidents", bytes(head + rows.join("\n")));
    expect(s.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "date"],
      [3, "date"],
      [4, "date"],
      [5, "severity"],
    ]);
    // Schema errors stop a row before the reference checks; fix the severity to see them.
    const again = await run(db, "incidents", bytes(head + ",2026,year,D,other,,,3,neodymium,,4,99999"));
    expect(again.errors.map((e) => [e.column, e.message])).toEqual([
      ["materials", 'Unknown material "neodymium".'],
      ["duplicateOf", "Unknown id 99999."],
    ]);
  });

  it("projects with the export's headers, and the export's formula guard undone", async () => {
    const s = await run(db, "projects", fixture("synthetic-projects-export-headers.csv"));
    expect(s).toMatchObject({ outcome: "accepted", layout: "projects-csv", inserted: 1 });
    const row = db.$client.prepare("SELECT * FROM projects WHERE name = 'Synthetic test refinery'").get() as Record<string, unknown>;
    expect(row).toMatchObject({ countries: "AUS;MYS", type: "refining", status: "planned", investment_usd: 1000000, capacity_tonnes_per_year: 500, start_year: 2027 });

    const guarded = toCsv(PROJECT_COLUMNS, [
      { id: null, name: "=Synthetic formula-looking name", nameJa: null, countries: "JPN", partners: null, type: "recycling", status: null, materials: "", investmentUsd: null, capacityTonnesPerYear: null, startYear: null, summary: "", summaryJa: null, sourceId: 4, duplicateOf: null, japaneseParticipation: true, capacityKind: null, expansionOf: null },
    ]);
    expect(guarded).toContain(",'=Synthetic formula-looking name,");
    expect((await run(db, "projects", bytes(guarded))).inserted).toBe(1);
    expect(db.$client.prepare("SELECT count(*) AS n FROM projects WHERE name = '=Synthetic formula-looking name'").get()).toEqual({ n: 1 });
  });

  it("projects: a country that is not ISO alpha-3 is an error", async () => {
    // The 13 columns of an export made before projects had japaneseParticipation, capacityKind and expansionOf.
    const head = "id,name,countries,partners,type,status,materials,investmentUsd,capacityTonnesPerYear,startYear,summary,sourceId,duplicateOf";
    const s = await run(db, "projects", bytes(`${head}\n,X,Japan,,mining,,,,,,,4,\n`));
    expect(s.errors).toEqual([{ line: 2, column: "countries", message: "Not ISO 3166 alpha-3: Japan." }]);
  });
});
