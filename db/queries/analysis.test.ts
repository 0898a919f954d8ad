import { describe, expect, it } from "vitest";
import { getConcentration, getEventStudy } from "./analysis";

// Runs on a real, freshly seeded SQLite file (test/setup-database.ts).

describe("getEventStudy on the seeded rare-earths series", () => {
  const study = getEventStudy({ material: "rare-earths", from: 2008, to: 2026, window: 3 });

  it("studies each severity ≥ 3 escalation once and never a duplicate record", () => {
    const ids = study.rows.map((r) => r.incidentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const dup of [2, 5, 48, 51]) expect(ids).not.toContain(dup);
    expect(study.rows.every((r) => r.severity >= 3)).toBe(true);
    expect(study.rows.every((r) => ["export_control", "trade_retaliation", "diplomatic", "military", "legal"].includes(r.category))).toBe(true);
  });

  it("gives 2010's events 85.49% (2009) → 68.37% (2011), −17.12 pp, from MOF-based source 8", () => {
    const y2010 = study.rows.filter((r) => r.date.startsWith("2010"));
    expect(y2010.length).toBeGreaterThan(0);
    for (const r of y2010) {
      expect(r.before).toMatchObject({ year: 2009, sharePct: 85.49, sourceId: 8 });
      expect(r.after).toMatchObject({ year: 2011, sharePct: 68.37, sourceId: 8 });
      expect(r.deltaPp).toBe(-17.12);
    }
  });

  it("says there is no value after 2026's events instead of guessing, and passes over the 2025 range", () => {
    const y2026 = study.rows.filter((r) => r.date.startsWith("2026"));
    expect(y2026.length).toBeGreaterThan(0);
    for (const r of y2026) {
      expect(r.after).toBeNull();
      expect(r.deltaPp).toBeNull();
      expect(r.before).toMatchObject({ year: 2024, sharePct: 70 });
      expect(r.note).toContain("2025 is a range (60–70%), passed over");
    }
  });

  it("names the sources used and counts the rows with both sides (19 of 27; 2 bounded; median −10 pp)", () => {
    expect(study.sources.map((s) => s.id)).toContain(8);
    expect(study.rows).toHaveLength(27);
    expect(study.rowsWithData).toBe(19);
    expect(study.rowsBounded).toBe(2);
    expect(study.medianDeltaPp).toBe(-10);
  });

  it("marks 2023's change from the 2022 lower bound (> 66.7% → ~70%) as at most +3.3 pp, direction undetermined", () => {
    const y2023 = study.rows.filter((r) => r.date.startsWith("2023"));
    expect(y2023.map((r) => [r.deltaPp, r.deltaBound, r.direction])).toEqual([
      [3.3, "at_most", "undetermined"],
      [3.3, "at_most", "undetermined"],
    ]);
  });

  it("rejects nothing but finds nothing for a material without a China series in the window", () => {
    const g = getEventStudy({ material: "yttrium", from: 2008, to: 2026, window: 1 });
    expect(g.rows.length).toBeGreaterThan(0);
    expect(g.rows.filter((r) => r.deltaPp !== null)).toEqual([]);
    expect(g.rowsWithData).toBe(0);
    expect(g.medianDeltaPp).toBeNull();
  });
});

describe("getConcentration on the seeded rare-earths breakdowns", () => {
  const c = getConcentration({ material: "rare-earths", from: 2008, to: 2026 });

  it("finds the two years with a partner breakdown (2012 and 2018)", () => {
    expect(c.years.map((y) => y.year)).toEqual([2012, 2018]);
  });

  it("2018 (source 21): China 58% top, HHI 3781 over named partners, 7% unallocated, a lower bound", () => {
    const y = c.years.find((x) => x.year === 2018)!;
    expect(y.sourceId).toBe(21);
    expect(y.top).toEqual({ partner: "CHN", sharePct: 58 });
    expect(y.hhi).toBe(3781);
    expect(y.unallocatedPct).toBe(7);
    expect(y.hhiIsLowerBound).toBe(true);
  });

  it("2012 (source 19): China < 60% (upper bound) top, HHI 4063.02, named shares sum to 101%", () => {
    const y = c.years.find((x) => x.year === 2012)!;
    expect(y.sourceId).toBe(19);
    expect(y.top).toEqual({ partner: "CHN", sharePct: 60 });
    expect(y.hhi).toBe(4063.02);
    expect(y.namedPct).toBe(101);
    expect(y.unallocatedPct).toBe(0);
    expect(y.approximate).toBe(true);
  });
});
