import { describe, expect, it } from "vitest";
import type { EventStudyRow, StudySide } from "./event-study";
import { changeText, deltaColor, groupByYear, shortSide, sideText } from "./event-study-view";

const side = (year: number, sharePct: number, extra: Partial<StudySide> = {}): StudySide => ({ year, period: "annual", sharePct, bound: null, estimate: false, sourceId: 1, ...extra });

const row = (incidentId: number, date: string, before: StudySide | null, after: StudySide | null, deltaPp: number | null): EventStudyRow => ({
  incidentId,
  date,
  title: `e${incidentId}`,
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
    expect(shortSide(side(2011, 70, { estimate: true }))).toBe("~70%");
    expect(sideText(side(2011, 66.7, { bound: "lower" }))).toBe("> 66.7% (2011)");
    expect(sideText(null)).toBe("no value");
  });

  it("words the change, or both sides when one is missing", () => {
    expect(changeText({ before: side(2009, 90), after: side(2011, 94.2), deltaPp: 4.2, approximate: true })).toBe("+4.2 pp (approx.)");
    expect(changeText({ before: side(2009, 70, { estimate: true }), after: null, deltaPp: null, approximate: false })).toBe("~70% → no value");
    expect(changeText({ before: null, after: null, deltaPp: null, approximate: false })).toBe("no data within window");
  });

  it("colours a fall blue, a rise vermillion, no change ink, no value muted", () => {
    expect([deltaColor(-1), deltaColor(2), deltaColor(0), deltaColor(null)]).toEqual(["#0072B2", "#D55E00", "#1b2330", "#4b5563"]);
  });
});
