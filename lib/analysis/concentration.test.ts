import { describe, expect, it } from "vitest";
import { concentration, type PartnerShare } from "./concentration";

const row = (year: number, partner: string, sharePct: number | null, sourceId: number, extra: Partial<PartnerShare> = {}): PartnerShare => ({
  year,
  period: "annual",
  month: null,
  half: null,
  partner,
  sharePct,
  bound: null,
  estimate: false,
  headline: false,
  sourceId,
  ...extra,
});

describe("concentration", () => {
  it("computes top-1 and HHI over the named partners, with the rest unallocated (2018: 58² + 14² + 11² + 10² = 3781)", () => {
    const [y] = concentration([row(2018, "CHN", 58, 21, { headline: true }), row(2018, "VNM", 14, 21), row(2018, "FRA", 11, 21), row(2018, "MYS", 10, 21)]);
    expect(y.top).toEqual({ partner: "CHN", sharePct: 58 });
    expect(y.hhi).toBe(3781);
    expect(y.namedPct).toBe(93);
    expect(y.unallocatedPct).toBe(7);
    expect(y.hhiIsLowerBound).toBe(true);
    expect(y.partners.map((p) => p.partner)).toEqual(["CHN", "VNM", "FRA", "MYS"]);
  });

  it("is exact when the named partners cover 100%", () => {
    const [y] = concentration([row(2020, "CHN", 50, 1), row(2020, "VNM", 30, 1), row(2020, "FRA", 20, 1)]);
    expect(y.hhi).toBe(3800);
    expect(y.unallocatedPct).toBe(0);
    expect(y.hhiIsLowerBound).toBe(false);
  });

  it("never counts the world total, missing values or a lone partner as a breakdown", () => {
    expect(concentration([row(2010, "CHN", 81.61, 8), row(2010, "WLD", null, 8), row(2010, "MYS", null, 8)])).toEqual([]);
  });

  it("uses one source's breakdown per year, never a mix of sources", () => {
    const years = concentration([
      row(2012, "CHN", 58, 17, { headline: true }),
      row(2012, "CHN", 60, 19, { bound: "upper", estimate: true }),
      row(2012, "FRA", 17, 19),
      row(2012, "VNM", 9.9, 19),
      row(2012, "VNM", 12, 17),
    ]);
    expect(years).toHaveLength(1);
    expect(years[0].sourceId).toBe(19);
    // 60² + 17² + 9.9² = 3600 + 289 + 98.01
    expect(years[0].hhi).toBe(3987.01);
    expect(years[0].approximate).toBe(true);
    expect(years[0].notes).toContain("CHN is an upper bound (<60%)");
    expect(years[0].notes.some((n) => n.startsWith("2 sources give a breakdown"))).toBe(true);
  });

  it("flags named shares that sum past 100% and floors the unallocated share at 0", () => {
    const [y] = concentration([row(2012, "CHN", 60, 19), row(2012, "FRA", 17, 19), row(2012, "EST", 6.8, 19), row(2012, "VNM", 9.9, 19), row(2012, "KOR", 4.9, 19), row(2012, "USA", 2.4, 19)]);
    expect(y.namedPct).toBe(101);
    expect(y.unallocatedPct).toBe(0);
    expect(y.hhiIsLowerBound).toBe(false);
    expect(y.hhi).toBe(4063.02);
    expect(y.notes[0]).toContain("sum to 101%");
  });

  it("breaks a tie for the top share alphabetically and says so", () => {
    const [y] = concentration([row(2019, "VNM", 40, 1), row(2019, "FRA", 40, 1), row(2019, "CHN", 20, 1)]);
    expect(y.top).toEqual({ partner: "FRA", sharePct: 40 });
    expect(y.hhi).toBe(3600);
    expect(y.notes).toContain("top share tied: FRA, VNM at 40%");
  });
});
