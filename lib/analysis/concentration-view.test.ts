import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages";
import type { Locale } from "../i18n/routing";
import type { Translator } from "../i18n/translator";
import type { ConcentrationYear } from "./concentration";
import { barCaption, barSegments, concentrationKeyItems, concentrationNotes, concentrationPartners, hhiValue } from "./concentration-view";

const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "analysis" }) as Translator<"analysis">;
const en = tr("en");
const ja = tr("ja");

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
    expect(barCaption(y2018, en, "en")).toBe("HHI ≥ 3,660 · top China 58% · 18% unattributed");
    expect(barCaption(y2018, ja, "ja")).toBe("HHI ≥ 3,660・首位 中国 58%・国別内訳なし 18%");
    expect(barCaption(year(2020, [p("CHN", 60), p("FRA", 40)], 0), ja, "ja")).toBe("HHI 5,200・首位 中国 60%");
  });

  it("lays the partners side by side from 0%, then the unattributed rest", () => {
    const { segments, unallocated } = barSegments(y2018, (v) => v * 2, en, "en");
    expect(segments).toEqual([
      { partner: "CHN", left: 0, width: 116, color: "#D55E00", opacity: 1, title: "China 58%" },
      { partner: "VNM", left: 116, width: 28, color: "#009E73", opacity: 0.6, title: "Vietnam <14%" },
      { partner: "ZZZ", left: 144, width: 20, color: "#CC79A7", opacity: 1, title: "ZZZ 10%" },
    ]);
    expect(unallocated).toEqual({ left: 164, width: 36 });
    expect(barSegments(y2018, (v) => v * 2, ja, "ja").segments.map((s) => s.title)).toEqual(["中国 58%", "ベトナム 14%未満", "ZZZ 10%"]);
    expect(barSegments(year(2020, [p("CHN", 60), p("FRA", 40)], 0), (v) => v, en, "en").unallocated).toBeNull();
  });

  it("keys each partner once, in order of appearance, then the unattributed rest", () => {
    const partners = concentrationPartners([y2018, year(2019, [p("VNM", 50), p("FRA", 30)], 20)]);
    expect(partners).toEqual(["CHN", "VNM", "ZZZ", "FRA"]);
    expect(concentrationKeyItems(["CHN", "ZZZ"], en, "en")).toEqual([
      { label: "China", color: "#D55E00", shape: "disc" },
      { label: "ZZZ", color: "#009E73", shape: "disc" },
      { label: "not attributed to a named partner", color: "#c5ccd6", shape: "disc" },
    ]);
    expect(concentrationKeyItems(["KOR", "ZZZ"], ja, "ja").map((k) => k.label)).toEqual(["韓国", "ZZZ", "国別内訳なし"]);
  });

  it("writes the notes of lib/analysis/concentration in the page's language, unknown ones as they are", () => {
    const notes = {
      notes: [
        "named shares sum to 101.2% (over 100%: rounding or bounds in the source)",
        "VNM is an upper bound (<14%)",
        "KOR is a lower bound (>30%)",
        "top share tied: CHN, VNM at 40%",
        "2 sources give a breakdown; the one naming the most partners is used",
        "something else",
      ],
    };
    expect(concentrationNotes(notes, en, "en")).toEqual(notes.notes);
    expect(concentrationNotes(notes, ja, "ja")).toEqual([
      "国名のあるシェアの合計が101.2%（100%超：出典の端数処理または上限・下限値による）",
      "ベトナムは上限値（14%未満）",
      "韓国は下限値（30%超）",
      "首位が同率：中国、ベトナム（40%）",
      "内訳を示す出典が2件あり、最も多くの相手国を示すものを使用",
      "something else",
    ]);
  });
});
