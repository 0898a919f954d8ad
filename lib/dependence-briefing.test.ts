import { describe, expect, it } from "vitest";
import { briefingEventLayout, briefingSource, capacityPrintDetail, printPlotHeight } from "./dependence-briefing";
import type { SourceRef } from "./types";

const source = (id: number, extra: Partial<SourceRef>): SourceRef => ({ id, title: "t", publisher: null, published: null, url: null, kind: "news", locator: null, ...extra });

describe("briefing event layout", () => {
  it("wraps a few events in as many columns as they need", () => {
    expect(briefingEventLayout(4)).toEqual({ columns: 1, oneLine: false });
    expect(briefingEventLayout(10)).toEqual({ columns: 2, oneLine: false });
    expect(briefingEventLayout(29)).toEqual({ columns: 5, oneLine: false });
  });

  it("keeps many events to one line each in five columns, so 56 or 61 still fit 13 lines", () => {
    for (const n of [56, 61, 65]) {
      const l = briefingEventLayout(n);
      expect(l).toEqual({ columns: 5, oneLine: true });
      expect(Math.ceil(n / l.columns)).toBeLessThanOrEqual(13);
    }
  });
});

describe("briefing sources", () => {
  it("cites the publisher without its 'via' note, and the year", () => {
    expect(briefingSource(source(9, { publisher: "Yomiuri Shimbun (via vietnam-aujourdhui blog)", published: "2009-01-28" }))).toBe("[9] Yomiuri Shimbun 2009");
    expect(briefingSource(source(1, { title: "[China–Japan rivalry and the rare earth flashpoint in 2010]" }))).toBe("[1] China–Japan rivalry and the…");
    // The official datasets by their own short names, the reporter kept: 203 and 205 are Japan's and China's figures.
    const unsd = { publisher: "United Nations Statistics Division" };
    expect(briefingSource(source(203, { ...unsd, title: "UN Comtrade, reporter Japan, annual 2022", published: "2022" }))).toBe("[203] UN Comtrade Japan 2022");
    expect(briefingSource(source(205, { ...unsd, title: "UN Comtrade, reporter China (mirror), annual 2022", published: "2022" }))).toBe("[205] UN Comtrade China 2022");
    expect(briefingSource(source(202, { publisher: "CEPII", title: "CEPII BACI (HS17, V202601), reconciled from UN Comtrade", published: "2026-01" }))).toBe("[202] CEPII BACI HS17 2026");
    expect(briefingSource(source(12, { publisher: "Toyo Keizai", published: "2025" }))).toBe("[12] Toyo Keizai 2025");
  });
});

describe("capacity on paper", () => {
  it("keeps the figure's measure and the offtake beside it, short", () => {
    const bucket = (o: number, t: number, projects: number) => ({ outputTonnes: o, offtakeTonnes: t, projects, withoutCapacity: 0 });
    expect(capacityPrintDetail({ committed: bucket(5000, 16200, 13), pipeline: bucket(1500, 20000, 4) })).toBe(
      "Plant output operating or being built, 13 projects; offtake 16,200 t/yr not added; 1,500 t/yr planned.",
    );
  });
});

describe("printed plot height", () => {
  it("gives each compared material's key and gaps line room, never below 134 px", () => {
    expect([1, 2, 3, 4, 5, 6].map(printPlotHeight)).toEqual([170, 158, 146, 134, 134, 134]);
  });
});
