import { describe, expect, it } from "vitest";
import { deriveBaciYear, deriveFlowValues, deriveMagnetYear, deriveMonthlyMirror, pct, productCountry } from "./derive";
import { deriveComtradeYear, validWeight, type ComtradeRow } from "./derive-reported";

// Hand-computed answers, including the three worked examples of research/real/bilateral/SOURCE.md.

describe("pct", () => {
  it("rounds to two decimals", () => {
    // SOURCE.md: Japan, 850511, 2015, BACI: 88,423,310 ÷ 276,884,540 = 0.319351… (SOURCE.md truncates to 31.93%).
    expect(pct(88_423_310, 276_884_540)).toBe(31.94);
    expect(pct(1, 3)).toBe(33.33);
  });
});

describe("deriveBaciYear", () => {
  const flows = [
    { exporter: "CHN", importer: "JPN", hs: "850511", valueUsd: 300 },
    { exporter: "PHL", importer: "JPN", hs: "850511", valueUsd: 600 },
    { exporter: "S19", importer: "JPN", hs: "850511", valueUsd: 100 },
    { exporter: "CHN", importer: "KOR", hs: "850511", valueUsd: 874 },
    { exporter: "JPN", importer: "KOR", hs: "850511", valueUsd: 126 },
    { exporter: "DEU", importer: "USA", hs: "850511", valueUsd: 50 },
    // Not a product code: ignored, and not in any total.
    { exporter: "CHN", importer: "JPN", hs: "999999", valueUsd: 1e9 },
    // BACI's non-country groupings count in totals but get no row of their own.
    { exporter: "R20", importer: "USA", hs: "850511", valueUsd: 50 },
    { exporter: "CHN", importer: "R20", hs: "850511", valueUsd: 10 },
  ];
  const rows = deriveBaciYear(flows, { year: 2024, sourceId: 202, label: "BACI HS17 V202601" });
  const find = (importer: string, partner: string) => rows.find((r) => r.importer === importer && r.partner === partner);

  it("gives Japan every supplier's share, China's as the headline, and the total", () => {
    expect(find("JPN", "CHN")).toMatchObject({ share_pct: 30, value_usd: 300, headline: true, hs_code: "850511", material: "permanent-magnets", basis: "value", source_id: 202 });
    expect(find("JPN", "PHL")).toMatchObject({ share_pct: 60, headline: false });
    // Taiwan is BACI's "Other Asia, n.e.s." (S19), stored under the user-assigned XOA.
    expect(find("JPN", "XOA")).toMatchObject({ share_pct: 10 });
    expect(find("JPN", "WLD")).toMatchObject({ share_pct: null, value_usd: 1000, headline: false });
  });

  it("gives every other importer China's share (zero where BACI records no Chinese flow) and its total", () => {
    expect(find("KOR", "CHN")).toMatchObject({ share_pct: 87.4, value_usd: 874, headline: true });
    expect(find("KOR", "JPN")).toBeUndefined();
    expect(find("USA", "CHN")).toMatchObject({ share_pct: 0, value_usd: 0, note: "BACI records no flow from China." });
    expect(find("USA", "WLD")).toMatchObject({ value_usd: 100 });
    expect(rows.some((r) => r.importer === "R20" || r.partner === "R20")).toBe(false);
    expect(rows.some((r) => r.hs_code === "999999")).toBe(false);
  });

  it("keeps graphite's existing headline series: the one-code BACI share is drawn beside it", () => {
    const g = deriveBaciYear([{ exporter: "CHN", importer: "JPN", hs: "250490", valueUsd: 9 }, { exporter: "BRA", importer: "JPN", hs: "250490", valueUsd: 1 }], { year: 2022, sourceId: 202, label: "x" });
    expect(g.find((r) => r.partner === "CHN")).toMatchObject({ material: "graphite", share_pct: 90, headline: false });
  });
});

describe("productCountry", () => {
  it("maps BACI's codes to the product's", () => {
    expect(productCountry("JPN")).toBe("JPN");
    expect(productCountry("S19")).toBe("XOA");
    expect(productCountry("TW")).toBe("XOA");
    expect(productCountry("ZA1")).toBeNull();
  });
});

