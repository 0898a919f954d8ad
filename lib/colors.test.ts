import { describe, expect, it } from "vitest";
import { categoryColor, categoryColors, categoryTextColor, contrastRatio, directionColor, partnerColor, textOn } from "./colors";

describe("colour tokens", () => {
  it("writes ink on light fills and white on dark ones", () => {
    expect(textOn("#F0E442")).toBe("#1b2330");
    expect(textOn("#E69F00")).toBe("#1b2330");
    expect(textOn("#0072B2")).toBe("#ffffff");
  });

  it("gives every category's number at least 4.5:1 (WCAG AA): ink on green, purple and grey, black on vermillion", () => {
    expect(textOn("#009E73")).toBe("#1b2330");
    expect(textOn("#CC79A7")).toBe("#1b2330");
    expect(textOn("#8C8C8C")).toBe("#1b2330");
    expect(textOn("#D55E00")).toBe("#000000");
    expect(textOn("#000000")).toBe("#ffffff");
    for (const fill of Object.values(categoryColors)) expect(contrastRatio(fill, textOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
  });

  it("gives unnamed partners the next fallback colour by their place in the breakdown", () => {
    expect(partnerColor("FRA", 3)).toBe("#0072B2");
    expect(partnerColor("ZZZ", 0)).toBe("#0072B2");
    expect(partnerColor("ZZZ", 6)).toBe("#009E73");
  });

  it("keeps category colours for text, grey for an unknown category", () => {
    expect(categoryTextColor("export_control")).toBe("#D55E00");
    expect(categoryColor("nonsense")).toBe("#8C8C8C");
  });
});

describe("event study direction colours", () => {
  it("draws a change whose direction is undetermined in a neutral grey, never as a rise", () => {
    expect(directionColor("undetermined")).toBe("#8C8C8C");
    expect(directionColor("undetermined")).not.toBe(directionColor("up"));
    expect([directionColor("up"), directionColor("down"), directionColor("none"), directionColor(null)]).toEqual(["#D55E00", "#0072B2", "#1b2330", "#4b5563"]);
  });
});
