import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import type { DependencePoint, DependenceResponse } from "@/lib/types";
import { createTranslator } from "next-intl";
import { dependenceTitle, type DashboardT } from "@/lib/dependence-text";
import jaDashboard from "@/lib/i18n/messages/ja/dashboard.json";
import jaEnums from "@/lib/i18n/messages/ja/enums.json";
import { dependenceCsv, dependenceExportMeta, dependenceFileName, drawnDataAsOf } from "./dependence";

// The export's CSV read back as a spreadsheet would: BOM stripped, a header row, strings only.
const parseCsv = (text: string) => ({ rows: Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" }).data });

function point(p: Partial<DependencePoint>): DependencePoint {
  return {
    id: 1, year: 2010, period: "annual", month: null, half: null, partner: "CHN", hsCode: null, sharePct: 80, low: null, high: null, bound: null,
    estimate: false, derived: false, mirror: false, headline: true, basis: "value", sourceId: 1, note: null, ...p,
  };
}

function response(material: string, partners = true): DependenceResponse {
  return {
    material,
    materialName: material === "gallium" ? "Gallium" : "Rare earths (all)",
    importer: "JPN",
    materialHsCodes: [],
    values: [],
    from: 2010,
    to: 2014,
    points: [point({ id: 1, year: 2010, sharePct: 81.61, sourceId: 1 }), point({ id: 2, year: 2012, sharePct: null, low: 60, high: 70, estimate: true, sourceId: 2 })],
    partners: partners ? [point({ id: 3, year: 2012, partner: "VNM", sharePct: 10, headline: false, sourceId: 3 })] : [],
    partnersOmitted: 0,
    events: [],
    sources: [
      { id: 1, title: "Trade statistics", publisher: "MOF", published: "2011-02", url: "https://example.org/a", kind: "official_statistics", locator: "table 1" },
      { id: 2, title: "「武器」化されたレアアース", publisher: "Toyo Keizai", published: "2025", url: null, kind: "news", locator: null },
      { id: 3, title: "Vietnam report", publisher: null, published: null, url: null, kind: "report", locator: null },
    ],
  };
}

describe("dependenceCsv", () => {
  it("has a BOM and one row per drawn value with its source", () => {
    const csv = dependenceCsv([response("rare-earths")]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { rows } = parseCsv(csv);
    expect(rows.map((r) => [r.partner, r.year, r.sharePct, r.low, r.high, r.sourceTitle])).toEqual([
      ["CHN", "2010", "81.61", "", "", "Trade statistics"],
      ["CHN", "2012", "", "60", "70", "「武器」化されたレアアース"],
      ["VNM", "2012", "10", "", "", "Vietnam report"],
    ]);
  });

  it("names the one HS code a derived share comes from, and leaves it empty for a material-wide source", () => {
    const r = response("permanent-magnets");
    r.points = [point({ id: 1, year: 2015, sharePct: 31.94, hsCode: "850511", sourceId: 1 }), point({ id: 2, year: 2025, sharePct: 60, sourceId: 2 })];
    const { rows } = parseCsv(dependenceCsv([r]));
    expect(rows.filter((x) => x.partner === "CHN").map((x) => [x.year, x.sharePct, x.hsCode])).toEqual([
      ["2015", "31.94", "850511"],
      ["2025", "60", ""],
    ]);
  });

  it("with several materials, concatenates each material's China values (partners are not drawn)", () => {
    const { rows } = parseCsv(dependenceCsv([response("rare-earths"), response("gallium")], false));
    expect(rows.map((r) => `${r.material}:${r.partner}:${r.year}`)).toEqual(["rare-earths:CHN:2010", "rare-earths:CHN:2012", "gallium:CHN:2010", "gallium:CHN:2012"]);
  });
});

describe("dependenceExportMeta", () => {
  const meta = dependenceExportMeta({
    title: "China's share",
    responses: [response("rare-earths")],
    categories: ["export_control"],
    series: [{ label: "China · Rare earths (all)", color: "#D55E00" }, { label: "VNM", color: "#009E73", partner: true }],
    events: [{ number: 1, date: "2010-09-21", title: "China halts shipments", category: "export_control" }],
    permalink: "http://x/?from=2010&to=2014",
    exported: new Date(2026, 2, 14),
  });

  it("states the filters", () => {
    expect(meta.subtitle).toContain("Material: Rare earths (all)");
    expect(meta.subtitle).toContain("Years: 2010–2014");
    expect(meta.subtitle).toContain("Events: Export control");
  });

  it("lists the drawn values' sources, and dates the data by the latest value or event drawn (2012), not by a source's date (2025)", () => {
    expect(meta.sourceLine).toBe("Sources: MOF, Trade statistics (2011-02); Toyo Keizai, 「武器」化されたレアアース (2025); Vietnam report.");
    expect(meta.footer).toBe("REE Monitor · data as of 2012 · exported 2026-03-14");
    // Events later than the values are dated apart, never taken for the shares' date.
    expect(drawnDataAsOf([response("rare-earths")], [{ date: "2026-06-23" }])).toBe("2012 (values), 2026-06-23 (events)");
  });

  it("numbers the events as drawn and keys the series", () => {
    expect(meta.legendItems).toEqual([{ number: 1, date: "21 Sep 2010", title: "China halts shipments", color: "#D55E00" }]);
    expect(meta.keyItems?.map((k) => k.label)).toContain("VNM share");
    expect(meta.keyItems?.find((k) => k.label === "Export control")?.shape).toBe("disc");
  });

  it("names the file after the drawn materials and years", () => {
    expect(dependenceFileName([response("rare-earths")], { materials: ["x"], from: 1, to: 2 })).toBe("dependence-rare-earths-2010-2014");
    expect(dependenceFileName([], { materials: ["gallium"], from: 2008, to: 2026 })).toBe("dependence-gallium-2008-2026");
  });
});

describe("dependenceExportMeta, empty chart", () => {
  const empty = (material: string, materialName: string): DependenceResponse => ({
    material, materialName, importer: "JPN", materialHsCodes: [], values: [], from: 2008, to: 2026, points: [], partners: [], partnersOmitted: 0, events: [], sources: [],
  });

  it("says in words that nothing is drawn, and where the values are, instead of 'Sources: none · data as of unknown'", () => {
    const meta = dependenceExportMeta({
      title: "t",
      responses: [empty("dysprosium", "Dysprosium"), empty("terbium", "Terbium")],
      categories: [],
      series: [],
      events: [],
      permalink: "p",
      single: false,
      holders: { Dysprosium: "Heavy rare earths (Dy, Tb)", Terbium: "Heavy rare earths (Dy, Tb)" },
      exported: new Date(2026, 2, 14),
    });
    expect(meta.sourceLine).toBe(
      "No values drawn: no source gives China's share of Japan's Dysprosium or Terbium imports in 2008–2026; Dysprosium is reported in Heavy rare earths (Dy, Tb); Terbium is reported in Heavy rare earths (Dy, Tb).",
    );
    expect(meta.footer).toBe("REE Monitor · no values drawn · exported 2026-03-14");
    expect(`${meta.sourceLine} ${meta.footer}`).not.toMatch(/Sources: none|unknown/);
  });
});

describe("the value view's export", () => {
  // Graphite's official values are HS 250490 only (seeded: BACI 2022 8,099,908 USD; Japan's 2022 declaration beside it).
  const graphite = (): DependenceResponse => ({
    ...response("graphite", false),
    materialName: "Graphite",
    materialHsCodes: ["250410", "250490", "380110"],
    from: 2019,
    to: 2024,
    values: [
      { id: 10, year: 2019, valueUsd: 27550780, hsCode: "250490", basis: "value", derived: false, mirror: false, headline: false, sourceId: 1, note: "value only" },
      { id: 11, year: 2022, valueUsd: 8099908, hsCode: "250490", basis: "value", derived: true, mirror: false, headline: false, sourceId: 1, note: null },
      { id: 12, year: 2022, valueUsd: 8400000, hsCode: "250490", basis: "value", derived: true, mirror: true, headline: false, sourceId: 2, note: null },
    ],
  });

  it("writes one row per value with valueUsd and HS code, and which value makes the line", () => {
    const { rows } = parseCsv(dependenceCsv([graphite()], true, "value"));
    expect(rows.map((r) => [r.year, r.valueUsd, r.hsCode, r.line, r.mirror, r.sourceTitle])).toEqual([
      ["2019", "27550780", "250490", "1", "0", "Trade statistics"],
      ["2022", "8099908", "250490", "1", "0", "Trade statistics"],
      ["2022", "8400000", "250490", "0", "1", "「武器」化されたレアアース"],
    ]);
    expect(rows[0]).not.toHaveProperty("sharePct");
  });

  it("titles the axis in US$, cites the values' sources with the HS scope, and dates the data by the values", () => {
    const meta = dependenceExportMeta({
      title: "Value of Japan's imports of Graphite from China (US$), 2019–2024",
      responses: [graphite()],
      categories: [],
      series: [{ label: "China · Graphite", color: "#D55E00" }],
      events: [],
      permalink: "http://x/?material=graphite&view=value",
      exported: new Date(2026, 0, 2),
      view: "value",
    });
    expect(meta.subtitle).toContain("Value of Japan's imports from China, US$ (annual)");
    expect(meta.sourceLine).toBe(
      "Sources: MOF, Trade statistics (2011-02); Toyo Keizai, 「武器」化されたレアアース (2025). Official series: HS 250490 only (natural graphite, other than powder or flakes), 1 of graphite's 3 codes.",
    );
    expect(meta.footer).toContain("2022");
    expect((meta.keyItems ?? []).map((k) => k.label)).not.toContain("estimate / bound / range");
  });
});

describe("dependenceExportMeta in Japanese", () => {
  const t = createTranslator({ locale: "ja", messages: { dashboard: jaDashboard }, namespace: "dashboard" }) as unknown as DashboardT;
  const meta = dependenceExportMeta({
    title: dependenceTitle(["レアアース（希土類）全体"], 2010, 2014, t, "ja"),
    responses: [response("rare-earths")],
    categories: ["export_control", "diplomatic"],
    series: [{ label: "中国（レアアース（希土類）全体）", color: "#D55E00" }, { label: "ベトナム", color: "#009E73", partner: true }],
    events: [{ number: 1, date: "2010-09-21", title: "中国、対日レアアース輸出を停止", category: "export_control" }],
    permalink: "http://x/ja?from=2010&to=2014",
    exported: new Date(2026, 2, 14),
    locale: "ja",
    t,
    enums: jaEnums,
    nameOf: () => "レアアース（希土類）全体",
  });

  it("writes the title, the filter line and the key in Japanese", () => {
    expect(meta.title).toBe("日本の輸入に占める中国の割合：レアアース（希土類）全体（2010〜2014年）");
    expect(meta.subtitle).toBe("鉱種：レアアース（希土類）全体／期間：2010〜2014年／事案：輸出管理（輸出規制）、外交／日本の輸入に占める割合（%）");
    expect(meta.keyItems?.map((k) => k.label)).toEqual([
      "中国（レアアース（希土類）全体）",
      "ベトナムのシェア",
      "推計値・下限値/上限値・幅",
      "他の出典の値（同じ年）",
      "輸出管理（輸出規制）",
      "マーカーの大きさ＝深刻度（1〜5）",
    ]);
  });

  it("numbers the events with Japanese dates, and cites the sources as published", () => {
    expect(meta.legendItems).toEqual([{ number: 1, date: "2010年9月21日", title: "中国、対日レアアース輸出を停止", color: "#D55E00" }]);
    expect(meta.sourceLine).toBe("出典：MOF、Trade statistics（2011-02）；Toyo Keizai、「武器」化されたレアアース（2025）；Vietnam report。");
    expect(drawnDataAsOf([response("rare-earths")], [{ date: "2026-06-23" }], "share", t, "ja")).toBe("2012年（値）、2026年6月23日（事案）");
  });

  it("says in Japanese that nothing is drawn, and where the values are", () => {
    const none = (material: string): DependenceResponse => ({ ...response(material, false), points: [], sources: [], from: 2008, to: 2026 });
    const empty = dependenceExportMeta({
      title: "t",
      responses: [none("dysprosium"), none("terbium")],
      categories: [],
      series: [],
      events: [],
      permalink: "p",
      single: false,
      holders: { ジスプロシウム: "重希土類（Dy、Tb）" },
      locale: "ja",
      t,
      enums: jaEnums,
      nameOf: (r) => (r.material === "dysprosium" ? "ジスプロシウム" : "テルビウム"),
    });
    expect(empty.sourceLine).toBe("描画した値なし：2008〜2026年について、ジスプロシウムまたはテルビウムの日本の輸入に占める中国の割合を示す出典がありません（ジスプロシウムは重希土類（Dy、Tb）に計上）。");
    expect(empty.subtitle).toContain("事案：全分類");
  });
});
