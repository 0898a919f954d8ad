// The event study as its card shows it: events grouped by year, the words for each side and
// change in the page's language (the card passes its translator), the colour of a change and the
// exported image's key. Pure.

import { chartInk, deltaColors } from "../colors";
import type { KeyItem } from "../export/compose-markup";
import { formatPp, formatShare } from "../format";
import type { Locale } from "../i18n/routing";
import type { Translator } from "../i18n/translator";
import { categoryLabel, type EnumLabels } from "../labels";
import type { EventStudyRow, StudySide } from "./event-study";

type T = Translator<"analysis">;

/** Studied events grouped by year: events in one year share their before/after values. */
export type YearGroup = { year: number; rows: EventStudyRow[]; before: StudySide | null; after: StudySide | null; deltaPp: number | null; approximate: boolean };

export function groupByYear(rows: EventStudyRow[]): YearGroup[] {
  const map = new Map<number, EventStudyRow[]>();
  for (const r of rows) {
    const y = Number(r.date.slice(0, 4));
    map.set(y, [...(map.get(y) ?? []), r]);
  }
  return [...map].map(([year, rs]) => ({ year, rows: rs, before: rs[0].before, after: rs[0].after, deltaPp: rs[0].deltaPp, approximate: rs[0].approximate }));
}

const sideShare = (s: StudySide, locale: Locale) => formatShare({ sharePct: s.sharePct, low: null, high: null, bound: s.bound, estimate: s.estimate }, locale);

/** The chart's narrow right column: the value only (its year is in the table). */
export const shortSide = (s: StudySide | null, t: T, locale: Locale) => (s ? sideShare(s, locale) : t("eventStudy.noValue"));

/** The table's side: the value and its year, "~70% (2011)" / 「約70%（2011年）」. */
export const sideText = (s: StudySide | null, t: T, locale: Locale) => (s ? t("eventStudy.sideWithYear", { share: sideShare(s, locale), year: s.year }) : t("eventStudy.noValue"));

/** A year's change at the chart's right: "+4.2 pp (approx.)", or both sides when one is missing. */
export function changeText(g: Pick<YearGroup, "before" | "after" | "deltaPp" | "approximate">, t: T, locale: Locale): string {
  if (g.deltaPp !== null) {
    const change = formatPp(g.deltaPp, locale);
    return g.approximate ? t("eventStudy.changeApprox", { change }) : change;
  }
  return g.before || g.after ? t("eventStudy.bothSides", { before: shortSide(g.before, t, locale), after: shortSide(g.after, t, locale) }) : t("eventStudy.noData");
}

/** A fall blue, a rise vermillion, no change ink, no value muted. */
export function deltaColor(deltaPp: number | null): string {
  if (deltaPp === null) return chartInk.muted;
  return deltaPp < 0 ? deltaColors.fell : deltaPp > 0 ? deltaColors.rose : chartInk.text;
}

export const eventCount = (n: number, t: T) => t("eventStudy.eventCount", { count: n });

/** The studied categories as a list inside a sentence: "export control, trade retaliation" / 「輸出管理（輸出規制）、貿易上の報復措置」. */
export function categoryList(enums: EnumLabels, categories: readonly string[], locale: Locale): string {
  const labels = categories.map((c) => categoryLabel(enums, c));
  return locale === "ja" ? labels.join("、") : labels.join(", ").toLowerCase();
}

/** The exported image's key (the screen explains the marks in the subtitle); with the grey mark when a change is only bounded. */
export function eventStudyKey(t: T, bounded: boolean, undeterminedColor: string): KeyItem[] {
  const key: KeyItem[] = [
    { label: t("eventStudy.key.circles"), color: chartInk.muted, shape: "none" },
    { label: t("eventStudy.key.fell"), color: deltaColors.fell, shape: "line" },
    { label: t("eventStudy.key.rose"), color: deltaColors.rose, shape: "line" },
    { label: t("eventStudy.key.dashed"), color: chartInk.muted, shape: "dashed" },
  ];
  return bounded ? [...key, { label: t("eventStudy.key.bounded"), color: undeterminedColor, shape: "line" }] : key;
}

/**
 * A row's note (lib/analysis/event-study writes it in English, for the API) in the page's
 * language: each part is read back into its values and written from the catalogue; a part of
 * another shape is shown as it is.
 */
export function studyNote(note: string | null, t: T, locale: Locale): string | null {
  if (note === null) return null;
  const parts = note.split("; ").map((part) => {
    let m = /^no value within (\d+) years (before|after)$/.exec(part);
    if (m) return t(m[2] === "before" ? "eventStudy.noteMissingBefore" : "eventStudy.noteMissingAfter", { window: Number(m[1]) });
    m = /^(\d{4}) is a range \(([^)]*)\), passed over$/.exec(part);
    if (m) return t("eventStudy.noteRangeSkipped", { year: m[1], range: locale === "ja" ? m[2].replace("–", "〜") : m[2] });
    return part;
  });
  return parts.join(locale === "ja" ? "。" : "; ");
}
