import { describe, expect, it } from "vitest";
import { joinNames, materialName, materialNames, materialOptionLabel, seriesHolders, seriesStatus, type MaterialInfo } from "./dependence-materials";

// The seeded materials that matter here (db/seed/materials.csv), with the series count the API will give.
const MATERIALS: MaterialInfo[] = [
  { slug: "rare-earths", name: "Rare earths (all)", group: "ree_aggregate", description: "All rare earths: metals plus cerium and other REE compounds; the headline dependence series." },
  { slug: "cerium", name: "Cerium (compounds)", group: "light_ree", description: "Light rare earth; trade rows are cerium compounds (HS 2846.10)." },
  { slug: "heavy-rare-earths", name: "Heavy rare earths (Dy, Tb)", group: "heavy_ree", description: "Dysprosium and terbium taken together, as sources report them; no HS6 code of its own (inside 2805.30/2846.90)." },
  { slug: "dysprosium", name: "Dysprosium", group: "heavy_ree", description: "Heavy rare earth for heat-resistant NdFeB magnets; no HS6 code of its own (inside 2805.30/2846.90)." },
  { slug: "terbium", name: "Terbium", group: "heavy_ree", description: "Heavy rare earth used like dysprosium in magnets; no HS6 code of its own (inside 2805.30/2846.90)." },
  { slug: "yttrium", name: "Yttrium (oxide)", group: "heavy_ree", description: "Yttrium; trade rows are yttrium oxide, a line inside HS 2846.90." },
  { slug: "gallium", name: "Gallium", group: "other_critical", description: "Unwrought gallium; HS 8112.92 is shared with germanium, indium, niobium and vanadium." },
  { slug: "germanium", name: "Germanium", group: "other_critical", description: "Unwrought germanium; HS 8112.92 is shared with gallium, indium, niobium and vanadium." },
];

describe("material names", () => {
  it("uses the stored name with its capitals, the slug only when unknown", () => {
    expect(materialName("heavy-rare-earths", MATERIALS)).toBe("Heavy rare earths (Dy, Tb)");
    expect(materialNames(["dysprosium", "nope"], MATERIALS)).toEqual(["Dysprosium", "nope"]);
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("series status", () => {
  it("takes the API's count when given, else a response the page holds, else unknown", () => {
    expect(seriesStatus({ seriesYears: 0 })).toEqual({ kind: "none" });
    expect(seriesStatus({ seriesYears: 3 }, { from: 2008, to: 2026, chinaPoints: 0 })).toEqual({ kind: "some" });
    expect(seriesStatus({}, { from: 2008, to: 2026, chinaPoints: 0 })).toEqual({ kind: "none_in_range", from: 2008, to: 2026 });
    expect(seriesStatus({}, { from: 2008, to: 2026, chinaPoints: 2 })).toEqual({ kind: "some" });
    expect(seriesStatus({})).toEqual({ kind: "unknown" });
  });

  it("words the selector's options", () => {
    expect(materialOptionLabel("Dysprosium", { kind: "none" })).toBe("Dysprosium — no China series");
    expect(materialOptionLabel("Dysprosium", { kind: "none_in_range", from: 2008, to: 2026 })).toBe("Dysprosium — no China series 2008–2026");
    expect(materialOptionLabel("Graphite", { kind: "some" })).toBe("Graphite");
    expect(materialOptionLabel("Graphite", { kind: "unknown" })).toBe("Graphite");
  });
});

describe("seriesHolders", () => {
  it("points dysprosium and terbium at the heavy rare earths taken together, first", () => {
    expect(seriesHolders("dysprosium", MATERIALS).map((m) => m.slug)[0]).toBe("heavy-rare-earths");
    expect(seriesHolders("terbium", MATERIALS).map((m) => m.slug)).toEqual(["heavy-rare-earths"]);
  });

  it("leaves out materials known to have no series, and other groups", () => {
    const known = MATERIALS.map((m) => ({ ...m, seriesYears: m.slug === "heavy-rare-earths" ? 3 : m.slug === "rare-earths" ? 13 : 0 }));
    expect(seriesHolders("dysprosium", known).map((m) => m.slug)).toEqual(["heavy-rare-earths"]);
    expect(seriesHolders("gallium", known)).toEqual([]);
    // Rare earths (all) names cerium but is another group: not offered as cerium's series.
    expect(seriesHolders("cerium", known)).toEqual([]);
    expect(seriesHolders("yttrium", known)).toEqual([]);
  });
});
