import { describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";
import { getDependenceSeries, getHeadlineFigures } from "./dependence";
import { listIncidents } from "./incidents";
import { listTradeShares } from "./trade-shares";

// test/setup-database.ts points DATABASE_PATH at a fresh, seeded temporary file before these imports run.

const seedIncidents = readSeedCsv("incidents");
const seedShares = readSeedCsv("trade_shares");

/** Primary incidents in [from, to] that list the material or no material (= all materials), from the CSV. */
function expectedEventIds(material: string, from: number, to: number, categories: string[] = []): number[] {
  return seedIncidents
    .filter((r) => {
      const year = Number(r.date.slice(0, 4));
      const mats = r.materials.split(";").filter(Boolean);
      return (
        year >= from &&
        year <= to &&
        r.duplicate_of === "" &&
        (mats.length === 0 || mats.includes(material)) &&
        (categories.length === 0 || categories.includes(r.category))
      );
    })
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe("getDependenceSeries", () => {
  const series = getDependenceSeries({ material: "rare-earths", from: 2005, to: 2026, categories: [] });
  const PARTNERS_DRAWN = ["EST", "FRA", "KOR", "MYS", "VNM"];
  const headlines = series.points.filter((p) => p.headline);

  it("draws the sourced headline value for each year and leaves gaps empty", () => {
    const byYear = Object.fromEntries(headlines.filter((p) => p.sharePct !== null).map((p) => [p.year, p.sharePct]));
    expect(byYear).toEqual({
      2008: 92,
      2009: 85.49,
      2010: 81.61,
      2011: 68.37,
      2012: 58,
      2014: 59.64,
      2018: 58,
      2020: 58,
      2022: 66.7,
      2023: 73.1,
      2024: 70,
      2026: 60,
    });
    expect(headlines.map((p) => p.year)).toEqual([2008, 2009, 2010, 2011, 2012, 2014, 2018, 2020, 2022, 2023, 2024, 2025, 2026]);
  });

  it("keeps one headline per year", () => {
    const years = headlines.map((p) => p.year);
    expect(new Set(years).size).toBe(years.length);
  });

  it("marks 2010 as a reported value and 2022 as a lower bound", () => {
    expect(headlines.find((p) => p.year === 2010)).toMatchObject({ sharePct: 81.61, estimate: false, bound: null, basis: "volume", period: "annual" });
    expect(headlines.find((p) => p.year === 2022)).toMatchObject({ sharePct: 66.7, bound: "lower", estimate: true });
    expect(headlines.find((p) => p.year === 2023)).toMatchObject({ sharePct: 73.1, derived: true, period: "half_year", half: "H1" });
  });

  it("stores 2025 as a 60–70% range without a midpoint", () => {
    expect(headlines.find((p) => p.year === 2025)).toMatchObject({ period: "range", sharePct: null, low: 60, high: 70, estimate: true });
  });

  it("keeps the disagreeing observations alongside the headline", () => {
    const y2010 = series.points.filter((p) => p.year === 2010);
    // 81.61 (MOF), 82 (Reuters), two 90% point-in-time roundings and three monthly shares; volume-only rows are not points.
    expect(sorted(y2010.map((p) => p.id))).toEqual([12, 13, 16, 18, 19, 20, 21]);
    const expectedCount = seedShares.filter(
      (r) => r.material === "rare-earths" && r.partner === "CHN" && (r.share_pct !== "" || r.low_pct !== ""),
    ).length;
    expect(series.points).toHaveLength(expectedCount);
  });

  it("has China as the partner of every point and others only in partners", () => {
    expect(series.points.length).toBeGreaterThan(0);
    for (const p of series.points) expect(p.partner).toBe("CHN");
    // The seeded rare-earths series names these other partners (2012 and 2018 breakdowns, among others).
    expect([...new Set(series.partners.map((p) => p.partner))].sort()).toEqual(PARTNERS_DRAWN);
    for (const p of series.partners) expect(["CHN", "WLD"]).not.toContain(p.partner);
  });

  it("includes the source of every point, partner point and event", () => {
    const ids = new Set(series.sources.map((s) => s.id));
    for (const r of [...series.points, ...series.partners, ...series.events]) expect(ids.has(r.sourceId), `source ${r.sourceId}`).toBe(true);
    expect(ids.has(8)).toBe(true);
  });

  it("draws each event once: no duplicate records", () => {
    const ids = series.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const dup of [2, 5, 48, 51]) expect(ids).not.toContain(dup);
  });

  it("returns exactly the events in range that touch the material or all materials", () => {
    expect(sorted(series.events.map((e) => e.id))).toEqual(expectedEventIds("rare-earths", 2005, 2026));
    for (const e of series.events) {
      const year = Number(e.date.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(2005);
      expect(year).toBeLessThanOrEqual(2026);
    }
    // Gallium-only and graphite-only events are not rare-earth events.
    expect(series.events.map((e) => e.id)).not.toContain(21);
    expect(series.events.map((e) => e.id)).not.toContain(23);
  });

  it("limits events to a one-year range", () => {
    const only2010 = getDependenceSeries({ material: "rare-earths", from: 2010, to: 2010, categories: [] });
    expect(sorted(only2010.events.map((e) => e.id))).toEqual([1, 3, 4, 6, 7, 8]);
    expect(only2010.points.every((p) => p.year === 2010)).toBe(true);
    const none = getDependenceSeries({ material: "rare-earths", from: 2016, to: 2016, categories: [] });
    expect(none.events).toEqual([]);
    expect(none.points).toEqual([]);
  });

  it("filters events by category", () => {
    const res = getDependenceSeries({ material: "rare-earths", from: 2005, to: 2026, categories: ["export_control"] });
    expect(sorted(res.events.map((e) => e.id))).toEqual(expectedEventIds("rare-earths", 2005, 2026, ["export_control"]));
    expect(res.events.every((e) => e.category === "export_control")).toBe(true);
  });

  it("answers an unknown material with empty series rather than an error", () => {
    const res = getDependenceSeries({ material: "no-such-material", from: 2008, to: 2026, categories: [] });
    expect(res.points).toEqual([]);
  });
});

describe("getHeadlineFigures", () => {
  const figures = getHeadlineFigures({ material: "rare-earths", from: 2008, to: 2026 });

  it("reports the latest headline year with its source", () => {
    expect(figures.latest).toMatchObject({ year: 2026, sharePct: 60, estimate: true });
    expect(figures.latest?.source.id).toBe(33);
  });

  it("measures the change since 2010 from 81.61%", () => {
    expect(figures.changeSince2010).toEqual({ fromPct: 81.61, toPct: 60, toYear: 2026, deltaPp: -21.61, estimate: true });
  });

  it("counts escalation events in range, each once", () => {
    const escalation = ["export_control", "trade_retaliation", "diplomatic", "military", "legal"];
    expect(figures.escalationEvents).toBe(expectedEventIds("rare-earths", 2008, 2026, escalation).length);
  });

  it("follows the selected range", () => {
    const early = getHeadlineFigures({ material: "rare-earths", from: 2008, to: 2012 });
    expect(early.latest).toMatchObject({ year: 2012, sharePct: 58 });
    expect(early.changeSince2010).toMatchObject({ fromPct: 81.61, toPct: 58, toYear: 2012, deltaPp: -23.61 });
  });
});

describe("listTradeShares", () => {
  it("filters by partner", () => {
    const rows = listTradeShares({ materials: ["rare-earths"], from: 2008, to: 2026, partner: "MYS" });
    const expected = seedShares.filter((r) => r.material === "rare-earths" && r.partner === "MYS" && +r.year >= 2008 && +r.year <= 2026);
    expect(rows.length).toBeGreaterThan(0);
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected.map((r) => Number(r.id))));
    expect(rows.every((r) => r.partner === "MYS" && r.material === "rare-earths")).toBe(true);
  });

  it("returns every partner, world total included, without a partner filter", () => {
    const rows = listTradeShares({ materials: ["rare-earths"], from: 1990, to: 2035, partner: null });
    expect(rows).toHaveLength(seedShares.filter((r) => r.material === "rare-earths").length);
    expect(new Set(rows.map((r) => r.partner))).toEqual(new Set(["CHN", "EST", "FRA", "KOR", "MYS", "USA", "VNM", "WLD"]));
  });

  it("filters by several materials and years", () => {
    const rows = listTradeShares({ materials: ["gallium", "germanium"], from: 1990, to: 2035, partner: "CHN" });
    const expected = seedShares.filter((r) => ["gallium", "germanium"].includes(r.material) && r.partner === "CHN");
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected.map((r) => Number(r.id))));
    const y2010 = listTradeShares({ materials: ["rare-earths"], from: 2010, to: 2010, partner: "CHN" });
    expect(y2010.find((r) => r.headline)).toMatchObject({ id: 12, sharePct: 81.61, estimate: false, mirror: false });
    expect(y2010.every((r) => r.year === 2010)).toBe(true);
  });
});

