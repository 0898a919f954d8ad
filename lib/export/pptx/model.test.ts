import { describe, expect, it } from "vitest";
import type { DependencePoint } from "@/lib/types";
import { shapeSeries } from "@/lib/dependence-shape";
import { DECK_EVENT_ROWS, deckModel } from "./deck";
import { dependenceChartData, peersChartData, rowsChartData } from "./chart-data";
import { chartSlideModel, csvToNotes, estimateInches, estimateLines, eventsLayout, PPTX_FONT, SLIDE_EVENT_ROWS, type SlideWords } from "./model";

function point(p: Partial<DependencePoint>): DependencePoint {
  return {
    id: 1, year: 2010, period: "annual", month: null, half: null, partner: "CHN", hsCode: null, sharePct: 80, low: null, high: null, bound: null,
    estimate: false, derived: false, mirror: false, headline: true, basis: "value", sourceId: 1, note: null, ...p,
  };
}

const words: SlideWords = {
  eventNumber: "No.",
  eventDate: "Date",
  eventTitle: "Event",
  moreEvents: (n) => `…and ${n} more`,
  notesValues: "Drawn values:",
  notesEvents: "Events:",
  notesSources: "Sources:",
  notesPermalink: "This view:",
};

const meta = (events = 2) => ({
  title: "China's share of Japan's imports: Rare earths (all), 2008–2014",
  subtitle: "Rare earths (all) · 2008–2014 · all event categories",
  legendItems: Array.from({ length: events }, (_, i) => ({ number: i + 1, date: `2010-09-0${(i % 9) + 1}`, title: `Event ${i + 1}`, color: "#d55e00" })),
  sourceLine: "Sources: MOF, Trade statistics (2011-02).",
  footer: "REE Monitor · data as of 2014 · exported 2026-12-01 · data version 3",
  permalink: "http://127.0.0.1:3101/?from=2008&to=2014&v=3",
});

describe("native chart data", () => {
  // The seed's rare-earths headline points, with 2011 and 2013 missing (gaps, not zeros).
  const shaped = shapeSeries([point({ id: 1, year: 2010, sharePct: 81.61 }), point({ id: 2, year: 2012, sharePct: 49.6 }), point({ id: 3, year: 2014, sharePct: 58.5, estimate: true })], 2010, 2014);

  it("draws the dependence line year by year: 81.61 for 2010, null for the years without a value, estimates on the line", () => {
    const data = dependenceChartData([{ label: "China · Rare earths (all)", color: "#D55E00", rows: shaped.rows }]);
    expect(data).toEqual({
      kind: "dependence",
      type: "line",
      categories: ["2010", "2011", "2012", "2013", "2014"],
      series: [{ name: "China · Rare earths (all)", color: "#D55E00", values: [81.61, null, 49.6, null, 58.5] }],
      unit: "percent",
    });
    expect(data!.series[0].values).not.toContain(0);
  });

  it("leaves out series with nothing drawn and has no chart when nothing is drawn at all", () => {
    const empty = shapeSeries([], 2010, 2014).rows;
    expect(dependenceChartData([{ label: "empty", color: "#000000", rows: empty }])).toBeNull();
    const data = dependenceChartData([
      { label: "a", color: "#111111", rows: shaped.rows },
      { label: "b", color: "#222222", rows: empty },
    ]);
    expect(data!.series.map((s) => s.name)).toEqual(["a"]);
  });

  it("keeps the value view's unit (US$)", () => {
    expect(dependenceChartData([{ label: "v", color: "#111111", unit: "usd", rows: shaped.rows }])!.unit).toBe("usd");
  });

  it("draws the peers as horizontal bars in the page's order, values as the API gives them", () => {
    const data = peersChartData(
      [
        { name: "Japan", chinaSharePct: 27.58, highlight: true },
        { name: "South Korea", chinaSharePct: 87.44, highlight: false },
      ],
      "China's share of each importer's imports, by value, %",
      { japan: "#0072B2", peer: "#888888" },
    );
    expect(data).toMatchObject({ kind: "peers", type: "bar", direction: "horizontal", categories: ["Japan", "South Korea"], series: [{ values: [27.58, 87.44] }], unit: "percent", pointColors: ["#0072B2", "#888888"] });
    expect(peersChartData([], "x", { japan: "#000000", peer: "#000000" })).toBeNull();
  });
});

