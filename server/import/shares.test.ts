import { describe, expect, it } from "vitest";
import { coveredCodes, materialsForCode, type MaterialCodes } from "./codes";
import { WORLD, type PartnerRef } from "./partners";
import { deriveShares, type DerivedShare, type TradeRecord } from "./shares";

// The seed's materials with HS codes (db/seed/materials.csv), plus one without.
const MATERIALS: MaterialCodes[] = [
  { slug: "rare-earths", hsCodes: ["280530", "284610", "284690"] },
  { slug: "rare-earth-metals", hsCodes: ["280530"] },
  { slug: "rare-earth-compounds", hsCodes: ["284610", "284690"] },
  { slug: "cerium", hsCodes: ["284610"] },
  { slug: "dysprosium", hsCodes: [] },
  { slug: "permanent-magnets", hsCodes: ["850511"] },
  { slug: "graphite", hsCodes: ["250410", "250490", "380110"] },
];

const country = (iso3: string): PartnerRef => ({ kind: "country", iso3 });
let nextLine = 2;
function rec(code: string, partner: PartnerRef, value: number | null, weightKg: number | null, extra: Partial<TradeRecord> = {}): TradeRecord {
  return { line: nextLine++, code, year: 2021, month: null, partner, value, weightKg, weightEstimated: false, ...extra };
}

const find = (shares: DerivedShare[], material: string, partner: string, basis: "value" | "volume") =>
  shares.find((s) => s.material === material && s.partner === partner && s.basis === basis);
const pct = (shares: DerivedShare[], material: string, partner: string, basis: "value" | "volume") => find(shares, material, partner, basis)?.sharePct;

describe("commodity codes → materials", () => {
  it("maps an HS6 code and Japan's 9-digit subdivisions to every material listing it", () => {
    expect(materialsForCode("280530", MATERIALS)).toEqual(["rare-earths", "rare-earth-metals"]);
    expect(materialsForCode("280530090", MATERIALS)).toEqual(["rare-earths", "rare-earth-metals"]);
    expect(materialsForCode("284610000", MATERIALS)).toEqual(["rare-earths", "rare-earth-compounds", "cerium"]);
  });

  it("maps a heading only to materials that hold all of its subheadings", () => {
    expect(coveredCodes("2504", MATERIALS[6])).toEqual(["250410", "250490"]);
    // 2846 = 2846.10 + 2846.90: all rare earths and the compounds, but not cerium (2846.10 only).
    expect(materialsForCode("2846", MATERIALS)).toEqual(["rare-earths", "rare-earth-compounds"]);
    // 8505 also holds ferrite magnets and electro-magnets; a chapter is never a material.
    expect(materialsForCode("8505", MATERIALS)).toEqual([]);
    expect(materialsForCode("28", MATERIALS)).toEqual([]);
    expect(materialsForCode("850519", MATERIALS)).toEqual([]);
  });
});

