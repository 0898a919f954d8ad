import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";
import { openDatabase, type Db } from "../index";
import { seedDatabase } from "./load";

const TABLES = ["sources", "materials", "trade_shares", "incidents", "projects"] as const;

let dir: string;
let db: Db;
let firstRun: ReturnType<typeof seedDatabase>;

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const dump = (table: string) => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-seed-test-"));
  db = openDatabase(path.join(dir, "seed.db"));
  firstRun = seedDatabase(db);
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seedDatabase", () => {
  it("inserts exactly the rows of the seed CSV files", () => {
    const official = { sources: readSeedCsv("official/sources").length, trade_shares: readSeedCsv("official/trade_shares").length };
    const handWritten = Object.fromEntries(TABLES.map((t) => [t, readSeedCsv(t).length]));
    // The CSVs as shipped; a change to the seed should update these lines on purpose.
    expect(handWritten).toEqual({ sources: 133, materials: 41, trade_shares: 87, incidents: 67, projects: 45 });
    expect(official).toEqual({ sources: 7, trade_shares: 14900 });
    const expected: Record<string, number> = { ...handWritten, sources: handWritten.sources + official.sources, trade_shares: handWritten.trade_shares + official.trade_shares };
    expect(firstRun).toEqual({
      sources: expected.sources,
      materials: expected.materials,
      tradeShares: expected.trade_shares,
      incidents: expected.incidents,
      projects: expected.projects,
      // New rows come with their Japanese texts: none is filled in afterwards.
      japaneseTexts: 0,
    });
    for (const t of TABLES) expect(count(t), t).toBe(expected[t]);
  });

  it("stores every material listed by incidents and projects", () => {
    const pairs = (rows: Record<string, string>[]) => rows.reduce((n, r) => n + r.materials.split(";").filter(Boolean).length, 0);
    expect(count("incident_materials")).toBe(pairs(readSeedCsv("incidents")));
    expect(count("project_materials")).toBe(pairs(readSeedCsv("projects")));
  });

  it("inserts nothing and changes nothing when run again", () => {
    const tables = [...TABLES, "incident_materials", "project_materials"];
    const before = Object.fromEntries(tables.map((t) => [t, dump(t)]));
    expect(seedDatabase(db)).toEqual({ sources: 0, materials: 0, tradeShares: 0, incidents: 0, projects: 0, japaneseTexts: 0 });
    for (const t of tables) expect(dump(t), t).toEqual(before[t]);
  });

  it("cites an existing source for every trade share, incident and project", () => {
    for (const t of ["trade_shares", "incidents", "projects"]) {
      const orphans = db.$client
        .prepare(`SELECT t.id FROM ${t} t LEFT JOIN sources s ON s.id = t.source_id WHERE s.id IS NULL`)
        .all();
      expect(orphans, t).toEqual([]);
      expect((db.$client.prepare(`SELECT count(*) AS n FROM ${t} WHERE source_id IS NULL`).get() as { n: number }).n).toBe(0);
    }
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("has at most one headline per importer, material, partner and year", () => {
    const dupes = db.$client
      .prepare("SELECT importer, material, partner, year, count(*) AS n FROM trade_shares WHERE headline = 1 GROUP BY 1, 2, 3, 4 HAVING n > 1")
      .all();
    expect(dupes).toEqual([]);
  });
});

describe("schema constraints", () => {
  const insert = (values: Record<string, unknown>) => {
    const row = {
      year: 2010,
      period: "point_in_time",
      material: "rare-earths",
      partner: "CHN",
      share_pct: 50,
      basis: "unspecified",
      estimate: 1,
      headline: 0,
      source_id: 1,
      ...values,
    };
    const cols = Object.keys(row);
    return db.$client
      .prepare(`INSERT INTO trade_shares (${cols.join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`)
      .run(row);
  };

  // Each attempt runs in a transaction that is rolled back, so the seeded data stays as loaded.
  const attempt = (values: Record<string, unknown>) => {
    const tx = db.$client.transaction(() => {
      insert(values);
      throw new RolledBack();
    });
    try {
      tx();
    } catch (e) {
      if (e instanceof RolledBack) return;
      throw e;
    }
  };
  class RolledBack extends Error {}

  it("accepts a valid non-headline observation (control for the cases below)", () => {
    expect(() => attempt({})).not.toThrow();
  });

  it("rejects a second headline for rare-earths / CHN / 2010", () => {
    expect(() => attempt({ headline: 1 })).toThrow(/UNIQUE constraint failed/);
  });

  it("rejects a share above 100%", () => {
    expect(() => attempt({ share_pct: 120 })).toThrow(/CHECK constraint failed: trade_shares_share_check/);
  });

  it("rejects a source that does not exist", () => {
    expect(() => attempt({ source_id: 999_999 })).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describe("seeded rare-earths / CHN headline series", () => {
  type Row = { year: number; share_pct: number | null; low_pct: number | null; high_pct: number | null; bound: string | null; estimate: number; period: string };
  const headline = (year: number) =>
    db.$client
      .prepare("SELECT * FROM trade_shares WHERE material = 'rare-earths' AND partner = 'CHN' AND headline = 1 AND year = ?")
      .all(year) as Row[];

  it("draws 81.61% for 2010, not an estimate", () => {
    const rows = headline(2010);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ share_pct: 81.61, estimate: 0, bound: null, period: "annual" });
  });

  it("stores 2025 as a 60–70% range with no midpoint", () => {
    const rows = headline(2025);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ share_pct: null, low_pct: 60, high_pct: 70, period: "range" });
  });

  it("leaves years without a source as gaps", () => {
    for (const year of [2013, 2015, 2016, 2017, 2019, 2021]) expect(headline(year), String(year)).toEqual([]);
  });
});
