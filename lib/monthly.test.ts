import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { monthlySeriesFor } from "./bilateral/codes";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { monthLabel, monthlyCsvRows, monthlyRows, monthRange, monthsBetween, niceMonthlyTicks, placeMonthlyEvents, seriesLabel, type MonthlyResponse } from "./monthly";
import type { EventDto } from "./types";

const event = (id: number, date: string, datePrecision: EventDto["datePrecision"] = "day"): EventDto => ({
  id,
  date,
  datePrecision,
  title: `Event ${id}`,
  titleJa: null,
  category: "export_control",
  severity: 3,
  actor: null,
  target: null,
  actorJa: null,
  targetJa: null,
  sourceId: 1,
});

describe("month axis", () => {
  it("counts every month between two, across years", () => {
    expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2017-01", "2024-12")).toHaveLength(96);
    expect(monthLabel("2023-11")).toBe("Nov 2023");
    expect(monthLabel("2023-11", "ja")).toBe("2023年11月");
  });

  it("puts a day-precision event in its month, stacks events of one month and leaves year-only events out", () => {
    const placed = placeMonthlyEvents([event(1, "2023-07-03"), event(2, "2023-08-01"), event(3, "2023-08"), event(4, "2023", "year")], "2017-01");
    expect(placed.map((e) => [e.id, e.month, e.x, e.lane, e.number])).toEqual([
      [1, "2023-07", 78, 0, 1],
      [2, "2023-08", 79, 0, 2],
      [3, "2023-08", 79, 1, 3],
    ]);
  });

  it("moves markers closer than the minimum gap to another lane, and back to the first when it is free", () => {
    const placed = placeMonthlyEvents([event(1, "2023-08"), event(2, "2023-10-20"), event(3, "2023-12-01"), event(4, "2024-12-03")], "2017-01", 5);
    expect(placed.map((e) => e.lane)).toEqual([0, 1, 2, 0]);
  });

  it("keeps a missing month as null, not zero", () => {
    const rows = monthlyRows({
      first: "2023-01",
      last: "2023-03",
      series: [{ hsCode: "811292", label: "g", material: "minor-metals", points: [{ year: 2023, month: 1, valueUsd: 5, sourceId: 207 }, { year: 2023, month: 3, valueUsd: 0, sourceId: 207 }] }],
    });
    expect(rows.map((r) => r["811292"])).toEqual([5, null, 0]);
  });

  it("picks round ticks that hold the largest value", () => {
    expect(niceMonthlyTicks(12_245_802)).toEqual([0, 4e6, 8e6, 12e6, 16e6]);
    expect(niceMonthlyTicks(900_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceMonthlyTicks(5_683_000)).toEqual([0, 1.5e6, 3e6, 4.5e6, 6e6]);
    expect(niceMonthlyTicks(0)).toEqual([0, 1]);
  });
});

describe("monthlyCsvRows", () => {
  it("writes one row per value with its source, and none for a gap", () => {
    const data: MonthlyResponse = {
      material: "graphite",
      materialName: "Graphite",
      first: "2023-11",
      last: "2023-12",
      series: [{ hsCode: "250410", label: "Natural graphite", material: "graphite", points: [{ year: 2023, month: 11, valueUsd: 12245802, sourceId: 207 }] }],
      scopeNote: null,
      events: [],
      sources: [{ id: 207, title: "UN Comtrade, reporter China (mirror)", publisher: "UNSD", published: "2024", url: null, kind: "official_statistics", locator: null }],
    };
    expect(monthlyCsvRows(data)).toEqual([
      expect.objectContaining({ hsCode: "250410", year: 2023, month: 11, valueUsd: 12245802, mirror: true, sourceId: 207, sourceTitle: "UN Comtrade, reporter China (mirror)" }),
    ]);
  });

  it("names the months drawn and each series in the page's language", () => {
    const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "monthly" }) as Translator<"monthly">;
    expect(monthRange(tr("en"), "2017-01", "2025-09", "en")).toBe("Jan 2017–Sep 2025");
    expect(monthRange(tr("ja"), "2017-01", "2025-09", "ja")).toBe("2017年1月〜2025年9月");
    expect(monthRange(tr("ja"), null, null, "ja")).toBe("");
    expect(seriesLabel(tr("en"), "380110")).toBe("Artificial graphite (HS 380110)");
    expect(seriesLabel(tr("ja"), "250410")).toBe("天然黒鉛（粉状・フレーク状、HS 250410）");
    expect(seriesLabel(tr("ja"), "999999")).toBe("HS 999999");
    // The English names are the API's labels (lib/bilateral/codes), word for word.
    for (const d of [...monthlySeriesFor("graphite"), ...monthlySeriesFor("gallium")]) expect(seriesLabel(tr("en"), d.hs)).toBe(d.label);
  });
});
