// The dependence card's words about its sources, gaps and partners. Pure, so the briefing's and
// the tooltip's wording is unit-tested. The words are the catalogue's (dashboard namespace): the
// card passes its translator and language; a caller given neither (the incident page's context
// chart, until it has a language) gets the English ones.

import { createTranslator } from "next-intl";
import { joinNames } from "./dependence-materials";
import enDashboard from "./i18n/messages/en/dashboard.json";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { enumLabel, type EnumLabels } from "./labels";
import type { DependencePoint, SourceRef } from "./types";

export type DashboardT = Translator<"dashboard">;

/** The English words of the dashboard namespace, for callers not given a translator. */
export const ENGLISH_DASHBOARD: DashboardT = createTranslator({ locale: "en", messages: { dashboard: enDashboard }, namespace: "dashboard" });

/** A year or a span of years: "2008–2026", "2024"; 「2008〜2026年」「2024年」. Western years, never grouped ("2,008"). */
export function yearsText(from: number, to: number, t: DashboardT = ENGLISH_DASHBOARD): string {
  return from === to ? t("title.year", { year: String(from) }) : t("title.years", { from: String(from), to: String(to) });
}

/** The chart's title: "China's share of Japan's imports: Heavy rare earths (Dy, Tb), 2008–2026"; 「日本の永久磁石輸入に占める中国の割合（2010〜2026年）」. */
export function dependenceTitle(names: string[], from: number, to: number, t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string {
  return t("title.share", { materials: joinNames(names, locale), years: yearsText(from, to, t) });
}

/** The value view's title: "Value of Japan's imports of Permanent magnets from China (US$), 2002–2025". */
export function dependenceValueTitle(names: string[], from: number, to: number, t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string {
  return t("title.value", { materials: joinNames(names, locale), years: yearsText(from, to, t) });
}

/** Why a chart of these materials is empty: "No source gives China's share of Japan's Dysprosium or Terbium imports in 2008–2026, so …". */
export function emptyChartText(names: string[], from: number, to: number, t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string {
  return t("empty.chart", { materials: joinNames(names, locale, "disjunction"), years: yearsText(from, to, t) });
}

/** "Publisher · Title · 2021" for tooltips and the data table (titles as published). */
export function sourceLine(s: SourceRef | undefined, t: DashboardT = ENGLISH_DASHBOARD): string {
  if (!s) return t("source.unknown");
  return [s.publisher, s.title, s.published].filter(Boolean).join(" · ");
}

/** The printed briefing's short form: the publisher (or the title cut at 48 characters) and the date. */
export function shortSource(s: SourceRef): string {
  const name = s.publisher ?? (s.title.length > 48 ? `${s.title.slice(0, 48)}…` : s.title);
  return s.published ? `${name}, ${s.published}` : name;
}

/** Sorted years as runs: [2001, 2002, 2003, 2007] → "2001–2003, 2007"; 「2001〜2003年、2007年」. */
export function compactYears(years: number[], t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(yearsText(years[i], years[j], t));
    i = j;
  }
  return parts.join(locale === "ja" ? "、" : ", ");
}

/**
 * The years without a sourced China share, per material ("Rare earths: 2001–2003 · Dysprosium:
 * none"); the material names are left out when one is shown. Null when no series has a gap.
 */
export function gapsText(gapYears: number[][], materialNames: string[], single: boolean, t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string | null {
  if (!gapYears.some((g) => g.length > 0)) return null;
  return gapYears
    .map((g, i) => {
      const years = compactYears(g, t, locale) || t("notes.gapNone");
      return single ? years : t("notes.gapMaterial", { material: materialNames[i], years });
    })
    .join(t("separator"));
}

/** The sources behind the drawn values and the events, in the order the responses listed them. */
export function usedSources(sources: Map<number, SourceRef>, events: { sourceId: number }[], series: { glyphs: { point: { sourceId: number } }[] }[]): SourceRef[] {
  const drawn = new Set(series.flatMap((s) => s.glyphs.map((g) => g.point.sourceId)));
  return [...sources.values()].filter((s) => drawn.has(s.id) || events.some((e) => e.sourceId === s.id));
}

/** How many other partners one material's response draws (distinct partners in its points). */
export function partnersDrawn(r: { partners: { partner: string }[] }): number {
  return r.partners.length ? new Set(r.partners.map((p) => p.partner)).size : 0;
}

type KindPoint = Pick<DependencePoint, "headline" | "estimate" | "bound" | "low" | "sharePct" | "derived" | "mirror" | "basis" | "hsCode">;

/**
 * What kind of value a point is, as words to list: the line's value or another source's, estimate,
 * bound, range, derived, mirror, basis and HS code. `tooltip`: the hover card's shorter form (a
 * capitalised first item, bounds and ranges said as "estimate", as the card has always put it).
 */
export function pointKinds(p: KindPoint, t: DashboardT, enums: Pick<EnumLabels, "basis">, { tooltip = false, valueUsd }: { tooltip?: boolean; valueUsd?: number } = {}): string[] {
  const basis = t("point.basis", { basis: enumLabel(enums.basis, p.basis) });
  const hs = p.hsCode ? t("point.hs", { code: p.hsCode }) : null;
  if (tooltip) {
    return [
      p.headline ? t("tooltip.headline") : t("tooltip.other"),
      (p.estimate || p.bound || (valueUsd === undefined && p.sharePct === null)) && t("point.estimate"),
      p.derived && t("point.derived"),
      p.mirror && t("point.mirror"),
      basis,
      hs,
    ].filter((k): k is string => !!k);
  }
  return [
    p.headline ? t("point.headline") : t("point.other"),
    p.estimate && t("point.estimate"),
    p.bound && t("point.bound", { bound: p.bound }),
    p.low !== null && t("point.range"),
    p.derived && t("point.derived"),
    p.mirror && t("point.mirror"),
    basis,
    hs,
  ].filter((k): k is string => !!k);
}