describe("rows charts", () => {
  it("stacks incidents per year by category, one series per category, counts as drawn", () => {
    const rows = [
      { year: 2010, export_control: 2, diplomatic: 1 },
      { year: 2011, export_control: 0, diplomatic: 0 },
    ];
    const data = rowsChartData({ kind: "incidents", type: "bar", stacked: true, rows, index: "year", keys: ["export_control", "diplomatic"], name: (k) => k.toUpperCase(), color: () => "#D55E00", unit: "count" });
    expect(data).toEqual({
      kind: "incidents",
      type: "bar",
      direction: "vertical",
      stacked: true,
      categories: ["2010", "2011"],
      series: [
        { name: "EXPORT_CONTROL", color: "#D55E00", values: [2, 0] },
        { name: "DIPLOMATIC", color: "#D55E00", values: [1, 0] },
      ],
      unit: "count",
    });
  });

  it("keeps a month without a value as a gap in the monthly lines", () => {
    const rows = [
      { x: 0, month: "2025-01", "850511": 1200 },
      { x: 1, month: "2025-02", "850511": null },
    ];
    const data = rowsChartData({ kind: "monthly", type: "line", rows, index: "month", keys: ["850511"], name: (k) => `HS ${k}`, color: () => "#0072B2", unit: "usd" });
    expect(data!.series[0].values).toEqual([1200, null]);
    expect(data!.categories).toEqual(["2025-01", "2025-02"]);
    expect(rowsChartData({ kind: "monthly", type: "line", rows: [], index: "month", keys: ["850511"], name: String, color: String, unit: "usd" })).toBeNull();
  });
});

describe("chart slide model", () => {
  const csv = "\uFEFFmaterial,year,sharePct,source\nrare-earths,2010,81.61,\"MOF, Trade statistics\"\nrare-earths,2011,,\n";

  it("puts the drawn values, events, sources and permalink in the notes, the CSV read as rows", () => {
    const model = chartSlideModel({ meta: meta(), csv, chart: null, words, locale: "en" });
    expect(model.title).toBe("China's share of Japan's imports: Rare earths (all), 2008–2014");
    expect(model.notes.split("\n")).toEqual([
      "Drawn values:",
      "material\tyear\tsharePct\tsource",
      "rare-earths\t2010\t81.61\tMOF, Trade statistics",
      "rare-earths\t2011\t\t",
      "",
      "Events:",
      "1\t2010-09-01\tEvent 1",
      "2\t2010-09-02\tEvent 2",
      "",
      "Sources:",
      "Sources: MOF, Trade statistics (2011-02).",
      "REE Monitor · data as of 2014 · exported 2026-12-01 · data version 3",
      "",
      "This view:",
      "http://127.0.0.1:3101/?from=2008&to=2014&v=3",
    ]);
    expect(model.footnote).toBe("Sources: MOF, Trade statistics (2011-02).\nREE Monitor · data as of 2014 · exported 2026-12-01 · data version 3");
    expect(model.fontFace).toBe("Arial");
  });

  it("keeps every event for the table to fit and the notes to list; Japanese decks name a Japanese face", () => {
    const model = chartSlideModel({ meta: meta(SLIDE_EVENT_ROWS + 3), csv, chart: null, words, locale: "ja" });
    expect(model.events).toHaveLength(SLIDE_EVENT_ROWS + 3);
    expect(model.moreEvents(3)).toBe("…and 3 more");
    expect(model.notes).toContain(`${SLIDE_EVENT_ROWS + 3}\t`);
    expect(model.fontFace).toBe(PPTX_FONT.ja);
    expect(PPTX_FONT.ja).toBe("Yu Gothic");
  });

  it("drops a native chart with no value drawn (an empty chart is not a chart)", () => {
    const chart = { kind: "peers" as const, type: "bar" as const, categories: ["Japan"], series: [{ name: "s", color: "#000000", values: [null] }], unit: "percent" as const };
    expect(chartSlideModel({ meta: meta(), csv, chart, words, locale: "en" }).chart).toBeNull();
  });

  it("reads quoted CSV fields with commas and doubled quotes", () => {
    expect(csvToNotes('a,b\n"x, y","say ""hi"""\n')).toBe("a\tb\nx, y\tsay \"hi\"");
  });
});

