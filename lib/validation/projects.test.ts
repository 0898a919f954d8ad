import { describe, expect, it } from "vitest";
import { parseProjectFilters, PROJECT_DEFAULTS } from "./projects";

const materials = new Set(["rare-earths"]);

describe("parseProjectFilters", () => {
  it("reads the chart's measure, output by default, and names a wrong one", () => {
    expect(parseProjectFilters({}, materials)).toEqual({ filters: PROJECT_DEFAULTS, issues: [] });
    expect(parseProjectFilters({ measure: "offtake" }, materials).filters.measure).toBe("offtake");
    expect(parseProjectFilters({ measure: "both" }, materials)).toEqual({
      filters: PROJECT_DEFAULTS,
      issues: [{ param: "measure", value: "both", message: "must be output or offtake" }],
    });
  });

  it("keeps a well-formed host code whether or not a project has it (the page says when none does)", () => {
    expect(parseProjectFilters({ country: "zzz" }, materials)).toEqual({ filters: { ...PROJECT_DEFAULTS, country: "ZZZ" }, issues: [] });
  });
});
