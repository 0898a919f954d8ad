import { describe, expect, it } from "vitest";
import { isEstimate, layoutEvents, pointX, shapeSeries, yearTicks } from "./dependence-shape";
import { point } from "./testing/fixtures";
import type { EventDto } from "./types";


describe("shapeSeries", () => {
  const points = [
    point({ year: 2010, sharePct: 81.61, headline: true }),
    point({ year: 2010, sharePct: 90, estimate: true }),
    point({ year: 2011, sharePct: 68.37, headline: true }),
    point({ year: 2013, sharePct: 58, headline: true }),
    point({ year: 2014, sharePct: 66.7, bound: "lower", estimate: true, headline: true }),
    point({ year: 2015, low: 60, high: 70, period: "range", estimate: true, headline: true }),
    point({ year: 2015, month: 9, period: "monthly", sharePct: 61 }),
  ];
  const shaped = shapeSeries(points, 2009, 2016);

  it("keeps a year without a headline as a gap, never interpolated", () => {
    const byYear = new Map(shaped.rows.map((r) => [r.year, r]));
    expect(byYear.get(2012)).toEqual({ x: 2012.5, year: 2012, exact: null, estimate: null });
    expect(byYear.get(2009)?.exact).toBeNull();
    expect(byYear.get(2016)?.exact).toBeNull();
    expect(shaped.gaps).toEqual([2009, 2012, 2016]);
  });

  it("draws only headline values on the line, one per year", () => {
    const byYear = new Map(shaped.rows.map((r) => [r.year, r]));
    expect(byYear.get(2010)?.exact).toBe(81.61);
    expect(byYear.get(2011)?.exact).toBe(68.37);
    // 90% is another source's value for 2010: a glyph, not on the line.
    const other = shaped.glyphs.find((g) => g.point.sharePct === 90);
    expect(other?.role).toBe("other");
    expect(other?.hollow).toBe(true);
  });

  it("puts a bound on the dashed estimate series, joined to its exact neighbour", () => {
    const byYear = new Map(shaped.rows.map((r) => [r.year, r]));
    expect(byYear.get(2014)).toMatchObject({ exact: null, estimate: 66.7 });
    expect(byYear.get(2013)).toMatchObject({ exact: 58, estimate: 58 });
    expect(shaped.glyphs.find((g) => g.point.bound === "lower")?.arrow).toBe("up");
  });

  it("keeps a range a range: a band, no invented midpoint on the line", () => {
    const byYear = new Map(shaped.rows.map((r) => [r.year, r]));
    expect(byYear.get(2015)).toMatchObject({ exact: null, estimate: null });
    const band = shaped.glyphs.find((g) => g.point.period === "range");
    expect(band).toMatchObject({ y: null, band: { low: 60, high: 70 }, hollow: true, role: "headline" });
  });

  it("places monthly and half-year values inside their year", () => {
    expect(pointX(point({ year: 2015, period: "monthly", month: 9 }))).toBeCloseTo(2015 + 8.5 / 12);
    expect(pointX(point({ year: 2023, period: "half_year", half: "H1" }))).toBe(2023.25);
    expect(pointX(point({ year: 2023 }))).toBe(2023.5);
  });

  it("treats mirror data and bounds as estimates", () => {
    expect(isEstimate(point({ year: 2025, sharePct: 40, mirror: true }))).toBe(true);
    expect(isEstimate(point({ year: 2025, sharePct: 40 }))).toBe(false);
  });
});

describe("layoutEvents", () => {
  const ev = (id: number, date: string, severity = 3): EventDto => ({
    id,
    date,
    datePrecision: "day",
    title: `e${id}`,
    titleJa: null,
    category: "export_control",
    severity,
    actor: null,
    target: null,
    actorJa: null,
    targetJa: null,
    sourceId: 1,
  });
  const scale = (x: number) => (x - 2000) * 50; // 50 px a year
  const bounds = { left: 0, right: 1350 };

  it("numbers events by date and keeps isolated ones at their date in lane 0", () => {
    const { placed, lanes } = layoutEvents([ev(2, "2012-01-01"), ev(1, "2010-07-02")], scale, bounds);
    expect(placed.map((e) => [e.id, e.number, e.lane])).toEqual([
      [1, 1, 0],
      [2, 2, 0],
    ]);
    expect(placed[0].px).toBeCloseTo(placed[0].trueX);
    expect(lanes).toBe(1);
  });

  it("never overlaps markers in a lane and stays inside the plot, even in a dense cluster", () => {
    const dense = Array.from({ length: 30 }, (_, i) => ev(i + 1, `2026-01-${String((i % 28) + 1).padStart(2, "0")}`, (i % 5) + 1));
    const { placed, lanes } = layoutEvents(dense, scale, bounds, 5);
    expect(lanes).toBe(5);
    expect(placed).toHaveLength(30);
    for (let lane = 0; lane < lanes; lane++) {
      const items = placed.filter((e) => e.lane === lane).sort((a, b) => a.px - b.px);
      for (let i = 1; i < items.length; i++) expect(items[i].px - items[i - 1].px).toBeGreaterThanOrEqual(items[i].r + items[i - 1].r);
    }
    for (const e of placed) {
      expect(e.px - e.r).toBeGreaterThanOrEqual(bounds.left);
      expect(e.px + e.r).toBeLessThanOrEqual(bounds.right + 1e-9);
    }
  });
});

describe("yearTicks", () => {
  it("ticks every year while each has 40 px, mid-year", () => {
    const ticks = yearTicks(2008, 2026, 800);
    expect(ticks).toHaveLength(19);
    expect(ticks.slice(0, 2)).toEqual([2008.5, 2009.5]);
  });

  it("ticks every 2nd year when narrower, every 5th narrower still, on multiples of the step: evenly spaced", () => {
    expect(yearTicks(2008, 2026, 500)).toEqual([2008.5, 2010.5, 2012.5, 2014.5, 2016.5, 2018.5, 2020.5, 2022.5, 2024.5, 2026.5]);
    // Was [2008, 2013, 2018, 2023, 2026]: the forced last year broke the spacing and crowded 2023.
    expect(yearTicks(2008, 2026, 300)).toEqual([2010.5, 2015.5, 2020.5, 2025.5]);
  });

  it("at 820 px (a 660 px plot) labels every 2nd year, never a thinned-out mix; 1990–2035 fits at print width", () => {
    const ticks = yearTicks(2008, 2026, 660);
    expect(ticks.map((t) => t - 0.5)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    const gaps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
    expect([...gaps]).toEqual([2]);
    expect(yearTicks(1990, 2035, 1000)).toHaveLength(23);
    expect(yearTicks(1990, 2035, 200)).toEqual([1990.5, 2000.5, 2010.5, 2020.5, 2030.5]);
  });
});
