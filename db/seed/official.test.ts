import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";

// The derived official rows as shipped in db/seed/official, held to the shared extracts and to
// hand-computed values (research/real/bilateral/SOURCE.md's worked examples among them).

const rows = readSeedCsv("official/trade_shares");
const find = (q: Record<string, string>) => rows.filter((r) => Object.entries(q).every(([k, v]) => r[k] === v));
const one = (q: Record<string, string>) => {
  const found = find(q);
  expect(found, JSON.stringify(q)).toHaveLength(1);
  return found[0];
};

describe("the official series derivation", () => {
  it("rerunning the script on the shared files writes the same bytes", () => {
    const out = execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/derive-bilateral.ts", "--check"], { encoding: "utf8" });
    expect(out).toContain("db/seed/official matches the derivation (14900 rows)");
  }, 60_000);

  it("permanent magnets: one BACI value share a year, 2002–2024, China the headline", () => {
    const china = find({ material: "permanent-magnets", importer: "JPN", partner: "CHN", headline: "1" });
    expect(china.map((r) => Number(r.year)).sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => 2002 + i));
    expect(china.every((r) => r.basis === "value" && r.hs_code === "850511")).toBe(true);
    const share = (year: string, partner = "CHN") => Number(one({ material: "permanent-magnets", importer: "JPN", partner, year, source_id: Number(year) <= 2016 ? "201" : "202" }).share_pct);
    // SOURCE.md: 88,423,310 ÷ 276,884,540 = 31.935% (2015).
    expect(share("2015")).toBe(31.94);
    expect(share("2022")).toBe(27.77);
    expect(share("2024")).toBe(27.58);
    expect(share("2024", "VNM")).toBe(27.91);
    expect(share("2024", "PHL")).toBe(32.38);
    expect(share("2012", "PHL")).toBe(61.57);
  });

  it("SOURCE.md: Japan's own declaration for 850511 in 2022, 27.31% by value and 36.89% by weight", () => {
    const declared = find({ material: "permanent-magnets", year: "2022", partner: "CHN", source_id: "203" });
    expect(declared.map((r) => [r.basis, r.share_pct, r.mirror])).toEqual([
      ["value", "27.31", "0"],
      ["volume", "36.89", "0"],
    ]);
  });

  it("SOURCE.md: Korea's 850511 imports in 2024, 87.4% from China (BACI)", () => {
    expect(one({ material: "permanent-magnets", importer: "KOR", partner: "CHN", year: "2024" }).share_pct).toBe("87.44");
    expect(Number(one({ material: "permanent-magnets", importer: "KOR", partner: "WLD", year: "2024" }).value_usd)).toBeGreaterThan(0);
  });

  it("the latest China shares of the new materials (BACI 2024)", () => {
    const latest = (material: string) => one({ material, importer: "JPN", partner: "CHN", year: "2024", source_id: "202" }).share_pct;
    expect(latest("tungsten")).toBe("99.63");
    expect(latest("magnesium")).toBe("98.01");
    expect(latest("minor-metals")).toBe("19.16");
    expect(latest("lithium-carbonate")).toBe("16.4");
    expect(latest("antimony")).toBe("28.11");
  });

  it("gaps stay gaps and missing is not zero", () => {
    // The 811292 group has 93 of 96 months in China's monthly extract: no row for the other three.
    expect(find({ material: "minor-metals", period: "monthly" })).toHaveLength(93);
    // Japan's 2022 World weight for 811010 is 0 with unit −1: there is no weight share.
    expect(find({ material: "antimony", year: "2022", source_id: "203", basis: "volume" })).toHaveLength(0);
    // Values-only years carry no share; no row divides by a truncated sum.
    const valueOnly = find({ material: "tungsten", year: "2010", partner: "CHN" });
    expect(valueOnly.map((r) => [r.share_pct, r.headline])).toEqual([["", "0"]]);
    // No world row carries a share; no monthly row is a headline.
    expect(rows.filter((r) => r.partner === "WLD" && r.share_pct !== "")).toEqual([]);
    expect(rows.filter((r) => r.period === "monthly" && r.headline === "1")).toEqual([]);
  });

  it("graphite keeps its press headline series; Taiwan is Other Asia, n.e.s. (XOA), never TWN", () => {
    expect(find({ material: "graphite", importer: "JPN", headline: "1" })).toEqual([]);
    expect(rows.some((r) => r.importer === "TWN" || r.partner === "TWN" || r.importer === "S19")).toBe(false);
    expect(find({ material: "permanent-magnets", importer: "XOA", partner: "CHN", year: "2024" })).toHaveLength(1);
  });
});
