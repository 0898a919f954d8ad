import { describe, expect, it } from "vitest";
import { linePath, seriesPaths, SHARE_TICKS, valueAxis, xScale, yScale } from "./dependence-chart-geometry";
import { shapeSeries } from "./dependence-shape";
import { point } from "./testing/fixtures";

describe("xScale", () => {
  it("maps the years from–to+1 onto the plot's left–right edges, a value mid-year half a year in", () => {
    const x = xScale(2005, 2026, 52, 1170);
    expect(x(2005)).toBe(52);
    expect(x(2027)).toBe(1170);
    // 22 years over 1118 px: 2010 mid-year is 5.5 years in.
    expect(x(2010.5)).toBe(331.5);
  });
});

describe("yScale", () => {
  it("puts 0 on the plot's bottom and the top tick on its top", () => {
    const y = yScale(100, 12, 300);
    expect(y(0)).toBe(312);
    expect(y(100)).toBe(12);
    // Rare earths 2010: 81.61 %.
    expect(y(81.61)).toBe(67.17);
  });

  it("keeps an axis without values (top tick 0) finite", () => {
    expect(yScale(0, 12, 300)(0)).toBe(312);
  });
});

describe("linePath", () => {
  const x = xScale(2010, 2014, 0, 500);
  const y = yScale(100, 0, 100);
  const rows = [2010, 2011, 2012, 2013, 2014].map((year) => ({ x: year + 0.5 }));

  it("joins consecutive values with straight segments", () => {
    expect(linePath(rows.slice(0, 3), (i) => [80, 70, 60][i], x, y)).toBe("M50 20L150 30L250 40");
  });

  it("breaks the line at a year without a value, never bridging it", () => {
    const values = [80, 70, null, 60, 50];
    expect(linePath(rows, (i) => values[i], x, y)).toBe("M50 20L150 30M350 40L450 50");
  });

  it("draws no segment for a lone value between gaps (its point is a glyph) and nothing for no values", () => {
    expect(linePath(rows, (i) => [80, null, 60, null, null][i], x, y)).toBe("");
    expect(linePath(rows, () => null, x, y)).toBe("");
    expect(linePath(rows, (i) => [80, null, 60, 55, null][i], x, y)).toBe("M250 40L350 45");
  });

  it("writes pixels with two decimals (short HTML, the same text on server and client)", () => {
    const third = xScale(0, 2, 0, 100);
    expect(linePath([{ x: 0.5 }, { x: 1.5 }], (i) => [0, 0][i], third, y)).toBe("M16.67 100L50 100");
  });
});

describe("seriesPaths", () => {
  it("draws sourced values solid and an estimate dashed to its neighbours, with the gap left open", () => {
    const shaped = shapeSeries(
      [
        point({ id: 1, year: 2010, sharePct: 81.61, headline: true }),
        point({ id: 2, year: 2011, sharePct: 70, headline: true, estimate: true }),
        point({ id: 3, year: 2012, sharePct: 60, headline: true }),
        point({ id: 4, year: 2014, sharePct: 50, headline: true }),
      ],
      2010,
      2014,
    );
    const x = xScale(2010, 2014, 0, 500);
    const y = yScale(100, 0, 100);
    const { exact, estimate } = seriesPaths(shaped.rows, x, y);
    // 2010 and 2012 are sourced but not adjacent: no solid segment; 2013 is a gap.
    expect(exact).toBe("");
    expect(estimate).toBe("M50 18.39L150 30L250 40");
    expect(shaped.gaps).toEqual([2013]);
  });
});

describe("valueAxis", () => {
  it("draws shares on 0–100 %", () => {
    const axis = valueAxis([{ glyphs: [{ y: 81.61 }] }], "en");
    expect(axis.ticks).toEqual(SHARE_TICKS);
    expect(axis.format(80)).toBe("80%");
  });

  it("draws values on round US$ ticks, in 億ドル in Japanese", () => {
    const series = [{ unit: "usd" as const, glyphs: [{ y: 1.4e8 }, { y: null }] }];
    expect(valueAxis(series, "en").ticks).toEqual([0, 5e7, 1e8, 1.5e8]);
    expect(valueAxis(series, "en").format(1.5e8)).toBe("US$150m");
    expect(valueAxis(series, "ja").format(1.5e8)).toBe("1.5億ドル");
  });
});
