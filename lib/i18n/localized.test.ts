import { describe, expect, it } from "vitest";
import { localized, localizedString, materialName } from "./localized";

describe("localized texts", () => {
  it("gives the Japanese text on a Japanese page, the English one on an English page", () => {
    expect(localized("ja", "Permanent magnets", "永久磁石")).toEqual({ text: "永久磁石", fallback: false });
    expect(localized("en", "Permanent magnets", "永久磁石")).toEqual({ text: "Permanent magnets", fallback: false });
  });

  it("falls back to English, flagged, when a row has no Japanese text; never to an empty cell", () => {
    expect(localized("ja", "Senkaku collision", null)).toEqual({ text: "Senkaku collision", fallback: true });
    expect(localized("ja", "Senkaku collision", "  ")).toEqual({ text: "Senkaku collision", fallback: true });
    expect(localizedString("ja", "Senkaku collision", null, "英語")).toBe("Senkaku collision［英語］");
    expect(materialName({ name: "Hafnium", nameJa: null }, "ja", "英語")).toBe("Hafnium［英語］");
    expect(materialName({ name: "Hafnium", nameJa: "ハフニウム" }, "ja", "英語")).toBe("ハフニウム");
    // An empty English text stays empty and unflagged (an incident with no summary).
    expect(localized("ja", "", null)).toEqual({ text: "", fallback: false });
  });
});
