import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import {
  ENGLISH_DASHBOARD,
  compactYears,
  dependenceTitle,
  dependenceValueTitle,
  emptyChartText,
  gapsText,
  partnersDrawn,
  pointKinds,
  shortSource,
  sourceLine,
  usedSources,
  type DashboardT,
} from "./dependence-text";
import jaDashboard from "./i18n/messages/ja/dashboard.json";
import jaEnums from "./i18n/messages/ja/enums.json";
import { point, source } from "./testing/fixtures";


describe("source wording", () => {
  it("joins publisher, title and date, and says when the source is unknown", () => {
    expect(sourceLine(source(3, { publisher: "JOGMEC", published: "2021-03" }))).toBe("JOGMEC · Source 3 · 2021-03");
    expect(sourceLine(undefined)).toBe("source unknown");
  });

  it("shortens to the publisher, or the title cut at 48 characters, and the date", () => {
    expect(shortSource(source(1, { publisher: "USGS", published: "2024" }))).toBe("USGS, 2024");
    const long = "A very long report title that runs well past the limit of the briefing";
    expect(shortSource(source(2, { title: long }))).toBe(`${long.slice(0, 48)}…`);
  });
});

describe("gaps", () => {
  it("writes runs of years as ranges", () => {
    expect(compactYears([2001, 2002, 2003, 2007])).toBe("2001–2003, 2007");
    expect(compactYears([2009])).toBe("2009");
    expect(compactYears([])).toBe("");
  });

  it("names each material's gaps when several are shown, and returns null when there are none", () => {
    expect(gapsText([[2001, 2002], []], ["Rare earths", "Dysprosium"], false)).toBe("Rare earths: 2001–2002 · Dysprosium: none");
    expect(gapsText([[2009, 2012, 2013]], ["Rare earths"], true)).toBe("2009, 2012–2013");
    expect(gapsText([[], []], ["a", "b"], false)).toBeNull();
  });
});

describe("sources and partners drawn", () => {
  it("keeps the sources behind a drawn value or an event, in the responses' order", () => {
    const sources = new Map([1, 2, 3, 4].map((id) => [id, source(id)] as const));
    const used = usedSources(sources, [{ sourceId: 4 }], [{ glyphs: [{ point: { sourceId: 2 } }, { point: { sourceId: 1 } }] }]);
    expect(used.map((s) => s.id)).toEqual([1, 2, 4]);
  });

  it("counts distinct partners", () => {
    expect(partnersDrawn({ partners: [{ partner: "VNM" }, { partner: "VNM" }, { partner: "FRA" }] })).toBe(2);
    expect(partnersDrawn({ partners: [] })).toBe(0);
  });
});

describe("titles and empty charts", () => {
  it("keeps the material names as stored", () => {
    expect(dependenceTitle(["Heavy rare earths (Dy, Tb)"], 2008, 2026)).toBe("China's share of Japan's imports: Heavy rare earths (Dy, Tb), 2008–2026");
    expect(dependenceTitle(["Rare earths (all)", "Graphite", "Gallium"], 2010, 2010)).toBe("China's share of Japan's imports: Rare earths (all), Graphite and Gallium, 2010");
  });

  it("says why a chart is empty", () => {
    expect(emptyChartText(["Dysprosium", "Terbium"], 2008, 2026)).toBe("No source gives China's share of Japan's Dysprosium or Terbium imports in 2008–2026, so there is no line to draw.");
  });
});

describe("in Japanese", () => {
  const t = createTranslator({ locale: "ja", messages: { dashboard: jaDashboard }, namespace: "dashboard" }) as unknown as DashboardT;
  const basis = { basis: jaEnums.basis };

  it("titles the chart with the Japanese material names and Western years", () => {
    expect(dependenceTitle(["永久磁石"], 2010, 2026, t, "ja")).toBe("日本の輸入に占める中国の割合：永久磁石（2010〜2026年）");
    expect(dependenceTitle(["レアアース（希土類）全体", "黒鉛"], 2010, 2010, t, "ja")).toBe("日本の輸入に占める中国の割合：レアアース（希土類）全体、黒鉛（2010年）");
    expect(dependenceValueTitle(["永久磁石"], 2002, 2025, t, "ja")).toBe("日本の中国からの輸入額：永久磁石（ドル、2002〜2025年）");
  });

  it("writes gaps as years, never grouped numbers, and says when a material has none", () => {
    expect(compactYears([2001, 2002, 2003, 2007], t, "ja")).toBe("2001〜2003年、2007年");
    expect(gapsText([[2009, 2012, 2013], []], ["レアアース（希土類）全体", "ジスプロシウム"], false, t, "ja")).toBe("レアアース（希土類）全体：2009年、2012〜2013年／ジスプロシウム：なし");
  });

  it("says an empty chart is a gap, not a zero", () => {
    expect(emptyChartText(["ジスプロシウム", "テルビウム"], 2008, 2026, t, "ja")).toBe(
      "2008〜2026年について、ジスプロシウムまたはテルビウムの日本の輸入に占める中国の割合を示す出典がないため、線は描いていません。",
    );
    expect(sourceLine(undefined, t)).toBe("出典不明");
  });

  it("names a point's kind in the glossary's words: 代表値, 他の出典の値, 推計値, 下限値, 幅", () => {
    // Rare earths 2010: 81.61% by volume, the line's value.
    const y2010 = point({ year: 2010, sharePct: 81.61, headline: true });
    expect(pointKinds(y2010, t, basis)).toEqual(["その年の代表値", "数量（重量）ベース"]);
    const bound = point({ year: 2024, sharePct: 66.7, bound: "lower", hsCode: "850511", basis: "value" });
    expect(pointKinds(bound, t, basis)).toEqual(["同じ年の他の出典の値（線には使用せず）", "下限値", "金額ベース", "HS 850511"]);
    const range = point({ year: 2025, low: 60, high: 70, estimate: true, headline: true });
    expect(pointKinds(range, t, basis)).toEqual(["その年の代表値", "推計値", "幅", "数量（重量）ベース"]);
    expect(pointKinds(range, t, basis, { tooltip: true })).toEqual(["その年の代表値", "推計値", "数量（重量）ベース"]);
  });

  it("keeps the English words in English", () => {
    expect(pointKinds(point({ year: 2010, sharePct: 81.61, headline: true }), ENGLISH_DASHBOARD, { basis: { value: "value", volume: "volume", unspecified: "not stated" } }, { tooltip: true })).toEqual([
      "Line value for the year",
      "basis: volume",
    ]);
  });
});
