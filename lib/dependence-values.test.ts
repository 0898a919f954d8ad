import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import type { DashboardT } from "./dependence-text";
import { familyLabel, glyphText, hasValues, valueFamilies, valueSeries, valueSourcesText, valueTickFormat, valueTicks } from "./dependence-values";
import jaDashboard from "./i18n/messages/ja/dashboard.json";
import { point, source } from "./testing/fixtures";
import type { DependenceResponse, ValuePoint } from "./types";

// Sources and values as seeded (db/seed/official): permanent magnets, HS 850511, China → Japan.
const baci02 = source(201, { title: "CEPII BACI (HS02, V202601), reconciled from UN Comtrade", publisher: "CEPII", kind: "dataset" });
const baci17 = source(202, { title: "CEPII BACI (HS17, V202601), reconciled from UN Comtrade", publisher: "CEPII", kind: "dataset" });
const japan24 = source(204, { title: "UN Comtrade, reporter Japan, annual 2024", publisher: "United Nations Statistics Division", kind: "official_statistics" });
const mirror24 = source(206, { title: "UN Comtrade, reporter China (mirror), annual 2024", publisher: "United Nations Statistics Division", kind: "official_statistics" });

let id = 1000;
const value = (v: Partial<ValuePoint> & { year: number; valueUsd: number; sourceId: number }): ValuePoint => ({
  id: id++,
  hsCode: "850511",
  basis: "value",
  derived: true,
  mirror: false,
  headline: false,
  note: null,
  ...v,
});

function magnets(values: ValuePoint[], from = 2015, to = 2025): DependenceResponse {
  return {
    material: "permanent-magnets",
    materialName: "Permanent magnets",
    importer: "JPN",
    materialHsCodes: ["850511"],
    from,
    to,
    points: [point({ year: 2024, sharePct: 27.58, headline: true, sourceId: 202, hsCode: "850511" })],
    partners: [],
    partnersOmitted: 0,
    values,
    events: [],
    sources: [baci02, baci17, japan24, mirror24],
  };
}

const seeded = () => [
  value({ year: 2015, valueUsd: 88423310, sourceId: 201, headline: true }),
  value({ year: 2023, valueUsd: 192399160, sourceId: 202, headline: true }),
  value({ year: 2024, valueUsd: 156879570, sourceId: 202, headline: true }),
  value({ year: 2024, valueUsd: 157519221.538, sourceId: 204 }),
  value({ year: 2024, valueUsd: 153758139, sourceId: 206, mirror: true }),
];

describe("valueSeries", () => {
  it("draws BACI as the line, Japan's declaration as a dot and China's mirror as a hollow dot, with the years between as gaps", () => {
    const s = valueSeries(magnets(seeded()), 0);
    expect(s.unit).toBe("usd");
    expect(s.rows.find((r) => r.year === 2024)?.exact).toBe(156879570);
    expect(s.rows.find((r) => r.year === 2015)?.exact).toBe(88423310);
    // 2016–2022 and 2025 have no value here: gaps, never zero or interpolated.
    expect(s.gaps).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2025]);
    expect(s.rows.every((r) => r.estimate === null)).toBe(true);
    const y2024 = s.glyphs.filter((g) => g.point.year === 2024).map((g) => [g.point.sourceId, g.role, g.hollow, g.valueUsd]);
    expect(y2024).toEqual([
      [202, "headline", false, 156879570],
      [204, "other", false, 157519221.538],
      [206, "other", true, 153758139],
    ]);
    expect(s.families.map((f) => f.label)).toEqual(["CEPII BACI", "UN Comtrade, reporter Japan", "UN Comtrade, reporter China (mirror)"]);
  });

  it("draws BACI's value-only rows (truncated flow files, not headline) on the same line when no value is headline", () => {
    const graphite = magnets([
      value({ year: 2019, valueUsd: 27550780, sourceId: 202, derived: false, hsCode: "250490" }),
      value({ year: 2022, valueUsd: 8099908, sourceId: 202, hsCode: "250490" }),
      value({ year: 2022, valueUsd: 8500000, sourceId: 204, hsCode: "250490" }),
    ]);
    const s = valueSeries(graphite, 1);
    expect(s.rows.filter((r) => r.exact !== null).map((r) => [r.year, r.exact])).toEqual([
      [2019, 27550780],
      [2022, 8099908],
    ]);
    expect(s.color).toBe("#0072B2");
    expect(s.glyphs.find((g) => g.point.sourceId === 204)?.role).toBe("other");
  });

  it("never makes the mirror the line, though it covers more years", () => {
    const fams = valueFamilies(
      [value({ year: 2022, valueUsd: 1, sourceId: 206, mirror: true }), value({ year: 2023, valueUsd: 1, sourceId: 206, mirror: true }), value({ year: 2024, valueUsd: 2, sourceId: 204 })],
      new Map([japan24, mirror24].map((s) => [s.id, s])),
    );
    expect(fams.map((f) => f.label)).toEqual(["UN Comtrade, reporter Japan", "UN Comtrade, reporter China (mirror)"]);
  });

  it("leaves values outside the range out and says there are none", () => {
    const s = valueSeries(magnets(seeded(), 2016, 2022), 0);
    expect(s.glyphs).toEqual([]);
    expect(s.rows.every((r) => r.exact === null)).toBe(true);
    expect(hasValues([magnets([])])).toBe(false);
    expect(hasValues([magnets([]), magnets(seeded())])).toBe(true);
  });
});

