import { describe, expect, it } from "vitest";
import { monthlyRows } from "@/lib/monthly";
import { readSeedCsv } from "@/test/seed-csv";
import { getMonthlySeries } from "./monthly";

// test/setup-database.ts points DATABASE_PATH at a fresh, seeded temporary file before these imports run.

const monthlySeed = readSeedCsv("official/trade_shares").filter((r) => r.period === "monthly" && r.importer === "JPN" && r.partner === "CHN");
const seedIncidents = readSeedCsv("incidents");

const valueOf = (s: ReturnType<typeof getMonthlySeries>, hs: string, year: number, month: number) =>
  s.series.find((x) => x.hsCode === hs)?.points.find((p) => p.year === year && p.month === month)?.valueUsd;

describe("getMonthlySeries", () => {
  const graphite = getMonthlySeries({ material: "graphite" });

  it("gives graphite's two codes with November 2023's surge and December 2023's collapse of natural graphite", () => {
    expect(graphite.series.map((s) => [s.hsCode, s.label])).toEqual([
      ["250410", "Natural graphite, powder or flakes (HS 250410)"],
      ["380110", "Artificial graphite (HS 380110)"],
    ]);
    expect(valueOf(graphite, "250410", 2023, 11)).toBe(12245802);
    expect(valueOf(graphite, "250410", 2023, 12)).toBe(7003);
    expect(valueOf(graphite, "380110", 2023, 12)).toBe(3415399);
    expect([graphite.first, graphite.last]).toEqual(["2017-01", "2024-12"]);
  });

  it("holds exactly the seed's monthly rows of each code, all citing the monthly mirror source", () => {
    for (const s of graphite.series) {
      const seed = monthlySeed.filter((r) => r.hs_code === s.hsCode);
      expect(s.points).toHaveLength(seed.length);
      expect(s.points.reduce((n, p) => n + p.valueUsd, 0)).toBe(seed.reduce((n, r) => n + Number(r.value_usd), 0));
      expect(new Set(s.points.map((p) => p.sourceId))).toEqual(new Set([207]));
    }
    expect(graphite.sources.map((s) => s.id)).toContain(207);
  });

  it("places the graphite controls' announcement and entry into force, each with its source", () => {
    const ids = graphite.events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([23, 67]));
    expect(graphite.events.find((e) => e.id === 67)?.date).toBe("2023-12-01");
    // Only escalation events (the US–Japan agreement of March 2023 lists graphite but is not one).
    expect(ids).not.toContain(20);
    expect(graphite.sources.map((s) => s.id)).toEqual(expect.arrayContaining([62, 133]));
    for (const e of graphite.events) expect(e.date >= "2017-01" && e.date.slice(0, 7) <= "2024-12").toBe(true);
  });

  it("leaves the three missing months of 811292 as gaps, not zeros", () => {
    const minor = getMonthlySeries({ material: "minor-metals" });
    const [group] = minor.series;
    expect(group.hsCode).toBe("811292");
    expect(group.points).toHaveLength(93);
    const rows = monthlyRows(minor);
    expect(rows).toHaveLength(96);
    const gaps = rows.filter((r) => r["811292"] === null).map((r) => r.month);
    expect(gaps).toEqual(["2023-02", "2023-09", "2024-04"]);
    expect(rows.some((r) => r["811292"] === 0)).toBe(false);
    expect(minor.scopeNote).toBeNull();
  });

  it("shows gallium the 811292 group, labelled as the whole group, with the July and August 2023 events", () => {
    const gallium = getMonthlySeries({ material: "gallium" });
    expect(gallium.series.map((s) => s.hsCode)).toEqual(["811292"]);
    expect(gallium.series[0].material).toBe("minor-metals");
    expect(gallium.scopeNote).toMatch(/whole HS 811292 group/);
    const ids = gallium.events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([21, 66, 26]));
    // The minor-metals group shows the events that name gallium or germanium (the seed never tagged them minor-metals).
    const tagged = seedIncidents.filter((r) => r.materials.split(";").some((m) => ["gallium", "germanium", "minor-metals"].includes(m)) && r.date >= "2017" && r.date < "2025");
    expect(getMonthlySeries({ material: "minor-metals" }).events.map((e) => e.id)).toEqual(expect.arrayContaining(tagged.map((r) => Number(r.id))));
  });

  it("gives a material without monthly codes no series and no events", () => {
    const ree = getMonthlySeries({ material: "rare-earths" });
    expect(ree).toMatchObject({ series: [], events: [], first: null, last: null, sources: [] });
  });
});
