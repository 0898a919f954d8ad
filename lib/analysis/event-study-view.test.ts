import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages";
import type { Locale } from "../i18n/routing";
import type { Translator } from "../i18n/translator";
import { eventStudy, type EventStudyRow, type StudySide } from "./event-study";
import { categoryList, changeText, deltaColor, eventCount, eventStudyKey, groupByYear, shortSide, sideText, studyNote } from "./event-study-view";

const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "analysis" }) as Translator<"analysis">;
const en = tr("en");
const ja = tr("ja");

const side = (year: number, sharePct: number, extra: Partial<StudySide> = {}): StudySide => ({ year, period: "annual", sharePct, bound: null, estimate: false, sourceId: 1, ...extra });

const row = (incidentId: number, date: string, before: StudySide | null, after: StudySide | null, deltaPp: number | null): EventStudyRow => ({
  incidentId,
  date,
  title: `e${incidentId}`,
  titleJa: null,
  category: "export_control",
  severity: 4,
  before,
  after,
  deltaPp,
  deltaBound: deltaPp === null ? null : "exact",
  direction: deltaPp === null ? null : deltaPp > 0 ? "up" : deltaPp < 0 ? "down" : "none",
  approximate: false,
  note: null,
});

describe("event study view", () => {
  it("groups events by year, the year's values taken from its first event", () => {
    const groups = groupByYear([row(1, "2010-09-07", side(2009, 90), side(2011, 80), -10), row(2, "2010-11-01", side(2009, 90), side(2011, 80), -10), row(3, "2014-01-01", null, null, null)]);
    expect(groups.map((g) => [g.year, g.rows.length, g.deltaPp])).toEqual([
      [2010, 2, -10],
      [2014, 1, null],
    ]);
  });

  it("words each side with and without its year", () => {
    expect(shortSide(side(2011, 70, { estimate: true }), en, "en")).toBe("~70%");
    expect(sideText(side(2011, 66.7, { bound: "lower" }), en, "en")).toBe("> 66.7% (2011)");
    expect(sideText(null, en, "en")).toBe("no value");
    expect(shortSide(side(2011, 70, { estimate: true }), ja, "ja")).toBe("約70%");
    expect(sideText(side(2011, 66.7, { bound: "lower" }), ja, "ja")).toBe("66.7%超（2011年）");
    expect(sideText(null, ja, "ja")).toBe("値なし");
  });

  it("words the change, or both sides when one is missing", () => {
    expect(changeText({ before: side(2009, 90), after: side(2011, 94.2), deltaPp: 4.2, approximate: true }, en, "en")).toBe("+4.2 pp (approx.)");
    expect(changeText({ before: side(2009, 70, { estimate: true }), after: null, deltaPp: null, approximate: false }, en, "en")).toBe("~70% → no value");
    expect(changeText({ before: null, after: null, deltaPp: null, approximate: false }, en, "en")).toBe("no data within window");
    expect(changeText({ before: side(2009, 90), after: side(2011, 72.88), deltaPp: -17.12, approximate: false }, ja, "ja")).toBe("−17.12ポイント");
    expect(changeText({ before: side(2009, 90), after: side(2011, 94.2), deltaPp: 4.2, approximate: true }, ja, "ja")).toBe("+4.2ポイント（概算）");
    expect(changeText({ before: side(2009, 70, { estimate: true }), after: null, deltaPp: null, approximate: false }, ja, "ja")).toBe("約70% → 値なし");
    expect(changeText({ before: null, after: null, deltaPp: null, approximate: false }, ja, "ja")).toBe("期間内に値なし");
  });

  it("colours a fall blue, a rise vermillion, no change ink, no value muted", () => {
    expect([deltaColor(-1), deltaColor(2), deltaColor(0), deltaColor(null)]).toEqual(["#0072B2", "#D55E00", "#1b2330", "#4b5563"]);
  });

  it("counts events, lists the categories and keys the export in each language", () => {
    expect([eventCount(1, en), eventCount(3, en), eventCount(3, ja)]).toEqual(["1 event", "3 events", "3件"]);
    const enums = { en: MESSAGES.en.enums, ja: MESSAGES.ja.enums };
    expect(categoryList(enums.en, ["export_control", "trade_retaliation"], "en")).toBe("export control, trade retaliation");
    expect(categoryList(enums.ja, ["export_control", "trade_retaliation", "military"], "ja")).toBe("輸出管理（輸出規制）、貿易上の報復措置、軍事");
    expect(eventStudyKey(ja, false, "#999").map((k) => k.label)).toEqual(["白丸：事案前・塗りつぶし：事案後", "事案後にシェア低下", "事案後にシェア上昇", "いずれかが推計値または上限・下限値"]);
    expect(eventStudyKey(en, true, "#999").at(-1)).toEqual({ label: "grey: change only bounded, direction undetermined", color: "#999", shape: "line" });
  });

  it("writes the notes of lib/analysis/event-study in the page's language", () => {
    const headline = [
      { year: 2009, period: "annual", sharePct: 90, low: null, high: null, bound: null, estimate: false, sourceId: 1 },
      { year: 2011, period: "range", sharePct: null, low: 60, high: 70, bound: null, estimate: false, sourceId: 1 },
    ];
    const [r] = eventStudy([{ id: 1, date: "2010-09-07", title: "e1", category: "export_control", severity: 4 }], headline, 2);
    expect(r.note).toBe("no value within 2 years after; 2011 is a range (60–70%), passed over");
    expect(studyNote(r.note, en, "en")).toBe(r.note);
    expect(studyNote(r.note, ja, "ja")).toBe("事案後2年以内に値なし。2011年は幅（60〜70%）のため対象外");
    expect(studyNote(null, ja, "ja")).toBeNull();
  });
});
