import { source as baseSource } from "./testing/fixtures";
import { describe, expect, it } from "vitest";
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
    expect(parseSourceFilters({ kind: ["news", "report"], material: "graphite", q: "  Lynas ", id: "8" }, materials)).toEqual({
      filters: { kind: "news", material: "graphite", q: "Lynas", id: 8 },
      issues: [],
    });
  });

  it("drops and names every invalid value", () => {
    const { filters, issues } = parseSourceFilters({ kind: "' OR 1=1", material: "unobtainium", q: "x".repeat(101), id: "1e3" }, materials);
    expect(filters).toEqual(none);
    expect(issues).toEqual([
      { param: "kind", value: "' OR 1=1", message: "unknown source kind" },
      { param: "material", value: "unobtainium", message: "unknown material" },
      { param: "q", value: "(too long)", message: "longer than 100 characters" },
      { param: "id", value: "1e3", message: "not a source id" },
    ]);
    expect(parseSourceFilters({ kind: "k".repeat(50) }, materials).issues[0].value).toBe(`${"k".repeat(40)}…`);
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
    expect(citedSummary(all[2])).toBe("Cited by 2 rows: 1 trade share, 0 incidents, 1 project");
    expect(citedSummary(all[0])).toBe("Cited by 1 row: 1 trade share, 0 incidents, 0 projects");
  });

  it("names what a source's record lacks", () => {
    expect(formatSourceEntryDetails({ publisher: null, published: null, locator: null })).toBe("publisher unknown · date unknown");
    expect(formatSourceEntryDetails({ publisher: "METI", published: "2010-09-21", locator: "p. 4" })).toBe("METI · 21 Sep 2010 · p. 4");
    expect(formatSourceEntryDetails({ publisher: "METI", published: "2010-09", locator: null })).toBe("METI · Sep 2010");
  });

  it("writes a cited share and a side of a disagreement", () => {
    expect(citedShareText(share(1, { sharePct: 81.61, year: 2010, headline: true }), "Rare earths")).toBe("Rare earths · China · 2010: 81.61% · line value");
    expect(citedShareText(share(2, { sharePct: null, partner: "VNM" }), "Rare earths")).toBe("Rare earths · Vietnam · 2009: level only (no share)");
    expect(citedShareText(share(3, { sharePct: null, low: 60, high: 70 }), "Graphite")).toBe("Graphite · China · 2009: 60–70%");
    expect(statementText(share(4, { sharePct: 85, estimate: true, headline: true }))).toBe("~85% (2009, line value)");
    expect(statementText(share(5, { sharePct: 90, bound: "lower", period: "point_in_time" }))).toBe("> 90% (2009 (statement))");
  });

  it("links each citing incident and project to its page, a repeat of another record saying so", () => {
    const links = citedRecordLinks({
      incidents: [
        { id: 3, date: "2010-09-07", title: "Trawler collision", duplicateOf: null },
        { id: 4, date: "2010-09", title: "Trawler collision (second source)", duplicateOf: 3 },
      ],
      projects: [{ id: 20, name: "Shin-Etsu Hai Phong complex", duplicateOf: 18 }],
    });
    expect(links.incidents).toEqual([
      { id: 3, href: "/incidents/3", text: "7 Sep 2010 · Trawler collision", note: "" },
      { id: 4, href: "/incidents/4", text: "Sep 2010 · Trawler collision (second source)", note: " (second record of one event)" },
    ]);
    expect(links.projects).toEqual([{ id: 20, href: "/projects/20", text: "Shin-Etsu Hai Phong complex", note: " (repeats another record)" }]);
  });
});

describe("moreSharesText", () => {
  it("says how many rows a dataset source cites beyond the list", () => {
    const listed = [share(1, { sharePct: 30 })];
    expect(moreSharesText({ shares: listed, sharesTotal: 1, peerRows: 0 })).toBeNull();
    expect(moreSharesText({ shares: listed, sharesTotal: 1500, peerRows: 1200 })).toBe("Showing 1 of Japan's 300 rows. 1,200 more give other importers' shares (peers).");
    expect(moreSharesText({ shares: listed, sharesTotal: 201, peerRows: 200 })).toBe("200 more give other importers' shares (peers).");
  });
});
