import { createTranslator } from "next-intl";
import { source as baseSource } from "./testing/fixtures";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import {
  citedRecordLinks,
  citedShareText,
  citedSummary,
  formatSourceEntryDetails,
  matchesSource,
  parseSourceFilters,
  sourceConflicts,
  shareStatements,
  moreSharesText,
  statementText,
  visibleSources,
  type CitedShare,
  type SourceFilters,
  type SourceWithCitations,
} from "./sources-view";

/** The /sources page's translator in a language, as the page gets it. */
const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "sources" }) as unknown as Translator<"sources">;
const en = tr("en");
const ja = tr("ja");

const share = (id: number, extra: Partial<CitedShare>): CitedShare => ({
  id,
  material: "rare-earths",
  partner: "CHN",
  basis: "volume",
  hsCode: null,
  mirror: false,
  year: 2009,
  period: "annual",
  month: null,
  half: null,
  sharePct: 85,
  low: null,
  high: null,
  bound: null,
  estimate: false,
  headline: false,
  ...extra,
});

const source = (id: number, extra: Partial<SourceWithCitations>): SourceWithCitations => ({ ...baseSource(id), shares: [], incidents: [], projects: [], ...extra });

const all = [
  source(1, { kind: "official_statistics", publisher: "Japan Customs", shares: [share(10, { sharePct: 85.49, headline: true })] }),
  source(2, { kind: "news", title: "Rare earth shipments halted", url: "https://example.org/halt", shares: [share(11, { sharePct: 70, estimate: true })] }),
  source(3, { kind: "report", locator: "table 4", shares: [share(12, { material: "graphite", sharePct: 90 })], projects: [{ id: 5, name: "Lynas offtake", duplicateOf: null }] }),
];
const none: SourceFilters = { kind: null, material: null, q: "", id: null };

describe("parseSourceFilters", () => {
  const materials = new Set(["rare-earths", "graphite"]);

  it("keeps valid values, trims the text and reads the first of repeated parameters", () => {
    expect(parseSourceFilters({ kind: ["news", "report"], material: "graphite", q: "  Lynas ", id: "8" }, materials, en)).toEqual({
      filters: { kind: "news", material: "graphite", q: "Lynas", id: 8 },
      issues: [],
    });
  });

  it("drops and names every invalid value", () => {
    const bad = { kind: "' OR 1=1", material: "unobtainium", q: "x".repeat(101), id: "1e3" };
    const { filters, issues } = parseSourceFilters(bad, materials, en);
    expect(filters).toEqual(none);
    expect(issues).toEqual([
      { param: "kind", value: "' OR 1=1", message: "unknown source kind" },
      { param: "material", value: "unobtainium", message: "unknown material" },
      { param: "q", value: "(too long)", message: "longer than 100 characters" },
      { param: "id", value: "1e3", message: "not a source id" },
    ]);
    expect(parseSourceFilters({ kind: "k".repeat(50) }, materials, en).issues[0].value).toBe(`${"k".repeat(40)}…`);
    expect(parseSourceFilters(bad, materials, ja).issues).toEqual([
      { param: "kind", value: "' OR 1=1", message: "出典の種類が不明です" },
      { param: "material", value: "unobtainium", message: "鉱種が不明です" },
      { param: "q", value: "（長すぎます）", message: "100文字を超えています" },
      { param: "id", value: "1e3", message: "出典番号ではありません" },
    ]);
  });
});

describe("matchesSource and visibleSources", () => {
  it("filters by kind, cited material and text in title, publisher, locator or URL, case-insensitively", () => {
    expect(all.filter((s) => matchesSource(s, { ...none, kind: "news" })).map((s) => s.id)).toEqual([2]);
    expect(all.filter((s) => matchesSource(s, { ...none, material: "graphite" })).map((s) => s.id)).toEqual([3]);
    expect(all.filter((s) => matchesSource(s, { ...none, q: "customs" })).map((s) => s.id)).toEqual([1]);
    expect(all.filter((s) => matchesSource(s, { ...none, q: "TABLE 4" })).map((s) => s.id)).toEqual([3]);
    expect(all.filter((s) => matchesSource(s, { ...none, q: "example.org" })).map((s) => s.id)).toEqual([2]);
  });

  it("always lists the source a link asked for by id", () => {
    expect(visibleSources(all, { ...none, kind: "news", id: 3 }).map((s) => s.id)).toEqual([2, 3]);
  });
});

