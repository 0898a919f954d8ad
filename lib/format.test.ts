import { describe, expect, it } from "vitest";
import { formatBoundedRows, formatChangePp, formatDate, formatMonthYear, formatPp, formatShare, formatStudyChange, formatUsd, formatUsdMillions, formatYearWithEra, partnerName } from "./format";

describe("event study changes", () => {
  it("words a change measured from a bound as a bound, its direction undetermined", () => {
    expect(formatStudyChange({ deltaPp: 3.3, deltaBound: "at_most", direction: "undetermined", approximate: true })).toBe("≤ +3.3 pp (direction undetermined)");
    expect(formatStudyChange({ deltaPp: 2, deltaBound: "at_least", direction: "up", approximate: true })).toBe("≥ +2 pp (a rise)");
    expect(formatStudyChange({ deltaPp: -4, deltaBound: "at_most", direction: "down", approximate: true })).toBe("≤ −4 pp (a fall)");
    expect(formatStudyChange({ deltaPp: null, deltaBound: "unbounded", direction: "undetermined", approximate: true })).toBe("unknown (both sides are bounds)");
  });

  it("keeps exact changes as they were, and nothing for a missing side", () => {
    expect(formatStudyChange({ deltaPp: -17.12, deltaBound: "exact", direction: "down", approximate: false })).toBe("−17.12 pp");
    expect(formatStudyChange({ deltaPp: 1.64, deltaBound: "exact", direction: "up", approximate: true })).toBe("+1.64 pp (approx.)");
    expect(formatStudyChange({ deltaPp: null, deltaBound: null, direction: null, approximate: false })).toBeNull();
  });

  it("counts the bounded rows left out of the median", () => {
    expect(formatBoundedRows(2, ["lower", "lower"])).toBe("2 bounded by a 'more than' value, not in the median");
    expect(formatBoundedRows(1, ["upper"])).toBe("1 bounded by a 'less than' value, not in the median");
    expect(formatBoundedRows(2, ["upper", "lower"])).toBe("2 bounded by a 'more than' or 'less than' value, not in the median");
  });
});

describe("formatMonthYear", () => {
  it("keeps the month and year only", () => {
    expect(formatMonthYear("2010-09-07")).toBe("Sep 2010");
    expect(formatMonthYear("2012-03")).toBe("Mar 2012");
    expect(formatMonthYear("2013")).toBe("2013");
  });
});

describe("Japanese conventions (locale ja)", () => {
  it("writes dates as 2026年1月6日, to the precision of the source", () => {
    expect(formatDate("2026-01-06", "ja")).toBe("2026年1月6日");
    expect(formatDate("2026-01", "ja")).toBe("2026年1月");
    expect(formatDate("2026", "ja")).toBe("2026年");
    expect(formatMonthYear("2010-09-07", "ja")).toBe("2010年9月");
  });

  it("adds the era year on request", () => {
    expect(formatYearWithEra(2024)).toBe("2024年（令和6年）");
    expect(formatYearWithEra(2019)).toBe("2019年（令和元年）");
    expect(formatYearWithEra(2010)).toBe("2010年（平成22年）");
  });

  it("writes money in 億ドル and 百万ドル, changes in ポイント, bounds as 超 and 未満", () => {
    expect(formatUsd(156_879_570, "ja")).toBe("1.57億ドル");
    expect(formatUsd(12_200_000, "ja")).toBe("12.2百万ドル");
    expect(formatUsdMillions(250_000_000, "ja")).toBe("250百万ドル");
    expect(formatPp(-21.61, "ja")).toBe("−21.61ポイント");
    expect(formatChangePp(-21.6, true, "ja")).toBe("約−22ポイント");
    expect(formatShare({ sharePct: 66.7, low: null, high: null, bound: "lower" }, "ja")).toBe("66.7%超");
    expect(formatShare({ sharePct: 60, low: null, high: null, bound: "upper" }, "ja")).toBe("60%未満");
    expect(formatShare({ sharePct: null, low: 60, high: 70, bound: null }, "ja")).toBe("60〜70%");
    expect(formatShare({ sharePct: 81.61, low: null, high: null, bound: null }, "ja")).toBe("81.61%");
  });

  it("names countries with Intl.DisplayNames in the page's language", () => {
    expect(partnerName("KOR", "ja")).toBe("韓国");
    expect(partnerName("VNM", "ja")).toBe("ベトナム");
    expect(partnerName("KOR")).toBe("South Korea");
    expect(partnerName("MMR")).toBe("Myanmar");
    expect(partnerName("XOA", "ja")).toBe("その他アジア（他に分類されないもの）");
  });
});