describe("deriveMagnetYear", () => {
  it("divides by BACI's yearly total, never by a sum of the truncated flows", () => {
    const rows = deriveMagnetYear({
      year: 2015,
      japanTotalUsd: 276_884_540,
      flowsIntoJapan: [
        { from: "CN", value: 88_423_310 },
        { from: "PH", value: 146_676_910 },
      ],
      sourceId: 201,
      label: "BACI HS02 V202601",
      iso2to3: (c) => ({ CN: "CHN", PH: "PHL" })[c] ?? null,
    });
    expect(rows.find((r) => r.partner === "CHN")).toMatchObject({ share_pct: 31.94, headline: true, value_usd: 88_423_310 });
    expect(rows.find((r) => r.partner === "PHL")).toMatchObject({ share_pct: 52.97, headline: false });
    // The two flows sum to 84.9% of the total: the rest is unknown, not assigned to anyone.
    expect(rows.find((r) => r.partner === "WLD")).toMatchObject({ value_usd: 276_884_540, share_pct: null });
  });
});

describe("deriveFlowValues", () => {
  it("writes a value and no share; an absent flow writes nothing (unknown, not zero)", () => {
    const [row] = deriveFlowValues({ year: 2010, hs: "810194", material: "tungsten", chinaToJapanUsd: 1234.4, sourceId: 201, label: "BACI HS02 V202601" });
    expect(row).toMatchObject({ share_pct: null, value_usd: 1234, headline: false, partner: "CHN" });
    expect(deriveFlowValues({ year: 2010, hs: "810194", material: "tungsten", chinaToJapanUsd: undefined, sourceId: 201, label: "x" })).toEqual([]);
  });
});

describe("deriveComtradeYear", () => {
  const row = (r: Partial<ComtradeRow>): ComtradeRow => ({ reporter: 392, partner: 0, hs: "850511", flow: "M", valueUsd: 0, netWeightKg: null, qtyUnit: 8, ...r });

  it("SOURCE.md worked example: Japan, 850511, 2022, by value 27.31% and by weight 36.89%", () => {
    const rows = deriveComtradeYear(
      [
        row({ partner: 0, valueUsd: 847_896_385.265, netWeightKg: 10_149_590 }),
        row({ partner: 156, valueUsd: 231_586_361.537, netWeightKg: 3_743_830 }),
        row({ reporter: 156, partner: 392, flow: "X", valueUsd: 229_000_000, netWeightKg: 3_700_000 }),
      ],
      { year: 2022, japanSourceId: 203, chinaSourceId: 205 },
    );
    expect(rows.find((r) => r.basis === "value" && !r.mirror)).toMatchObject({ share_pct: 27.31, source_id: 203, derived: true, headline: false });
    expect(rows.find((r) => r.basis === "volume")).toMatchObject({ share_pct: 36.89, volume_tonnes: 3743.83 });
    expect(rows.find((r) => r.mirror)).toMatchObject({ share_pct: 27.01, source_id: 205, value_usd: 229_000_000 });
  });

  it("a weight of 0 with unit −1 is missing, not zero: no weight share is written", () => {
    const rows = deriveComtradeYear(
      [row({ hs: "811010", partner: 0, valueUsd: 100, netWeightKg: 0, qtyUnit: -1 }), row({ hs: "811010", partner: 156, valueUsd: 40, netWeightKg: 10 })],
      { year: 2022, japanSourceId: 203, chinaSourceId: 205 },
    );
    expect(rows.map((r) => r.basis)).toEqual(["value"]);
    expect(validWeight(row({ netWeightKg: 0, qtyUnit: -1, valueUsd: 5 }))).toBeNull();
    expect(validWeight(row({ netWeightKg: null, valueUsd: 5 }))).toBeNull();
  });

  it("a mirror share above 100% is left as a value only", () => {
    const rows = deriveComtradeYear(
      [row({ hs: "810194", partner: 0, valueUsd: 100 }), row({ hs: "810194", reporter: 156, partner: 392, flow: "X", valueUsd: 150 })],
      { year: 2024, japanSourceId: 204, chinaSourceId: 206 },
    );
    expect(rows.find((r) => r.mirror)).toMatchObject({ share_pct: null, value_usd: 150 });
  });
});

describe("deriveMonthlyMirror", () => {
  it("keeps Japan's months with values only; an absent month is a gap", () => {
    const rows = deriveMonthlyMirror(
      [
        { month: "2023-11-01", partnerName: "Japan", hs: "250410", valueUsd: 12_245_802 },
        { month: "2023-12-01", partnerName: "Japan", hs: "250410", valueUsd: 7003 },
        { month: "2023-12-01", partnerName: "Korea", hs: "250410", valueUsd: 5 },
      ],
      { sourceId: 207 },
    );
    expect(rows.map((r) => [r.year, r.month, r.value_usd, r.material, r.mirror, r.share_pct])).toEqual([
      [2023, 11, 12_245_802, "graphite", true, null],
      [2023, 12, 7003, "graphite", true, null],
    ]);
  });
});
