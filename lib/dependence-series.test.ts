import { describe, expect, it } from "vitest";
import { conflictFor, drawDependence, glyphId, partnerColorsFor, valueCount } from "./dependence-series";
import { point } from "./testing/fixtures";
import type { DependenceResponse, EventDto } from "./types";


const event = (id: number, date: string): EventDto => ({ id, date, datePrecision: "day", title: `e${id}`, titleJa: null, category: "export_control", severity: 3, actor: null, target: null, actorJa: null, targetJa: null, sourceId: 9 });

function response(material: string, extra: Partial<DependenceResponse> = {}): DependenceResponse {
  return {
    material,
    materialName: material === "ree" ? "Rare earths" : "Dysprosium",
    importer: "JPN",
    materialHsCodes: [],
    values: [],
    from: 2010,
    to: 2012,
    points: [
      point({ year: 2010, sharePct: 80, headline: true, sourceId: 1 }),
      point({ year: 2010, sharePct: 60, sourceId: 2 }),
      point({ year: 2011, sharePct: 70, headline: true, sourceId: 1 }),
    ],
    partners: [
      point({ year: 2010, partner: "VNM", sharePct: 10, headline: true }),
      point({ year: 2011, partner: "VNM", sharePct: 12 }),
      point({ year: 2011, partner: "AUS", sharePct: 5 }),
    ],
    partnersOmitted: 0,
    events: [event(1, "2010-09-07")],
    sources: [{ id: 1, title: "A", publisher: null, published: null, url: null, kind: "report", locator: null }],
    ...extra,
  };
}

describe("drawDependence", () => {
  it("draws one material's China line and, shown alone, its other partners as diamonds that never make the line", () => {
    const { series } = drawDependence([response("ree")], true);
    expect(series.map((s) => [s.key, s.label, s.color, s.partner ?? false])).toEqual([
      ["m0", "China · Rare earths", "#D55E00", false],
      ["pVNM", "Vietnam", "#009E73", true],
      // No colour of its own: the first palette colour no drawn series uses.
      ["pAUS", "Australia", "#0072B2", true],
    ]);
    expect(series[0].rows.map((r) => r.exact)).toEqual([80, 70, null]);
    expect(series[0].gaps).toEqual([2012]);
    expect(series[1].glyphs.map((g) => g.role)).toEqual(["other", "other"]);
    expect(series[1].rows.every((r) => r.exact === null)).toBe(true);
  });

  it("draws several materials' China lines only, in series colours, each event once", () => {
    const { series, events, sources } = drawDependence([response("ree"), response("dy")], false);
    expect(series.map((s) => [s.key, s.color])).toEqual([
      ["m0", "#D55E00"],
      ["m1", "#0072B2"],
    ]);
    expect(events.map((e) => e.id)).toEqual([1]);
    expect([...sources.keys()]).toEqual([1]);
  });

  it("finds the years where sources disagree, per material and partner", () => {
    const { series, conflicts } = drawDependence([response("ree")], true);
    const [y2010, , y2011] = series[0].glyphs.map((g) => g.point);
    expect(conflictFor(conflicts, series[0], y2010)?.map((p) => p.sharePct)).toEqual([80, 60]);
    expect(conflictFor(conflicts, series[0], y2011)).toBeNull();
    expect(conflictFor(conflicts, { material: "dy" }, y2010)).toBeNull();
  });
});

describe("valueCount and glyphId", () => {
  it("counts the table's values and names glyphs across series", () => {
    const { series } = drawDependence([response("ree")], true);
    expect(valueCount(series)).toBe(6);
    expect(glyphId("m0", "p12")).toBe("m0:p12");
  });
});

describe("partnerColorsFor", () => {
  it("gives partners without a colour distinct free palette colours, never China's or another partner's own", () => {
    // Permanent magnets' five partners (BACI): only Malaysia and Viet Nam have a colour of their own.
    const colors = partnerColorsFor(["IDN", "MYS", "PHL", "THA", "VNM"]);
    expect([...colors.values()]).toEqual(["#0072B2", "#CC79A7", "#56B4E9", "#E69F00", "#009E73"]);
    expect(new Set(colors.values()).size).toBe(5);
  });
});