describe("text estimates", () => {
  it("counts full-width characters as one em and the rest as about half", () => {
    expect(estimateInches("2010-09-07", 8)).toBeCloseTo((10 * 0.58 * 8) / 72, 5);
    // Four digits, 年, 9, 月, 7, 日: three full-width, six half, five script changes.
    expect(estimateInches("2010年9月7日", 8)).toBeCloseTo(((6 * 0.58 + 3 + 5 * 0.25) * 8) / 72, 5);
    expect(estimateLines("a\nb", 8, 10)).toBe(2);
    expect(estimateLines("x".repeat(400), 8, 12)).toBe(Math.ceil((400 * 0.58 * 8) / 72 / 12));
  });
});

describe("events table layout", () => {
  const head = ["No.", "Date", "Event"] as const;
  const rows = Array.from({ length: 10 }, (_, i) => ({ number: i + 1, date: "2010年9月24日", title: "尖閣諸島沖漁船衝突事件、日本が中国人船長を逮捕", color: "#0072B2" }));

  it("sizes the date column for the longest date and fits only the rows the height allows, leaving room for the line that counts the rest", () => {
    const all = eventsLayout(rows, head, 5, 8);
    expect(all.fit).toBe(10);
    expect(all.colW[1]).toBeGreaterThan(estimateInches("2010年9月24日", 8));
    const row = all.rowH[1];
    const some = eventsLayout(rows, head, 5, 8, all.rowH[0] + 3 * row + all.moreH + 0.001);
    expect(some.fit).toBe(3);
    expect(some.rowH).toHaveLength(4);
    expect(eventsLayout(rows, head, 5, 8, Infinity, 4).fit).toBe(4);
  });
});

describe("briefing deck", () => {
  const deckWords = { ...words, figuresTitle: "Headline figures", eventsTitle: "Escalation events", noEvents: "No events.", sourcesTitle: "Sources" };
  const model = (title: string) => chartSlideModel({ meta: { ...meta(), title }, csv: "a\n1\n", chart: null, words, locale: "en" });
  const figures = [{ label: "China's latest share", value: "31.9%", detail: "2015" }];

  it("has five slides with peers: figures, dependence chart, events, peers chart, sources", () => {
    const allEvents = meta(DECK_EVENT_ROWS + 2).legendItems;
    const deck = deckModel({ heading: "Briefing", subtitle: "2008–2026", figures, dependence: { model: model("Dependence"), allEvents }, peers: model("Peers"), words: deckWords, locale: "en" });
    expect(deck.slides.map((s) => s.kind)).toEqual(["figures", "chart", "events", "chart", "sources"]);
    const events = deck.slides[2];
    expect(events.kind === "events" && events.rows.length).toBe(DECK_EVENT_ROWS + 2);
    expect(events.kind === "events" && events.more(2)).toBe("…and 2 more");
    const sources = deck.slides[4];
    expect(sources.kind === "sources" && sources.lines.map((l) => (l.heading ? `# ${l.text}` : l.text))).toEqual([
      "# Dependence",
      "Sources: MOF, Trade statistics (2011-02).",
      "REE Monitor · data as of 2014 · exported 2026-12-01 · data version 3",
      "",
      "# Peers",
      "Sources: MOF, Trade statistics (2011-02).",
      "REE Monitor · data as of 2014 · exported 2026-12-01 · data version 3",
    ]);
  });

  it("has four without peer data, and says so when there are no events", () => {
    const deck = deckModel({ heading: "Briefing", subtitle: "", figures, dependence: { model: model("Dependence"), allEvents: [] }, peers: null, words: deckWords, locale: "ja" });
    expect(deck.slides.map((s) => s.kind)).toEqual(["figures", "chart", "events", "sources"]);
    expect(deck.slides[2].kind === "events" && deck.slides[2].empty).toBe("No events.");
    expect(deck.fontFace).toBe("Yu Gothic");
  });
});
