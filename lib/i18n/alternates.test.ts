import { describe, expect, it } from "vitest";
import { viewInEachLanguage } from "./alternates";

describe("the same view in each language", () => {
  it("keeps the path and every filter", () => {
    expect(viewInEachLanguage("/ja?material=permanent-magnets&from=2010")).toEqual({
      en: "/?material=permanent-magnets&from=2010",
      ja: "/ja?material=permanent-magnets&from=2010",
    });
    expect(viewInEachLanguage("/materials")).toEqual({ en: "/materials", ja: "/ja/materials" });
    expect(viewInEachLanguage("/ja/incidents/3")).toEqual({ en: "/incidents/3", ja: "/ja/incidents/3" });
    expect(viewInEachLanguage("/")).toEqual({ en: "/", ja: "/ja" });
  });
});
