import { describe, expect, it } from "vitest";
import { comparePrecedence, outranks, type Candidate } from "./precedence";

const c = (extra: Partial<Candidate>): Candidate => ({ sourceKind: "news", period: "annual", estimate: false, bound: null, isRange: false, ...extra });

describe("headline precedence", () => {
  it("graphite: the UN Comtrade annual value takes the line from the news article's '~90%' (data year not stated)", () => {
    const comtrade2024 = c({ sourceKind: "official_statistics", period: "annual" });
    const news2024 = c({ sourceKind: "news", period: "point_in_time", estimate: true });
    expect(outranks(comtrade2024, news2024)).toBe(true);
    expect(outranks(news2024, comtrade2024)).toBe(false);
    // And 2023's "more than 80%" bound from the press gives way to Comtrade's value.
    expect(outranks(comtrade2024, c({ sourceKind: "news", bound: "lower", estimate: true }))).toBe(true);
  });

  it("a stated data year leads an unstated one, and a value leads a bound, a range, an estimate", () => {
    expect(comparePrecedence(c({ period: "annual" }), c({ period: "point_in_time" }))).toBeGreaterThan(0);
    expect(comparePrecedence(c({}), c({ bound: "lower" }))).toBeGreaterThan(0);
    expect(comparePrecedence(c({ bound: "lower" }), c({ isRange: true, period: "annual" }))).toBeGreaterThan(0);
    expect(comparePrecedence(c({}), c({ estimate: true }))).toBeGreaterThan(0);
  });

  it("between two official series, the one covering more of the material's codes leads", () => {
    const hs2504only = c({ sourceKind: "official_statistics", coverage: 0.5 });
    const all = c({ sourceKind: "official_statistics", coverage: 1 });
    expect(outranks(all, hs2504only)).toBe(true);
    expect(outranks(hs2504only, all)).toBe(false);
  });

  it("a tie keeps the current line value", () => {
    expect(outranks(c({}), c({}))).toBe(false);
  });
});
