import { describe, expect, it } from "vitest";
import type { ConcentrationYear } from "./concentration";
import { barCaption, barSegments, concentrationKeyItems, concentrationPartners, hhiValue } from "./concentration-view";

const year = (y: number, partners: ConcentrationYear["partners"], unallocatedPct: number): ConcentrationYear => ({
  year: y,
  period: "annual",
  sourceId: 21,
  partners,
  top: { partner: partners[0].partner, sharePct: partners[0].sharePct },
  hhi: partners.reduce((s, p) => s + p.sharePct ** 2, 0),
  namedPct: 100 - unallocatedPct,
  unallocatedPct,
  hhiIsLowerBound: unallocatedPct > 0,
  approximate: false,
  notes: [],
});

const p = (partner: string, sharePct: number, bound: "lower" | "upper" | null = null) => ({ partner, sharePct, bound, estimate: false });

// 58² + 14² + 10² = 3660
const y2018 = year(2018, [p("CHN", 58), p("VNM", 14, "upper"), p("ZZZ", 10)], 18);

describe("concentration view", () => {
  it("writes the HHI with its lower-bound sign, and the caption under the bar", () => {
    expect(hhiValue(y2018)).toBe("≥ 3,660");
    expect(hhiValue({ hhi: 3781.4, hhiIsLowerBound: false })).toBe("3,781");
    expect(barCaption(y2018)).toBe("HHI ≥ 3,660 · top China 58% · 18% unattributed");
  });

  it("lays the partners side by side from 0%, then the unattributed rest", () => {
    const { segments, unallocated } = barSegments(y2018, (v) => v * 2);
    expect(segments).toEqual([
      { partner: "CHN", left: 0, width: 116, color: "#D55E00", opacity: 1, title: "China 58%" },
      { partner: "VNM", left: 116, width: 28, color: "#009E73", opacity: 0.6, title: "Vietnam <14%" },
      { partner: "ZZZ", left: 144, width: 20, color: "#CC79A7", opacity: 1, title: "ZZZ 10%" },
    ]);
    expect(unallocated).toEqual({ left: 164, width: 36 });
    expect(barSegments(year(2020, [p("CHN", 60), p("FRA", 40)], 0), (v) => v).unallocated).toBeNull();
  });

  it("keys each partner once, in order of appearance, then the unattributed rest", () => {
    const partners = concentrationPartners([y2018, year(2019, [p("VNM", 50), p("FRA", 30)], 20)]);
    expect(partners).toEqual(["CHN", "VNM", "ZZZ", "FRA"]);
    expect(concentrationKeyItems(["CHN", "ZZZ"])).toEqual([
      { label: "China", color: "#D55E00", shape: "disc" },
      { label: "ZZZ", color: "#009E73", shape: "disc" },
      { label: "not attributed to a named partner", color: "#c5ccd6", shape: "disc" },
    ]);
  });
});