describe("sourceConflicts", () => {
  it("finds the disagreement and the sources taking part, narrowed to the filtered material", () => {
    const { conflicts, inConflict } = sourceConflicts(shareStatements(all), null);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ material: "rare-earths", partner: "CHN", year: 2009 });
    expect(conflicts[0].statements.map((s) => s.sourceId)).toEqual([1, 2]);
    expect([...inConflict]).toEqual([1, 2]);
    expect(sourceConflicts(shareStatements(all), "graphite").conflicts).toEqual([]);
  });
});

describe("entry text", () => {
  it("counts the citing rows in words", () => {
    expect(citedSummary(all[2], en)).toBe("Cited by 2 rows: 1 trade share, 0 incidents, 1 project");
    expect(citedSummary(all[0], en)).toBe("Cited by 1 row: 1 trade share, 0 incidents, 0 projects");
    expect(citedSummary(all[2], ja)).toBe("引用2件：輸入シェア1件、事案0件、プロジェクト1件");
    expect(citedSummary({ shares: [], sharesTotal: 13215, incidents: [], projects: [] }, ja)).toBe("引用13,215件：輸入シェア13,215件、事案0件、プロジェクト0件");
  });

  it("names what a source's record lacks", () => {
    expect(formatSourceEntryDetails({ publisher: null, published: null, locator: null }, en, "en")).toBe("publisher unknown · date unknown");
    expect(formatSourceEntryDetails({ publisher: "METI", published: "2010-09-21", locator: "p. 4" }, en, "en")).toBe("METI · 21 Sep 2010 · p. 4");
    expect(formatSourceEntryDetails({ publisher: "METI", published: "2010-09", locator: null }, en, "en")).toBe("METI · Sep 2010");
    expect(formatSourceEntryDetails({ publisher: null, published: null, locator: null }, ja, "ja")).toBe("発行元不明、日付不明");
    expect(formatSourceEntryDetails({ publisher: "経済産業省", published: "2010-09-21", locator: "p. 4" }, ja, "ja")).toBe("経済産業省、2010年9月21日、p. 4");
    expect(formatSourceEntryDetails({ publisher: "METI", published: "2010", locator: null }, ja, "ja")).toBe("METI、2010年");
  });

  it("writes a cited share and a side of a disagreement", () => {
    expect(citedShareText(share(1, { sharePct: 81.61, year: 2010, headline: true }), "Rare earths", en, "en")).toBe("Rare earths · China · 2010: 81.61% · line value");
    expect(citedShareText(share(2, { sharePct: null, partner: "VNM" }), "Rare earths", en, "en")).toBe("Rare earths · Vietnam · 2009: level only (no share)");
    expect(citedShareText(share(3, { sharePct: null, low: 60, high: 70 }), "Graphite", en, "en")).toBe("Graphite · China · 2009: 60–70%");
    expect(statementText(share(4, { sharePct: 85, estimate: true, headline: true }), en, "en")).toBe("~85% (2009, line value)");
    expect(statementText(share(5, { sharePct: 90, bound: "lower", period: "point_in_time" }), en, "en")).toBe("> 90% (2009 (statement))");
  });

  it("writes them in Japanese: country names from Intl, 代表値, bounds and estimates in words", () => {
    const name = "レアアース（希土類）全体";
    expect(citedShareText(share(1, { sharePct: 81.61, year: 2010, headline: true }), name, ja, "ja")).toBe("レアアース（希土類）全体・中国・2010年：81.61%（代表値）");
    expect(citedShareText(share(2, { sharePct: null, partner: "VNM" }), name, ja, "ja")).toBe("レアアース（希土類）全体・ベトナム・2009年：数量・金額のみ（シェアなし）");
    expect(citedShareText(share(3, { sharePct: null, low: 60, high: 70, partner: "KOR" }), "黒鉛", ja, "ja")).toBe("黒鉛・韓国・2009年：60〜70%");
    expect(statementText(share(4, { sharePct: 85, estimate: true, headline: true }), ja, "ja")).toBe("約85%（2009年、代表値）");
    expect(statementText(share(5, { sharePct: 90, bound: "lower", period: "point_in_time" }), ja, "ja")).toBe("90%超（2009年（発言時点））");
    expect(statementText(share(6, { sharePct: 85.49 }), ja, "ja")).toBe("85.49%（2009年）");
  });

  it("links each citing incident and project to its page, a repeat of another record saying so", () => {
    const records = {
      incidents: [
        { id: 3, date: "2010-09-07", title: "Trawler collision", duplicateOf: null },
        { id: 4, date: "2010-09", title: "Trawler collision (second source)", duplicateOf: 3 },
      ],
      projects: [{ id: 20, name: "Shin-Etsu Hai Phong complex", duplicateOf: 18 }],
    };
    const links = citedRecordLinks(records, en, "en", "English");
    expect(links.incidents).toEqual([
      { id: 3, href: "/incidents/3", text: "7 Sep 2010 · Trawler collision", note: "" },
      { id: 4, href: "/incidents/4", text: "Sep 2010 · Trawler collision (second source)", note: " (second record of one event)" },
    ]);
    expect(links.projects).toEqual([{ id: 20, href: "/projects/20", text: "Shin-Etsu Hai Phong complex", note: " (repeats another record)" }]);

    // In Japanese: the Japanese title where there is one, else the English one marked.
    const jaLinks = citedRecordLinks(
      { ...records, incidents: [{ ...records.incidents[0], titleJa: "尖閣諸島沖漁船衝突事件" }, records.incidents[1]], projects: [{ ...records.projects[0], nameJa: "信越化学 ハイフォン拠点" }] },
      ja,
      "ja",
      "英語",
    );
    expect(jaLinks.incidents).toEqual([
      { id: 3, href: "/incidents/3", text: "2010年9月7日　尖閣諸島沖漁船衝突事件", note: "" },
      { id: 4, href: "/incidents/4", text: "2010年9月　Trawler collision (second source)［英語］", note: "（同一事案の別記録）" },
    ]);
    expect(jaLinks.projects).toEqual([{ id: 20, href: "/projects/20", text: "信越化学 ハイフォン拠点", note: "（他の記録と重複）" }]);
  });
});

