import { describe, expect, it } from "vitest";
import { compactYears, dependenceTitle, emptyChartText, gapsText, partnersDrawn, shortSource, sourceLine, usedSources } from "./dependence-text";
import { source } from "./testing/fixtures";


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
