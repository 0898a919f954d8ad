import { describe, expect, it } from "vitest";
import { parseView, viewIssue } from "./dependence-view";
import { describeIssues } from "./validation/filter-params";

describe("parseView", () => {
  it("reads share and value, and falls back to share for anything else", () => {
    expect(parseView("value")).toBe("value");
    expect(parseView("share")).toBe("share");
    expect(parseView(["value", "share"])).toBe("value");
    expect(parseView(undefined)).toBe("share");
    expect(parseView(null)).toBe("share");
    expect(parseView("Value")).toBe("share");
    expect(parseView("usd")).toBe("share");
  });

  it("names an invalid value in the notice, and nothing for a valid or absent one", () => {
    expect(viewIssue(null)).toBeNull();
    expect(viewIssue("value")).toBeNull();
    const issue = viewIssue("usd")!;
    expect(describeIssues([issue])).toBe("view=“usd” ignored (“share” or “value”; showing the share)");
    expect(viewIssue("x".repeat(50))!.value).toBe(`${"x".repeat(40)}…`);
  });
});
