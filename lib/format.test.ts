import { describe, expect, it } from "vitest";
import { formatBoundedRows, formatMonthYear, formatStudyChange } from "./format";

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
