import { describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";
import { sortMaterials } from "@/lib/materials-summary";
import { getMaterialsSummary } from "./materials-summary";

// test/setup-database.ts points DATABASE_PATH at a fresh, seeded temporary file before these imports run.

const seedMaterials = readSeedCsv("materials");
// The original seed has no importer column: every row there is about Japan.
const seedShares = [...readSeedCsv("trade_shares"), ...readSeedCsv("official/trade_shares")].map((r): Record<string, string> => ({ ...r, importer: r.importer || "JPN" }));
const chinaToJapan = seedShares.filter((r) => r.importer === "JPN" && r.partner === "CHN");
const hasShare = (r: Record<string, string>) => r.share_pct !== "" || r.low_pct !== "";

/** China's latest headline share of Japan's imports per material, from the CSVs. */
function expectedLatest(slug: string) {
  const rows = chinaToJapan.filter((r) => r.material === slug && r.headline === "1" && hasShare(r)).sort((a, b) => Number(a.year) - Number(b.year));
  return rows.at(-1);
}

describe("getMaterialsSummary", () => {
  const summary = getMaterialsSummary();
  const row = (slug: string) => summary.rows.find((r) => r.slug === slug)!;

  it("lists every material once", () => {
    expect(summary.rows.map((r) => r.slug).sort()).toEqual(seedMaterials.map((m) => m.slug).sort());
    expect(summary.rows).toHaveLength(41);
  });

  it("gives each material China's latest headline share of Japan's imports, as the seed has it", () => {
    for (const m of seedMaterials) {
      const want = expectedLatest(m.slug);
      const got = row(m.slug).latest;
      if (!want) {
        expect(got, m.slug).toBeNull();
        continue;
      }
      expect(got, m.slug).toMatchObject({
        year: Number(want.year),
        period: want.period,
        sharePct: want.share_pct === "" ? null : Number(want.share_pct),
        low: want.low_pct === "" ? null : Number(want.low_pct),
        high: want.high_pct === "" ? null : Number(want.high_pct),
        basis: want.basis,
        hsCode: want.hs_code || null,
        sourceId: Number(want.source_id),
        estimate: want.estimate === "1",
        mirror: want.mirror === "1",
      });
    }
  });

  it("reads the headline figures a briefing opens with", () => {
    expect(row("tungsten").latest).toMatchObject({ year: 2024, sharePct: 99.63, basis: "value", hsCode: "810194", sourceId: 202 });
    expect(row("magnesium").latest).toMatchObject({ year: 2024, sharePct: 98.01 });
    // The 2025 headline row is a volume only (no share), so the latest share is 2024's.
    expect(row("permanent-magnets").latest).toMatchObject({ year: 2024, sharePct: 27.58 });
    expect(row("rare-earths").latest).toMatchObject({ year: 2026, period: "point_in_time", sharePct: 60, estimate: true, hsCode: null });
    expect(row("antimony").latest).toMatchObject({ year: 2024, sharePct: 28.11, hsCode: "811010" });
    // A share of 0 is a share (BACI records no flow from China), not a missing value.
    expect(row("palladium").latest).toMatchObject({ year: 2024, sharePct: 0 });
  });

  it("keeps the trend's gaps as gaps", () => {
    const re = row("rare-earths").trend;
    const years = re.map((p) => p.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(years).not.toContain(2013);
    // The 2025 range stays a range, with no midpoint.
    expect(re.find((p) => p.year === 2025)).toMatchObject({ period: "range", sharePct: null, low: 60, high: 70 });
    const magnets = row("permanent-magnets").trend;
    expect(magnets).toHaveLength(23);
    expect(magnets.find((p) => p.year === 2015)?.sharePct).toBe(31.94);
  });

  it("says why a material has no share instead of a 0", () => {
    expect(row("dysprosium")).toMatchObject({ latest: null, noShare: "no_china_rows", trend: [] });
    expect(row("gallium")).toMatchObject({ latest: null, noShare: "values_only" });
    // Hafnium is not in the BACI extracts: Japan's own declaration (Comtrade, HS 811231) is its headline.
    expect(row("hafnium")).toMatchObject({ latest: { year: 2024, sharePct: 25.66, sourceId: 204, hsCode: "811231" }, noShare: null });
    expect(row("cerium")).toMatchObject({ latest: null, noShare: "outside_headline" });
    const without = seedMaterials.filter((m) => !expectedLatest(m.slug)).map((m) => m.slug).sort();
    expect(summary.rows.filter((r) => r.latest === null).map((r) => r.slug).sort()).toEqual(without);
  });

  it("names the source of every latest share", () => {
    const ids = new Set(summary.sources.map((s) => s.id));
    for (const r of summary.rows) if (r.latest) expect(ids.has(r.latest.sourceId), r.slug).toBe(true);
  });

  it("ranks by share with the gaps last", () => {
    const ranked = sortMaterials(summary.rows, "share", "desc");
    expect(ranked.slice(0, 2).map((r) => r.slug)).toEqual(["heavy-rare-earths", "tungsten"]);
    expect(ranked.slice(-6).every((r) => r.latest === null)).toBe(true);
  });
});
