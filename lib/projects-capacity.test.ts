import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { projectDto } from "@/test/project-dto";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { capacityMeasure } from "./analysis/capacity";
import {
  capacityChart,
  capacityChartSubtitle,
  capacityCsvRows,
  capacityFigures,
  capacitySourceNote,
  capacityStandings,
  capacityTotals,
  leftOutText,
  stackColor,
  stackLabel,
  standingText,
  type ProjectWords,
} from "./projects-capacity";
import type { ProjectDto } from "./types";

// The page's words in each language, as the components pass them.
const words = (locale: Locale): ProjectWords => ({
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "projects" }) as unknown as Translator<"projects">,
  enums: MESSAGES[locale].enums,
  locale,
});
const en = words("en");
const ja = words("ja");

// A Vietnamese refinery starting in 2013 unless the record says otherwise, each with its own source.
const p = (id: number, extra: Partial<ProjectDto>): ProjectDto => projectDto(id, { countries: ["VNM"], type: "refining", startYear: 2013, sourceId: 100 + id, ...extra });

// A small Viet Nam and more: a refinery, a magnet plant and its expansion, a duplicate of the
// plant, a cancelled mine, an offtake, a planned MOU, a non-Japanese plant, a one-off purchase,
// a plant in China, one without a figure and one without a start year.
const all = [
  p(1, { capacityTonnesPerYear: 1000, sourceId: 111 }),
  p(2, { type: "magnet_manufacturing", capacityTonnesPerYear: 2000, startYear: 2015 }),
  p(3, { type: "magnet_manufacturing", capacityTonnesPerYear: 2200, startYear: 2018, expansionOf: 2 }),
  p(4, { type: "magnet_manufacturing", capacityTonnesPerYear: 2000, duplicateOf: 2 }),
  p(5, { type: "mining", status: "cancelled", capacityTonnesPerYear: 7000 }),
  p(6, { type: "offtake", countries: ["AUS", "MYS"], capacityTonnesPerYear: 9000 }),
  p(7, { type: "offtake", status: "planned", countries: ["AGO"], capacityTonnesPerYear: 20000, capacityKind: "offtake", startYear: 2025 }),
  p(8, { countries: ["USA"], status: "construction", capacityTonnesPerYear: 5000, japaneseParticipation: false }),
  p(9, { type: "offtake", status: null, countries: ["USA"], capacityTonnesPerYear: 1000, capacityKind: "one_off" }),
  p(10, { countries: ["CHN"], capacityTonnesPerYear: 3000 }),
  p(11, { type: "stockpile", countries: ["JPN"] }),
  p(12, { status: "testing", countries: ["KAZ"], capacityTonnesPerYear: 1500, startYear: null }),
];
const standings = capacityStandings(all);

describe("capacityStandings", () => {
  it("gives every record its place in the measure, from the whole list", () => {
    expect(standings.get(1)).toEqual({ counted: true, stage: "committed", kind: "output", tonnes: 1000, expands: null });
    expect(standings.get(3)).toEqual({ counted: true, stage: "committed", kind: "output", tonnes: 200, expands: 2 });
    expect(standings.get(4)).toEqual({ counted: false, reason: "repeat" });
    expect(standings.get(5)).toEqual({ counted: false, reason: "cancelled_or_stalled" });
    expect(standings.get(6)).toMatchObject({ counted: true, kind: "offtake", tonnes: 9000 });
    expect(standings.get(7)).toMatchObject({ counted: true, stage: "pipeline", kind: "offtake" });
    expect(standings.get(8)).toEqual({ counted: false, reason: "not_japanese" });
    expect(standings.get(9)).toEqual({ counted: false, reason: "one_off" });
    expect(standings.get(10)).toEqual({ counted: false, reason: "in_china" });
    expect(standings.get(11)).toMatchObject({ counted: true, tonnes: null });
  });

  it("keeps an expansion's increment when the plant it expands is filtered out", () => {
    const t = capacityTotals([all[2]], standings);
    expect(t.committed.outputTonnes).toBe(200);
  });
});