describe("listIncidents", () => {
  it("filters by category", () => {
    const rows = listIncidents({ materials: ["rare-earths"], from: 2008, to: 2026, categories: ["legal", "agreement"] });
    expect(sorted(rows.map((r) => r.id))).toEqual(expectedEventIds("rare-earths", 2008, 2026, ["legal", "agreement"]));
    expect(rows.every((r) => r.category === "legal" || r.category === "agreement")).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([9, 15, 16]));
  });

  it("returns materials with each incident and leaves duplicates out unless asked", () => {
    const rows = listIncidents({ materials: ["rare-earths"], from: 2010, to: 2010, categories: [] });
    expect(sorted(rows.map((r) => r.id))).toEqual([1, 3, 4, 6, 7, 8]);
    expect(rows.find((r) => r.id === 3)?.materials).toEqual([]);
    expect(rows.find((r) => r.id === 4)?.materials).toEqual(["rare-earths"]);
    const all = listIncidents({ materials: ["rare-earths"], from: 2010, to: 2010, categories: [], includeDuplicates: true });
    expect(sorted(all.map((r) => r.id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(all.find((r) => r.id === 5)?.duplicateOf).toBe(4);
  });

  it("finds material-specific incidents", () => {
    const rows = listIncidents({ materials: ["gallium"], from: 2023, to: 2023, categories: ["export_control"] });
    expect(rows.map((r) => r.id)).toEqual([21, 66]);
  });
});

describe("the importer dimension", () => {
  it("Japan is the default: the rare-earth line and Japan's partners hold no peer's rows", () => {
    const japan = getDependenceSeries({ material: "permanent-magnets", from: 2002, to: 2025, categories: [] });
    expect(japan.importer).toBe("JPN");
    const line = japan.points.filter((p) => p.headline && p.sharePct !== null).map((p) => [p.year, p.sharePct]);
    expect(line).toHaveLength(23);
    expect(line.find(([y]) => y === 2015)).toEqual([2015, 31.94]);
    expect(line.find(([y]) => y === 2024)).toEqual([2024, 27.58]);
    // The five partners with the largest shares in BACI's flows into Japan.
    expect([...new Set(japan.partners.map((p) => p.partner))].sort()).toEqual(["IDN", "MYS", "PHL", "THA", "VNM"]);
    expect(japan.partners.find((p) => p.partner === "VNM" && p.year === 2024)?.sharePct).toBe(27.91);
    // Values for the value view: BACI's China→Japan value each year (and Comtrade's and the mirror's in 2022 and 2024).
    const baci = japan.values.filter((v) => v.sourceId === 201 || v.sourceId === 202);
    expect(baci).toHaveLength(23);
    expect(baci.find((v) => v.year === 2024)?.valueUsd).toBe(156_879_570);
  });

  it("another importer's series is China's share of its imports (BACI), and only that", () => {
    const korea = getDependenceSeries({ material: "permanent-magnets", from: 2002, to: 2025, categories: [], importer: "KOR" });
    expect(korea.points.map((p) => [p.year, p.sharePct, p.sourceId])).toEqual([
      [2022, 87.27, 202],
      [2024, 87.44, 202],
    ]);
    expect(korea.partners).toEqual([]);
    expect(listTradeShares({ materials: ["tungsten"], from: 2024, to: 2024, partner: null, importer: "KOR" }).map((r) => [r.partner, r.sharePct])).toEqual([
      ["CHN", expect.any(Number)],
      ["WLD", null],
    ]);
    // Null lists every importer (the all-data export).
    const all = listTradeShares({ materials: ["tungsten"], from: 2024, to: 2024, partner: "CHN", importer: null });
    expect(new Set(all.map((r) => r.importer)).size).toBeGreaterThan(50);
  });

  it("the headline figures stay Japan's, and the latest share skips a later level-only headline", () => {
    const figures = getHeadlineFigures({ material: "permanent-magnets", from: 2008, to: 2026 });
    expect(figures.latest).toMatchObject({ year: 2024, sharePct: 27.58 });
    expect(figures.changeSince2010).toMatchObject({ fromPct: 31.86, toPct: 27.58, toYear: 2024, deltaPp: -4.28 });
    expect(getHeadlineFigures({ material: "rare-earths", from: 2008, to: 2026 }).changeSince2010?.fromPct).toBe(81.61);
  });
});
