import { describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";
import { getPeers } from "./peers";

// On a fresh, seeded SQLite file (test/setup-database.ts); expectations read from the seed CSV.

const official = readSeedCsv("official/trade_shares");
const baciChina = (material: string, year: number) =>
  official.filter((r) => r.material === material && r.year === String(year) && r.partner === "CHN" && ["201", "202"].includes(r.source_id) && r.basis === "value" && r.mirror === "0");

describe("getPeers: China's BACI share of every importer's imports", () => {
  const y2024 = getPeers({ material: "permanent-magnets", year: 2024 });
  const y2022 = getPeers({ material: "permanent-magnets", year: 2022 });
  const row = (d: typeof y2024, importer: string) => d.rows.find((r) => r.importer === importer);

  it("gives Korea 87.44% and Japan 27.58% of magnets in 2024, with the WLD totals and source 202", () => {
    expect(row(y2024, "KOR")).toEqual({ importer: "KOR", chinaSharePct: 87.44, importsUsd: 307481113, sourceId: 202, chinaUsd: 268850565, hsCode: "850511" });
    expect(row(y2024, "JPN")).toMatchObject({ chinaSharePct: 27.58, importsUsd: 568756873, sourceId: 202, chinaUsd: 156879570 });
    expect(y2024.sources.map((s) => s.id)).toEqual([202]);
    expect(y2024.hsCodes).toEqual(["850511"]);
    expect(y2024.reason).toBeNull();
  });

  it("gives Korea 87.27% and Japan 27.77% in 2022", () => {
    expect(row(y2022, "KOR")?.chinaSharePct).toBe(87.27);
    expect(row(y2022, "JPN")?.chinaSharePct).toBe(27.77);
  });

  it("lists every importer of the seed once, sorted by share, highest first", () => {
    const expected = baciChina("permanent-magnets", 2024);
    expect(y2024.rows).toHaveLength(expected.length);
    expect(new Set(y2024.rows.map((r) => r.importer)).size).toBe(expected.length);
    const shares = y2024.rows.map((r) => r.chinaSharePct);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // Taiwan is stored as BACI's Other Asia, n.e.s.
    expect(row(y2024, "XOA")?.chinaSharePct).toBe(88.01);
    expect(row(y2024, "TWN")).toBeUndefined();
  });

  it("answers the latest year with peer data when none is asked, and lists the years", () => {
    const latest = getPeers({ material: "permanent-magnets", year: null });
    expect(latest.year).toBe(2024);
    expect(latest.years).toEqual([2022, 2024]);
    expect(row(latest, "KOR")?.chinaSharePct).toBe(87.44);
  });

  it("takes graphite's BACI share for Japan (95.42% in 2024, HS 250490) though its headline is another series", () => {
    const g = getPeers({ material: "graphite", year: 2024 });
    expect(row(g, "JPN")).toMatchObject({ chinaSharePct: 95.42, importsUsd: 8254356, hsCode: "250490" });
    expect(row(g, "KOR")?.chinaSharePct).toBe(94.55);
  });

  it("leaves an importer without a BACI row out rather than drawing it as 0 (platinum 2022: Japan absent, Korea 0.01%)", () => {
    const pt = getPeers({ material: "platinum", year: 2022 });
    expect(row(pt, "JPN")).toBeUndefined();
    expect(row(pt, "KOR")?.chinaSharePct).toBe(0.01);
    expect(pt.rows).toHaveLength(baciChina("platinum", 2022).length);
  });

  it("says why there are no rows: no BACI code for rare earths, no extract for 2023", () => {
    const ree = getPeers({ material: "rare-earths", year: null });
    expect(ree).toMatchObject({ year: null, years: [], rows: [], sources: [] });
    expect(ree.reason).toMatch(/^No peer data: CEPII BACI is stored for 30 HS6 codes .*Rare earths \(all\) \(HS 280530, 284610, 284690\) is none of them\.$/);
    const y2023 = getPeers({ material: "permanent-magnets", year: 2023 });
    expect(y2023.rows).toEqual([]);
    expect(y2023.reason).toBe("No peer data for 2023: CEPII BACI's complete extracts give every importer's imports of Permanent magnets in 2022 and 2024 only.");
  });
});