describe("deriveShares with the World row as denominator (Comtrade)", () => {
  it("divides a partner's value and weight by the World row's", () => {
    const { shares } = deriveShares([rec("280530", WORLD, 1000, 100), rec("280530", country("CHN"), 800, 90)], MATERIALS, "world-row");
    // 800 / 1000 = 80 %; 90 / 100 = 90 %.
    expect(pct(shares, "rare-earth-metals", "CHN", "value")).toBe(80);
    expect(pct(shares, "rare-earth-metals", "CHN", "volume")).toBe(90);
    expect(find(shares, "rare-earth-metals", "WLD", "value")).toMatchObject({ sharePct: null, amount: 1000 });
    expect(find(shares, "rare-earth-metals", "WLD", "volume")).toMatchObject({ sharePct: null, amount: 100 });
  });

  it("adds numerators and denominators across a basket's codes before dividing", () => {
    const { shares } = deriveShares(
      [
        rec("280530", WORLD, 1000, 100),
        rec("280530", country("CHN"), 800, 90),
        rec("284610", WORLD, 500, 50),
        rec("284610", country("CHN"), 450, 45),
        rec("284690", WORLD, 2000, 400),
        rec("284690", country("CHN"), 1200, 120),
        rec("284690", country("MYS"), 600, 150),
      ],
      MATERIALS,
      "world-row",
    );
    // Rare earths: (800 + 450 + 1200) / (1000 + 500 + 2000) = 2450 / 3500 = 70 %; by weight
    // (90 + 45 + 120) / (100 + 50 + 400) = 255 / 550 = 46.364 %. Averaging the three code shares
    // (80, 90, 60 % by value) would give 76.667 % instead.
    expect(pct(shares, "rare-earths", "CHN", "value")).toBe(70);
    expect(pct(shares, "rare-earths", "CHN", "volume")).toBe(46.364);
    // Malaysia: 600 / 3500 = 17.143 %; 150 / 550 = 27.273 %.
    expect(pct(shares, "rare-earths", "MYS", "value")).toBe(17.143);
    expect(pct(shares, "rare-earths", "MYS", "volume")).toBe(27.273);
    // Compounds: (450 + 1200) / 2500 = 66 %; cerium: 450 / 500 = 90 %.
    expect(pct(shares, "rare-earth-compounds", "CHN", "value")).toBe(66);
    expect(pct(shares, "cerium", "CHN", "value")).toBe(90);
    expect(find(shares, "rare-earths", "CHN", "value")).toMatchObject({ codes: ["280530", "284610", "284690"], level: 6, complete: true });
  });

  it("treats a blank weight as missing, never as zero", () => {
    const { shares, warnings } = deriveShares(
      [rec("284690", WORLD, 2000, 400), rec("284690", country("CHN"), 1200, null), rec("284690", country("MYS"), 600, 150)],
      MATERIALS,
      "world-row",
    );
    expect(pct(shares, "rare-earth-compounds", "CHN", "value")).toBe(60);
    expect(find(shares, "rare-earth-compounds", "CHN", "volume")).toBeUndefined();
    expect(pct(shares, "rare-earth-compounds", "MYS", "volume")).toBe(37.5);
    expect(warnings).toContain("rare-earth-compounds: CHN has a blank weight; its volume share is not derived (2021)");
  });

  it("derives no volume share at all when a World weight is missing, and no share over a zero total", () => {
    const noWeight = deriveShares([rec("280530", WORLD, 1000, null), rec("280530", country("CHN"), 800, 90)], MATERIALS, "world-row");
    expect(noWeight.shares.filter((s) => s.basis === "volume")).toEqual([]);
    expect(pct(noWeight.shares, "rare-earth-metals", "CHN", "value")).toBe(80);

    const zero = deriveShares([rec("280530", WORLD, 0, 0), rec("280530", country("CHN"), 0, 0)], MATERIALS, "world-row");
    expect(zero.shares).toEqual([]);
  });

  it("keeps a stated zero as a zero share", () => {
    const { shares } = deriveShares([rec("280530", WORLD, 1000, 100), rec("280530", country("USA"), 0, 0)], MATERIALS, "world-row");
    expect(pct(shares, "rare-earth-metals", "USA", "value")).toBe(0);
    expect(pct(shares, "rare-earth-metals", "USA", "volume")).toBe(0);
  });

  it("flags volume shares as estimates when the World weight or the partner's is estimated", () => {
    const { shares } = deriveShares(
      [
        rec("284610", WORLD, 500, 50, { weightEstimated: true }),
        rec("284610", country("CHN"), 450, 45),
        rec("280530", WORLD, 1000, 100),
        rec("280530", country("VNM"), 150, 8, { weightEstimated: true }),
        rec("280530", country("CHN"), 800, 90),
      ],
      MATERIALS,
      "world-row",
    );
    expect(find(shares, "cerium", "CHN", "volume")?.estimate).toBe(true);
    expect(find(shares, "cerium", "WLD", "volume")?.estimate).toBe(true);
    expect(find(shares, "cerium", "CHN", "value")?.estimate).toBe(false);
    expect(find(shares, "rare-earth-metals", "VNM", "volume")?.estimate).toBe(true);
    expect(find(shares, "rare-earth-metals", "CHN", "volume")?.estimate).toBe(false);
  });

  it("leaves unallocated partners out of the suppliers (the World row already counts them)", () => {
    const { shares } = deriveShares(
      [rec("280530", WORLD, 1000, 100), rec("280530", { kind: "unallocated", label: "490 Other Asia, nes" }, 50, 2)],
      MATERIALS,
      "world-row",
    );
    expect(shares.map((s) => s.partner)).toEqual(["WLD", "WLD"]);
  });

  it("derives nothing for a basket whose code has no World row", () => {
    const { shares, warnings } = deriveShares([rec("280530", country("CHN"), 800, 90)], MATERIALS, "world-row");
    expect(shares).toEqual([]);
    expect(warnings).toContain("rare-earth-metals: no World row for HS 280530; no shares derived (2021)");
  });

  it("refuses a share above 100 % (a partner larger than the World row)", () => {
    const { shares, warnings } = deriveShares([rec("280530", WORLD, 1000, 100), rec("280530", country("CHN"), 800, 120)], MATERIALS, "world-row");
    expect(pct(shares, "rare-earth-metals", "CHN", "value")).toBe(80);
    expect(find(shares, "rare-earth-metals", "CHN", "volume")).toBeUndefined();
    expect(warnings).toContain("rare-earth-metals: CHN exceeds the total by volume; share not derived (2021)");
  });

  it("keeps monthly periods apart", () => {
    const { shares } = deriveShares(
      [
        rec("850511", WORLD, 40000, 2000, { month: 1 }),
        rec("850511", country("CHN"), 36000, 1800, { month: 1 }),
        rec("850511", WORLD, 50000, 2500, { month: 2 }),
        rec("850511", country("CHN"), 42500, 2000, { month: 2 }),
      ],
      MATERIALS,
      "world-row",
    );
    expect(shares.filter((s) => s.partner === "CHN").map((s) => [s.month, s.basis, s.sharePct])).toEqual([
      [1, "value", 90],
      [1, "volume", 90],
      [2, "value", 85],
      [2, "volume", 80],
    ]);
  });
});

