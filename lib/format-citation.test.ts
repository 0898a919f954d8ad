import { describe, expect, it } from "vitest";
import { formatCitationDetails } from "./format";

describe("formatCitationDetails", () => {
  it("joins publisher, date and locator as stored, leaving out what is unknown", () => {
    expect(formatCitationDetails({ publisher: "Japan Customs", published: "2011-02", locator: "HS 2805.30" })).toBe("Japan Customs · Feb 2011 · HS 2805.30");
    expect(formatCitationDetails({ publisher: null, published: "2026-01", locator: "seed file 001" })).toBe("Jan 2026 · seed file 001");
    expect(formatCitationDetails({ publisher: "財務省", published: "2011-02-28", locator: "HS 2805.30" }, "ja")).toBe("財務省、2011年2月28日、HS 2805.30");
    expect(formatCitationDetails({ publisher: null, published: null, locator: null })).toBe("");
  });
});
