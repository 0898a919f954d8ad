import { describe, expect, it } from "vitest";
import { formatCitationDetails } from "./format";

describe("formatCitationDetails", () => {
  it("joins publisher, date and locator as stored, leaving out what is unknown", () => {
    expect(formatCitationDetails({ publisher: "Japan Customs", published: "2011-02", locator: "HS 2805.30" })).toBe("Japan Customs · 2011-02 · HS 2805.30");
    expect(formatCitationDetails({ publisher: null, published: "2026-01", locator: "seed file 001" })).toBe("2026-01 · seed file 001");
    expect(formatCitationDetails({ publisher: null, published: null, locator: null })).toBe("");
  });
});
