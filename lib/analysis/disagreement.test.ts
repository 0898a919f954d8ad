import { describe, expect, it } from "vitest";
import { disagreements, type Statement } from "./disagreement";

const s = (id: number, sourceId: number, sharePct: number | null, extra: Partial<Statement> = {}): Statement => ({
  id,
  material: "rare-earths",
  partner: "CHN",
  year: 2009,
  period: "annual",
  sharePct,
  low: null,
  high: null,
  bound: null,
  sourceId,
  ...extra,
});

describe("disagreements", () => {
  it("treats differences up to 0.5 pp as rounding (85.49 vs 85)", () => {
    expect(disagreements([s(1, 8, 85.49), s(2, 11, 85)])).toEqual([]);
  });

  it("flags 85.49% against 84% and a '> 90%' lower bound, returning every statement of the year", () => {
    const [d] = disagreements([s(1, 8, 85.49), s(2, 11, 85), s(3, 12, 84), s(4, 13, 90, { bound: "lower" })]);
    expect(d.year).toBe(2009);
    expect(d.statements.map((x) => x.id)).toEqual([1, 2, 3, 4]);
  });

  it("lets a value inside a range or on the right side of a bound agree", () => {
    expect(disagreements([s(1, 2, null, { period: "range", low: 60, high: 70 }), s(2, 29, 60, { period: "point_in_time" })])).toEqual([]);
    expect(disagreements([s(1, 20, 66.7, { bound: "lower" }), s(2, 9, 70)])).toEqual([]);
    expect(disagreements([s(1, 20, 66.7, { bound: "upper" }), s(2, 9, 70)])).toHaveLength(1);
  });

  it("never compares monthly or half-year values with the year, nor a source with itself", () => {
    expect(disagreements([s(1, 8, 81.61), s(2, 16, 54, { period: "monthly" }), s(3, 10, 49.3, { period: "half_year" })])).toEqual([]);
    expect(disagreements([s(1, 8, 81.61), s(2, 8, 70)])).toEqual([]);
  });

  it("keeps materials and partners apart", () => {
    expect(disagreements([s(1, 8, 81.61), s(2, 9, 60, { partner: "VNM" }), s(3, 9, 60, { material: "graphite" })])).toEqual([]);
  });
});

describe("disagreements across bases", () => {
  it("a share by value and one by weight measure different things and never contradict each other", () => {
    const v = (id: number, sourceId: number, sharePct: number, basis: string): Statement => ({ id, sourceId, year: 2022, period: "annual", partner: "CHN", material: "permanent-magnets", sharePct, low: null, high: null, bound: null, basis });
    // Japan's declaration for HS 850511 in 2022: 27.31% by value, 36.89% by weight; BACI 27.77% by value.
    expect(disagreements([v(1, 203, 27.31, "value"), v(2, 203, 36.89, "volume"), v(3, 202, 27.77, "value")])).toEqual([]);
    // China's mirror (25.99%) is not set against Japan's own figures.
    expect(disagreements([v(1, 202, 27.77, "value"), { ...v(2, 205, 25.99, "value"), mirror: true }])).toEqual([]);
    // An unspecified basis is compared with either.
    expect(disagreements([v(1, 203, 36.89, "volume"), v(2, 40, 20, "unspecified")])).toHaveLength(1);
  });
});
