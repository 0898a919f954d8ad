// The monthly mirror chart: China's reported monthly exports to Japan per HS code, with the
// escalation events on the same month axis. Pure shaping, shared by the API, the card and its CSV.

import { SOURCE_CSV_COLUMNS, sourceCsvCells } from "./csv";
import { formatMonthYear } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { EventDto, SourceRef } from "./types";

export type MonthlyPoint = { year: number; month: number; valueUsd: number; sourceId: number };

/** One HS code's series: a month with no row is a gap (no point), never a zero. */
export type MonthlySeries = { hsCode: string; label: string; material: string; points: MonthlyPoint[] };

export type MonthlyResponse = {
  material: string;
  materialName: string;
  /** The first and last month with a value in any series ("2017-01"); null when there is none. */
  first: string | null;
  last: string | null;
  series: MonthlySeries[];
  /** Said when a series stands for a group wider than the material (gallium shows the 811292 group). */
  scopeNote: string | null;
  /** Escalation events dated to the month or day, from the first to the last month. */
  events: EventDto[];
  sources: SourceRef[];
};

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/** "2023-11" → "Nov 2023" / 「2023年11月」. */
export function monthLabel(key: string, locale: Locale = "en"): string {
  return formatMonthYear(key, locale);
}

/** The months drawn, "Jan 2017–Dec 2025" / 「2017年1月〜2025年12月」; "" when there are none. */
export function monthRange(t: Translator<"monthly">, first: string | null, last: string | null, locale: Locale): string {
  return first && last ? t("range", { first: monthLabel(first, locale), last: monthLabel(last, locale) }) : "";
}

/** The series the catalogue names (lib/bilateral/codes' monthly codes); any other code is "HS …". */
const NAMED_SERIES = ["250410", "380110", "811292"] as const;
const isNamed = (hs: string): hs is (typeof NAMED_SERIES)[number] => (NAMED_SERIES as readonly string[]).includes(hs);

/** A series' name in the page's language (the API's `label` is English). */
export function seriesLabel(t: Translator<"monthly">, hs: string): string {
  return isNamed(hs) ? t(`series.${hs}`) : t("series.other", { hs });
}

const ordinal = (key: string) => {
  const [y, m] = key.split("-").map(Number);
  return y * 12 + (m - 1);
};

/** Months from `first` to `last` after `first` (0 for `first` itself). */
export const monthOffset = (key: string, first: string) => ordinal(key) - ordinal(first);

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let o = ordinal(first); o <= ordinal(last); o++) out.push(monthKey(Math.floor(o / 12), (o % 12) + 1));
  return out;
}

/** The month an event sits in ("2023-10-20" → "2023-10"); null for an event known only to the year. */
export function eventMonth(e: Pick<EventDto, "date" | "datePrecision">): string | null {
  return e.datePrecision === "year" || e.date.length < 7 ? null : e.date.slice(0, 7);
}

export type MonthlyRow = { x: number; month: string } & Record<string, number | string | null>;

/** One row per month of the axis, one column per HS code: the value, or null for a gap. */
export function monthlyRows(data: Pick<MonthlyResponse, "first" | "last" | "series">): MonthlyRow[] {
  if (!data.first || !data.last) return [];
  const { first } = data;
  const rows: MonthlyRow[] = monthsBetween(first, data.last).map((month, x) => ({ x, month }));
  for (const s of data.series) {
    for (const row of rows) row[s.hsCode] = null;
    for (const p of s.points) {
      const row = rows[monthOffset(monthKey(p.year, p.month), first)];
      if (row) row[s.hsCode] = p.valueUsd;
    }
  }
  return rows;
}

export type PlacedMonthlyEvent = EventDto & { month: string; x: number; number: number; lane: number };

/**
 * Events on the month axis, numbered in date order. Markers closer than `minGap` months (always
 * those of one month) go to the next free lane, so none hides another at any width.
 */
export function placeMonthlyEvents(events: EventDto[], first: string | null, minGap = 1): PlacedMonthlyEvent[] {
  if (!first) return [];
  const laneEnds: number[] = [];
  const placed: PlacedMonthlyEvent[] = [];
  for (const e of events) {
    const month = eventMonth(e);
    if (!month) continue;
    const x = monthOffset(month, first);
    let lane = laneEnds.findIndex((end) => end <= x - minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    placed.push({ ...e, month, x, number: placed.length + 1, lane });
  }
  return placed;
}

/** Ticks from 0: `count` steps of the smallest 1/1.5/2/2.5/3/4/5 × 10^n that reach the largest value. */
export function niceMonthlyTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 10].map((m) => m * pow).find((s) => s * count >= max) ?? 10 * pow;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

export const MONTHLY_CSV_COLUMNS = [
  "material", "hsCode", "series", "year", "month", "valueUsd", "partner", "importer", "mirror",
  "sourceId", ...SOURCE_CSV_COLUMNS,
] as const;

export type MonthlyCsvRow = Record<(typeof MONTHLY_CSV_COLUMNS)[number], string | number | boolean | null>;

/** One row per monthly value drawn, with its source; gaps have no row. */
export function monthlyCsvRows(data: MonthlyResponse): MonthlyCsvRow[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return data.series.flatMap((s) =>
    s.points.map((p) => {
      const src = byId.get(p.sourceId);
      return {
        material: s.material,
        hsCode: s.hsCode,
        series: s.label,
        year: p.year,
        month: p.month,
        valueUsd: p.valueUsd,
        partner: "CHN",
        importer: "JPN",
        mirror: true,
        sourceId: p.sourceId,
        ...sourceCsvCells(src),
      };
    }),
  );
}