describe("capacityTotals", () => {
  it("sums what the overview's measure counts, over the same records", () => {
    const t = capacityTotals(all, standings);
    const m = capacityMeasure(all.filter((x) => !x.countries.includes("CHN")));
    expect(t.committed).toEqual(m.committed);
    expect(t.pipeline).toEqual(m.pipeline);
    expect(t.committed).toEqual({ outputTonnes: 3200, offtakeTonnes: 9000, projects: 5, withoutCapacity: 1 });
    expect(t.pipeline).toEqual({ outputTonnes: 1500, offtakeTonnes: 20000, projects: 2, withoutCapacity: 0 });
    // The duplicate is neither a record nor left out; the four left out state 16,000 t between them.
    expect(t).toMatchObject({ records: 11, counted: 7, leftOutTonnes: 16000 });
    expect(t.leftOut).toEqual({ cancelled_or_stalled: 1, not_japanese: 1, one_off: 1, in_china: 1 });
  });

  it("words the figures, 'none' where nothing is counted", () => {
    expect(capacityFigures(en, capacityTotals(all, standings))).toEqual({
      committedOutput: "3,200 t/yr",
      committedOfftake: "9,000 t/yr",
      pipeline: "1,500 t/yr output, 20,000 t/yr offtake",
      counted: "7 of 11 projects counted, 4 left out",
    });
    expect(capacityFigures(en, capacityTotals([all[4]], standings))).toEqual({ committedOutput: "none", committedOfftake: "none", pipeline: "none", counted: "0 of 1 project counted, 1 left out" });
    expect(leftOutText(en, { one_off: 1, not_japanese: 2, in_china: 1 })).toBe("2 with no Japanese participant, 1 one-off purchase, 1 hosted in China");
  });
});

describe("standingText", () => {
  it("says what a row's tonnes measure and whether they count", () => {
    const text = (id: number) => standingText(en, standings.get(id), all.find((x) => x.id === id)!);
    expect(text(1)).toBe("Committed output");
    expect(text(3)).toBe("Committed output: +200 t over #2");
    expect(text(6)).toBe("Committed offtake");
    expect(text(7)).toBe("Pipeline offtake");
    expect(text(8)).toBe("Not counted: no Japanese participant");
    expect(text(9)).toBe("Not counted: one-off purchase");
    expect(text(10)).toBe("Not counted: hosted in China");
    expect(text(11)).toBe("Committed output, no figure stated");
    expect(text(4)).toBe("");
  });
});

describe("capacityChart", () => {
  it("draws one measure's counted tonnes by start year, the pipeline as its own group by type", () => {
    const c = capacityChart(all, standings, "output", "type");
    expect(c.rows).toEqual([
      { year: 2013, refining: 1000 },
      { year: 2015, magnet_manufacturing: 2000 },
      { year: 2018, magnet_manufacturing: 200 },
    ]);
    expect(c.groups).toEqual(["refining", "magnet_manufacturing"]);
    expect(c.committed).toEqual({ tonnes: 3200, projects: 3 });
    // Project 12 (testing) has no start year; 11 no figure; 6 and 7 are offtake.
    expect(c.notDrawn).toEqual({ leftOut: { cancelled_or_stalled: 1, not_japanese: 1, one_off: 1, in_china: 1 }, leftOutCount: 4, otherKind: 2, noCapacity: 1, noStartYear: 1 });
    expect(c.records).toBe(11);
  });

  it("never stacks output and offtake, and stacks by status committed first", () => {
    const offtake = capacityChart(all, standings, "offtake", "type");
    expect(offtake.rows).toEqual([
      { year: 2013, offtake: 9000 },
      { year: 2025, pipeline: 20000 },
    ]);
    expect(offtake.groups).toEqual(["offtake", "pipeline"]);
    const byStatus = capacityChart([...all, p(13, { status: "testing", capacityTonnesPerYear: 500, startYear: 2013 })], capacityStandings([...all, p(13, { status: "testing", capacityTonnesPerYear: 500, startYear: 2013 })]), "output", "status");
    expect(byStatus.groups).toEqual(["operating", "testing"]);
    expect(byStatus.rows[0]).toEqual({ year: 2013, operating: 1000, testing: 500 });
    expect(stackLabel(en, "status", "testing")).toBe("Testing (pipeline)");
    expect(stackLabel(en, "status", "operating")).toBe("Operating");
    expect(stackLabel(en, "type", "pipeline")).toBe("Pipeline");
  });

  it("says what it draws and why each other record is not drawn", () => {
    expect(capacityChartSubtitle(en, capacityChart(all, standings, "output", "type"))).toBe(
      "By the overview's measure (Japanese participation, each plant once, an expansion as its increment): " +
        "3,200 t/yr committed from 3 projects. Offtake is a different measure, shown on its own, never added. " +
        "Not drawn: 8 of 11 records (4 not counted: 1 with no Japanese participant, 1 cancelled or stalled, 1 one-off purchase, 1 hosted in China; 2 offtake; 1 with no stated capacity; 1 with no start year).",
    );
    expect(capacityChartSubtitle(en, capacityChart(all, standings, "offtake", "type"))).toContain("9,000 t/yr committed from 1 project and 20,000 t/yr pipeline from 1 project.");
  });

  it("exports exactly the drawn values, with kind, stage and source", () => {
    const c = capacityChart(all, standings, "output", "type");
    expect(capacityCsvRows(c).map((r) => [r.startYear, r.id, r.kind, r.stage, r.tonnesPerYear, r.statedTonnesPerYear, r.expansionOf, r.sourceId])).toEqual([
      [2013, 1, "output", "committed", 1000, 1000, null, 111],
      [2015, 2, "output", "committed", 2000, 2000, null, 102],
      [2018, 3, "output", "committed", 200, 2200, 2, 103],
    ]);
    expect(capacityCsvRows(c)[0]).toMatchObject({ countries: "VNM", type: "refining", status: "operating" });
    expect(capacitySourceNote(en, c)).toBe("Sources: one per project (3 in all), listed in the CSV and on each project's page.");
  });

  it("colours groups by the stack's palette: the pipeline light grey, an unnamed group mid grey", () => {
    expect(stackColor("type", "refining")).toBe("#0072B2");
    expect(stackColor("type", "pipeline")).toBe("#c5ccd6");
    expect(stackColor("status", "testing")).toBe("#E69F00");
    expect(stackColor("type", "volcano")).toBe("#8C8C8C");
  });
});