describe("value words and axis", () => {
  it("writes a value glyph in US$ and a share glyph as a share", () => {
    const s = valueSeries(magnets(seeded()), 0);
    expect(glyphText(s.glyphs.find((g) => g.point.year === 2024)!)).toBe("US$156.9m");
    expect(glyphText({ point: point({ year: 2015, sharePct: 31.94 }) })).toBe("31.94%");
  });

  it("labels families from their sources' titles", () => {
    expect(familyLabel(baci17, false)).toBe("CEPII BACI");
    expect(familyLabel(undefined, true)).toBe("unknown source (mirror)");
    expect(valueSourcesText(valueSeries(magnets(seeded()), 0).families)).toBe(
      "Line: CEPII BACI · dots: UN Comtrade, reporter Japan · hollow dots (exporter-reported): UN Comtrade, reporter China (mirror)",
    );
    expect(valueSourcesText([])).toBeNull();
  });

  it("ticks from 0 to a round amount at or above the largest value", () => {
    expect(valueTicks(231586361)).toEqual([0, 50e6, 100e6, 150e6, 200e6, 250e6]);
    expect(valueTicks(8099908)).toEqual([0, 2e6, 4e6, 6e6, 8e6, 10e6]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe("the value view in Japanese", () => {
  const t = createTranslator({ locale: "ja", messages: { dashboard: jaDashboard }, namespace: "dashboard" }) as unknown as DashboardT;

  it("writes values in 億ドル / 百万ドル and shares as the card does", () => {
    const s = valueSeries(magnets(seeded()), 0);
    expect(glyphText(s.glyphs.find((g) => g.point.year === 2024)!, "ja")).toBe("1.57億ドル");
    // Magnets 2015: 31.94%.
    expect(glyphText({ point: point({ year: 2015, sharePct: 31.94 }) }, "ja")).toBe("31.94%");
    expect(glyphText({ point: point({ year: 2024, sharePct: 66.7, bound: "lower" }) }, "ja")).toBe("66.7%超");
  });

  it("ticks the axis in one unit: 億ドル from 1億ドル up, else 百万ドル", () => {
    const oku = valueTickFormat([0, 5e7, 1e8, 1.5e8, 2e8], "ja");
    expect([0, 5e7, 1e8, 1.5e8].map(oku)).toEqual(["0", "0.5億ドル", "1億ドル", "1.5億ドル"]);
    expect([0, 2e7, 4e7].map(valueTickFormat([0, 2e7, 4e7], "ja"))).toEqual(["0", "20百万ドル", "40百万ドル"]);
    expect(valueTickFormat([0, 5e7], "en")(5e7)).toBe("US$50m");
  });

  it("names the line's and the dots' sources, China's reports as ミラー統計", () => {
    expect(valueSourcesText(valueSeries(magnets(seeded()), 0).families, t, "ja")).toBe(
      "線：CEPII BACI／点：UN Comtrade, reporter Japan／白抜きの点（輸出国側の報告）：UN Comtrade, reporter China（ミラー統計）",
    );
    expect(familyLabel(undefined, true, t)).toBe("出典不明（ミラー統計）");
  });
});