describe("deriveShares never mixes code levels", () => {
  it("uses one level per share and leaves the other aside (HS6 on a tie)", () => {
    const { shares, warnings } = deriveShares(
      [
        rec("284610", WORLD, 500, 50),
        rec("284610", country("CHN"), 450, 45),
        rec("284690", WORLD, 2000, 400),
        rec("284690", country("CHN"), 1200, 120),
        rec("2846", WORLD, 2500, 450),
        rec("2846", country("CHN"), 1650, 165),
      ],
      MATERIALS,
      "world-row",
    );
    // HS6 and HS4 both cover 2846.10 and 2846.90: the HS6 rows alone give 1650 / 2500 = 66 %;
    // adding the HS4 rows too would double both sums (still 66 %, but by luck).
    const compounds = find(shares, "rare-earth-compounds", "CHN", "value")!;
    expect(compounds).toMatchObject({ sharePct: 66, amount: 1650, level: 6, codes: ["284610", "284690"] });
    expect(find(shares, "rare-earth-compounds", "WLD", "value")?.amount).toBe(2500);
    expect(warnings).toContain("rare-earth-compounds: codes of different levels are never added; used HS6, left HS4 2846 aside (2021)");
  });

  it("does not build a basket from an HS6 and an HS4 code; each material takes what it is made of", () => {
    const { shares, warnings } = deriveShares(
      [
        rec("280530", WORLD, 1000, 100),
        rec("280530", country("CHN"), 800, 90),
        rec("2846", WORLD, 2500, 450),
        rec("2846", country("CHN"), 1650, 165),
      ],
      MATERIALS,
      "world-row",
    );
    // Rare earths would need 280530 + 2846.10 + 2846.90 at one level: not derived. The HS4 rows
    // (2 of its 3 codes) are exactly the compounds, so the partial basket is refused.
    expect(shares.filter((s) => s.material === "rare-earths")).toEqual([]);
    expect(pct(shares, "rare-earth-metals", "CHN", "value")).toBe(80);
    expect(pct(shares, "rare-earth-compounds", "CHN", "value")).toBe(66);
    expect(warnings).toContain("rare-earths: the file covers only HS 284610, 284690, which is rare-earth-compounds; no rare-earths share derived (2021)");
  });

  it("derives a partial basket no other material matches, and says what it covers", () => {
    const { shares, warnings } = deriveShares([rec("2504", WORLD, 100, 10), rec("2504", country("CHN"), 90, 9)], MATERIALS, "world-row");
    expect(find(shares, "graphite", "CHN", "value")).toMatchObject({ sharePct: 90, level: 4, covered: ["250410", "250490"], complete: false });
    expect(warnings).toContain("graphite: shares cover HS 250410, 250490 only, not 380110 (2021)");
  });
});

describe("deriveShares with the sum over countries as denominator (Japan Customs)", () => {
  it("adds every country's row, unallocated ones included, and only countries become suppliers", () => {
    const { shares } = deriveShares(
      [
        rec("284690010", country("CHN"), 9_000_000, 3000),
        rec("284690010", country("VNM"), 1_000_000, 500),
        rec("284690010", { kind: "unallocated", label: "702" }, 200_000, 100),
        rec("284690090", country("MYS"), 2_500_000, 1400),
      ],
      MATERIALS,
      "sum-of-partners",
    );
    // Value: 9.0 / (9.0 + 1.0 + 0.2 + 2.5) = 9 / 12.7 = 70.866 %; weight 3000 / 5000 = 60 %.
    expect(pct(shares, "rare-earth-compounds", "CHN", "value")).toBe(70.866);
    expect(pct(shares, "rare-earth-compounds", "CHN", "volume")).toBe(60);
    expect(find(shares, "rare-earth-compounds", "WLD", "volume")).toMatchObject({ amount: 5000, codes: ["284690010", "284690090"], level: 9 });
    expect(shares.some((s) => s.partner === "702")).toBe(false);
  });
});

it("lists the codes that belong to no material with their row counts", () => {
  const r = deriveShares(
    [rec("850519", WORLD, 300, 30), rec("850519", country("CHN"), 200, 20), rec("8505", WORLD, 1, 1)],
    MATERIALS,
    "world-row",
  );
  expect(r.skippedCodes).toEqual([
    { code: "8505", rows: 1 },
    { code: "850519", rows: 2 },
  ]);
  expect(r.shares).toEqual([]);
  expect(r.usedLines.size).toBe(0);
});
