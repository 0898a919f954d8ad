import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { CapacityMeasure } from "./analysis/capacity";
import { briefingEventLayout, briefingSource, briefingYear, briefingYears, capacityFigure, capacityPrintDetail, joinMaterialNames, printPlotHeight } from "./dependence-briefing";
import { MESSAGES } from "./i18n/messages";
import type { Translator } from "./i18n/translator";
import type { SourceRef } from "./types";

const overview = (locale: "en" | "ja") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "overview" }) as unknown as Translator<"overview">;
const [en, ja] = [overview("en"), overview("ja")];
const bucket = (o: number, t: number, projects: number, withoutCapacity = 0) => ({ outputTonnes: o, offtakeTonnes: t, projects, withoutCapacity });

const source = (id: number, extra: Partial<SourceRef>): SourceRef => ({ id, title: "t", publisher: null, published: null, url: null, kind: "news", locator: null, ...extra });

describe("briefing event layout", () => {
  it("wraps a few events in as many columns as they need", () => {
    expect(briefingEventLayout(4)).toEqual({ columns: 1, oneLine: false });
    expect(briefingEventLayout(10)).toEqual({ columns: 2, oneLine: false });
    expect(briefingEventLayout(29)).toEqual({ columns: 5, oneLine: false });
  });

  it("never stacks more wrapped entries in a column than its lines hold: 32 events (magnets from 2010) go to one line each", () => {
    expect(briefingEventLayout(30)).toEqual({ columns: 5, oneLine: false });
    expect(briefingEventLayout(31)).toEqual({ columns: 5, oneLine: true });
    expect(briefingEventLayout(32)).toEqual({ columns: 5, oneLine: true });
    for (let n = 1; n <= 30; n++) {
      const l = briefingEventLayout(n);
      expect(2 * Math.ceil(n / l.columns), `${n} events`).toBeLessThanOrEqual(13);
    }
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
    expect(capacityPrintDetail(en, { committed: bucket(5000, 16200, 13), pipeline: bucket(1500, 20000, 4) })).toBe(
      "Plant output operating or being built, 13 projects; offtake 16,200 t/yr not added; 1,500 t/yr planned.",
    );
    expect(capacityPrintDetail(en, { committed: bucket(5000, 0, 1), pipeline: bucket(0, 0, 0) })).toBe("Plant output operating or being built, 1 project.");
  });

  it("in Japanese: 年間…トン, the offtake not added", () => {
    expect(capacityPrintDetail(ja, { committed: bucket(5000, 16200, 13), pipeline: bucket(1500, 20000, 4) })).toBe(
      "稼働・建設中（13件）。引取契約年間16,200トンは別計上。計画中年間1,500トン。",
    );
  });
});

describe("capacity figure on screen", () => {
  const measure: CapacityMeasure = {
    committed: bucket(5000, 16200, 13, 2),
    pipeline: bucket(1500, 20000, 4),
    excluded: [{ id: 7, reason: "cancelled_or_stalled" } as CapacityMeasure["excluded"][number]],
    toYear: 2024,
    counted: {},
  };

  it("says what the one figure counts and what sits beside it, as the English summary did", () => {
    expect(capacityFigure(en, measure)).toEqual({
      value: "5,000 t/yr",
      detail:
        "Plant output operating or under construction, Japanese participation, each plant once (13 projects, 2 without a stated capacity). Offtake contracts: 16,200 t/yr (a different measure, not added). Planned, MOU or testing: 1,500 t/yr output, 20,000 t/yr offtake. 1 cancelled or stalled left out. Statuses as recorded now; projects starting after 2024 left out.",
    });
  });

  it("in Japanese, with the era when asked", () => {
    expect(capacityFigure(ja, measure, true, "ja")).toEqual({
      value: "年間5,000トン",
      detail:
        "日本企業が参画する稼働中・建設中プラントの生産能力（同一プラントは1回のみ計上、13件、うち2件は能力の記載なし）。引取契約（オフテイク）年間16,200トンは別の指標のため合算していません。計画中・覚書・試験中：生産能力年間1,500トン、引取年間20,000トン。中止・停滞の1件は除外。状況は現時点の記録。2024年（令和6年）より後に開始する案件は除外。",
    });
    const bare = capacityFigure(ja, { ...measure, committed: bucket(0, 0, 0), pipeline: bucket(0, 0, 0), excluded: [], toYear: null }, false, "ja");
    expect(bare).toEqual({ value: "年間0トン", detail: "日本企業が参画する稼働中・建設中プラントの生産能力（同一プラントは1回のみ計上、0件）。" });
  });
});

describe("years and names as the briefing writes them", () => {
  it("adds the era only on a Japanese page, when asked", () => {
    expect(briefingYear(2024, "en", true)).toBe("2024");
    expect(briefingYear(2024, "ja")).toBe("2024年");
    expect(briefingYear(2024, "ja", true)).toBe("2024年（令和6年）");
    expect(briefingYear(2019, "ja", true)).toBe("2019年（令和元年）");
    expect(briefingYears(2008, 2026, "en")).toBe("2008–2026");
    expect(briefingYears(2010, 2026, "ja")).toBe("2010〜2026年");
    expect(briefingYears(2008, 2026, "ja", true)).toBe("2008年（平成20年）〜2026年（令和8年）");
    expect(briefingYears(2010, 2010, "ja")).toBe("2010年");
  });

  it("joins material names in each language's way", () => {
    expect(joinMaterialNames(["Rare earths (all)", "Graphite", "Gallium"], "en")).toBe("Rare earths (all), Graphite and Gallium");
    expect(joinMaterialNames(["レアアース（希土類）全体", "黒鉛"], "ja")).toBe("レアアース（希土類）全体、黒鉛");
  });
});

describe("printed plot height", () => {
  it("gives each compared material's key and gaps line room, never below 134 px", () => {
    expect([1, 2, 3, 4, 5, 6].map(printPlotHeight)).toEqual([170, 158, 146, 134, 134, 134]);
  });
});