describe("in Japanese", () => {
  it("words the figures, the rows' standings and the legend with the catalogue's terms", () => {
    expect(capacityFigures(ja, capacityTotals(all, standings))).toEqual({
      committedOutput: "年間3,200トン",
      committedOfftake: "年間9,000トン",
      pipeline: "生産能力年間1,500トン、引取量年間20,000トン",
      counted: "11件中7件を計上、4件を除外",
    });
    expect(capacityFigures(ja, capacityTotals([all[4]], standings)).committedOutput).toBe("なし");
    expect(leftOutText(ja, { one_off: 1, not_japanese: 2, in_china: 1 })).toBe("日本企業の参加なし2件、一回限りの購入1件、中国国内1件");
    const text = (id: number) => standingText(ja, standings.get(id), all.find((x) => x.id === id)!);
    expect(text(1)).toBe("稼働中・建設中の生産能力");
    expect(text(3)).toBe("稼働中・建設中の生産能力：#2に対し+200トン");
    expect(text(7)).toBe("計画段階の引取量");
    expect(text(8)).toBe("計上外：日本企業の参加なし");
    expect(text(11)).toBe("稼働中・建設中の生産能力（数値の記載なし）");
    expect(stackLabel(ja, "status", "testing")).toBe("試験中（計画段階）");
    expect(stackLabel(ja, "type", "magnet_manufacturing")).toBe("磁石製造");
    expect(stackLabel(ja, "type", "pipeline")).toBe("計画段階");
  });

  it("says what the chart draws and leaves out, and counts its sources", () => {
    const c = capacityChart(all, standings, "output", "type");
    expect(capacityChartSubtitle(ja, c)).toBe(
      "概要と同じ基準（日本企業が参加するもののみ、同一工場は1回、拡張は増分のみ）：稼働中・建設中年間3,200トン（3件）。引取量は別の指標のため別に示し、加算しません。" +
        "非表示：11件中8件。内訳は計上外4件（日本企業の参加なし1件、中止・停滞1件、一回限りの購入1件、中国国内1件）、引取量2件、生産能力の記載なし1件、開始年不明1件。",
    );
    expect(capacityChartSubtitle(ja, capacityChart(all, standings, "offtake", "type"))).toContain("稼働中・建設中年間9,000トン（1件）、計画段階年間20,000トン（1件）。生産能力は別の指標");
    expect(capacitySourceNote(ja, c)).toBe("出典：プロジェクトごとに1件（計3件）。CSVと各プロジェクトのページに記載しています。");
  });
});