describe("moreSharesText", () => {
  it("says how many rows a dataset source cites beyond the list", () => {
    const listed = [share(1, { sharePct: 30 })];
    expect(moreSharesText({ shares: listed, sharesTotal: 1, peerRows: 0 }, en)).toBeNull();
    expect(moreSharesText({ shares: listed, sharesTotal: 1500, peerRows: 1200 }, en)).toBe("Showing 1 of Japan's 300 rows. 1,200 more give other importers' shares (peers).");
    expect(moreSharesText({ shares: listed, sharesTotal: 201, peerRows: 200 }, en)).toBe("200 more give other importers' shares (peers).");
    expect(moreSharesText({ shares: listed, sharesTotal: 3, peerRows: 0 }, en)).toBe("Showing 1 of Japan's 3 rows.");
    expect(moreSharesText({ shares: listed, sharesTotal: 2, peerRows: 1 }, en)).toBe("1 more gives another importer's share (peers).");
    expect(moreSharesText({ shares: listed, sharesTotal: 1500, peerRows: 1200 }, ja)).toBe("日本の300件のうち1件を表示しています。このほか、他の輸入国のシェアが1,200件あります（主要国との比較）。");
    expect(moreSharesText({ shares: listed, sharesTotal: 201, peerRows: 200 }, ja)).toBe("このほか、他の輸入国のシェアが200件あります（主要国との比較）。");
  });
});
