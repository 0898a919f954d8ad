// Supplier concentration as its card draws it: the key, each year's stacked segments, the words
// under each bar and in the table, in the page's language (the card passes its translator). Pure.

import { neutral, partnerColor } from "../colors";
import type { KeyItem } from "../export/compose-markup";
import { formatPct, formatShare, partnerName } from "../format";
import type { Locale } from "../i18n/routing";
import type { Translator } from "../i18n/translator";
import type { ConcentrationYear } from "./concentration";

type T = Translator<"analysis">;

/** Imports not attributed to a named partner. */
export const UNALLOCATED_COLOR = neutral.light;

/** "3,781", "≥ 3,781" when the unattributed rest makes the HHI a lower bound. */
export const hhiValue = (y: Pick<ConcentrationYear, "hhi" | "hhiIsLowerBound">) => `${y.hhiIsLowerBound ? "≥ " : ""}${Math.round(y.hhi).toLocaleString("en-GB")}`;

/** Each named partner once, in order of first appearance over the years. */
export function concentrationPartners(years: ConcentrationYear[]): string[] {
  return [...new Set(years.flatMap((y) => y.partners.map((p) => p.partner)))];
}

export function concentrationKeyItems(partners: string[], t: T, locale: Locale): KeyItem[] {
  return [
    ...partners.map((p, i): KeyItem => ({ label: partnerName(p, locale), color: partnerColor(p, i), shape: "disc" })),
    { label: t("concentration.unattributedKey"), color: UNALLOCATED_COLOR, shape: "disc" },
  ];
}

/** A partner's share with its bound: "<14%" / 「14%未満」. */
function partnerShare(p: ConcentrationYear["partners"][number], locale: Locale): string {
  if (locale === "ja") return formatShare({ sharePct: p.sharePct, low: null, high: null, bound: p.bound }, locale);
  return `${p.bound === "upper" ? "<" : p.bound === "lower" ? ">" : ""}${formatPct(p.sharePct)}`;
}

export type BarSegment = { partner: string; left: number; width: number; color: string; opacity: number; title: string };

/** One year's bar: the named partners side by side from 0%, then the unattributed rest (null when none). `x` maps a share to pixels. */
export function barSegments(
  y: ConcentrationYear,
  x: (pct: number) => number,
  t: T,
  locale: Locale,
): { segments: BarSegment[]; unallocated: { left: number; width: number } | null } {
  let acc = 0;
  const segments = y.partners.map((p, j): BarSegment => {
    const left = x(acc);
    acc += p.sharePct;
    return {
      partner: p.partner,
      left,
      width: Math.max(0, x(acc) - left),
      color: partnerColor(p.partner, j),
      opacity: p.bound || p.estimate ? 0.6 : 1,
      title: t("concentration.segmentTitle", { partner: partnerName(p.partner, locale), share: partnerShare(p, locale) }),
    };
  });
  const unallocated = y.unallocatedPct > 0 ? { left: x(acc), width: Math.max(0, x(acc + y.unallocatedPct) - x(acc)) } : null;
  return { segments, unallocated };
}

/** The line under a year's bar: "HHI ≥ 3,781 · top China 58% · 7% unattributed". */
export function barCaption(y: ConcentrationYear, t: T, locale: Locale): string {
  const args = { hhi: hhiValue(y), partner: partnerName(y.top.partner, locale), share: formatPct(y.top.sharePct) };
  return y.unallocatedPct > 0 ? t("concentration.captionUnattributed", { ...args, unattributed: formatPct(y.unallocatedPct) }) : t("concentration.caption", args);
}

/**
 * A year's notes (lib/analysis/concentration writes them in English, for the API) in the page's
 * language: each known note is read back into its values and written from the catalogue; a note
 * of another shape is shown as it is.
 */
export function concentrationNotes(y: Pick<ConcentrationYear, "notes">, t: T, locale: Locale): string[] {
  const name = (code: string) => (locale === "ja" ? partnerName(code, locale) : code);
  return y.notes.map((note) => {
    let m = /^named shares sum to ([\d.]+)% /.exec(note);
    if (m) return t("concentration.noteSumOver", { pct: m[1] });
    m = /^(\w+) is an? (upper|lower) bound \([<>]([\d.]+)%\)$/.exec(note);
    if (m) return t("concentration.noteBound", { partner: name(m[1]), bound: m[2], pct: m[3] });
    m = /^top share tied: (.+) at ([\d.]+)%$/.exec(note);
    if (m) return t("concentration.noteTied", { partners: m[1].split(", ").map(name).join(locale === "ja" ? "、" : ", "), pct: m[2] });
    m = /^(\d+) sources give a breakdown;/.exec(note);
    if (m) return t("concentration.noteCandidates", { count: Number(m[1]) });
    return note;
  });
}
