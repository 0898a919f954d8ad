// From the dependence API's responses to what the chart draws: one China series per material,
// the other partners' series when one material is shown, the events, the sources and the years
// where sources disagree. Pure, so the overview card and the incident page shape alike.

import { disagreements } from "./analysis/disagreement";
import { neutral, okabeIto, partnerColors, partnerFallbackColors, seriesColors } from "./colors";
import { shapeSeries, type Glyph, type LineRow } from "./dependence-shape";
import { ENGLISH_DASHBOARD, type DashboardT } from "./dependence-text";
import { partnerName } from "./format";
import type { Locale } from "./i18n/routing";
import type { DependencePoint, DependenceResponse, EventDto, SourceRef } from "./types";

export type ChartSeries = {
  key: string;
  material: string;
  label: string;
  color: string;
  rows: LineRow[];
  glyphs: Glyph[];
  gaps?: number[];
  /** Partner glyphs are drawn as diamonds in their own colour. */
  partner?: boolean;
  /** The partner's ISO3 code (its label is its name in the page's language). */
  partnerCode?: string;
  /** "usd": the value view's series, drawn on a US$ axis; a share (%) otherwise. */
  unit?: "usd";
};

export type DrawnDependence = {
  series: ChartSeries[];
  /** Each event once, though several materials' responses carry it. */
  events: EventDto[];
  sources: Map<number, SourceRef>;
  /** Years where sources state incompatible values, keyed by `conflictKey`. */
  conflicts: Map<string, DependencePoint[]>;
};

export const conflictKey = (material: string, partner: string, year: number) => `${material}|${partner}|${year}`;

/** One glyph's identity across series, for hover and selection. */
export const glyphId = (seriesKey: string, glyphKey: string) => `${seriesKey}:${glyphKey}`;

/** A China series' label: "China · Permanent magnets"; 「中国（永久磁石）」. */
export const chinaLabel = (material: string, t: DashboardT = ENGLISH_DASHBOARD) => t("series.china", { material });

/**
 * The series with their labels in the page's language: China's with the material's name from
 * `nameOf` (its Japanese name from the materials list), partners' from Intl.DisplayNames.
 */
export function labelSeries<S extends Pick<ChartSeries, "material" | "label" | "partner" | "partnerCode">>(series: S[], t: DashboardT, locale: Locale, nameOf: (slug: string) => string): S[] {
  return series.map((s) => ({ ...s, label: s.partner ? (s.partnerCode ? partnerName(s.partnerCode, locale) : s.label) : chinaLabel(nameOf(s.material), t) }));
}

/** The China series of one response (China's colour first, then the next per material). */
export function chinaSeries(r: DependenceResponse, index: number): ChartSeries & { gaps: number[] } {
  return {
    key: `m${index}`,
    material: r.material,
    label: chinaLabel(r.materialName),
    color: seriesColors[index % seriesColors.length],
    ...shapeSeries(r.points, r.from, r.to),
  };
}

/**
 * The drawn series, events, sources and disagreements. `single`: one material is shown, so its
 * other partners are drawn too (their points never make the line: headline is cleared).
 */
export function drawDependence(responses: DependenceResponse[], single: boolean): DrawnDependence {
  const sources = new Map<number, SourceRef>();
  const conflicts = new Map<string, DependencePoint[]>();
  const events = new Map<number, EventDto>();
  const series: ChartSeries[] = [];
  responses.forEach((r, i) => {
    for (const s of r.sources) sources.set(s.id, s);
    for (const e of r.events) events.set(e.id, e);
    for (const d of disagreements([...r.points, ...r.partners])) conflicts.set(conflictKey(r.material, d.partner, d.year), d.statements);
    series.push(chinaSeries(r, i));
    if (!single) return;
    const byPartner = new Map<string, DependencePoint[]>();
    for (const p of r.partners) byPartner.set(p.partner, [...(byPartner.get(p.partner) ?? []), p]);
    const colors = partnerColorsFor([...byPartner.keys()]);
    for (const [partner, pts] of byPartner) {
      const shaped = shapeSeries(
        pts.map((p) => ({ ...p, headline: false })),
        r.from,
        r.to,
      );
      series.push({ key: `p${partner}`, material: r.material, label: partnerName(partner), color: colors.get(partner)!, partner: true, partnerCode: partner, ...shaped });
    }
  });
  return { series, events: [...events.values()], sources, conflicts };
}

/**
 * The drawn partners' colours: a partner's own where it has one, else the first palette colour no
 * other drawn series uses (China's and the partners' own reserved first), so three partners
 * without a colour of their own (the Philippines, Indonesia, Thailand beside magnets) are not
 * three identical greys. Grey only when the palette runs out.
 */
export function partnerColorsFor(partners: string[]): Map<string, string> {
  const used = new Set<string>([seriesColors[0], ...partners.flatMap((p) => partnerColors[p] ?? [])]);
  const free = [...partnerFallbackColors, okabeIto.black].filter((c) => !used.has(c));
  let next = 0;
  return new Map(partners.map((p) => [p, partnerColors[p] ?? free[next++] ?? neutral.dark]));
}

/** The statements that disagree with a drawn point's year, or null when its sources agree. */
export function conflictFor(conflicts: Map<string, DependencePoint[]>, s: Pick<ChartSeries, "material">, p: DependencePoint): DependencePoint[] | null {
  return conflicts.get(conflictKey(s.material, p.partner, p.year)) ?? null;
}

/** How many values the data table lists: every glyph of every series. */
export const valueCount = (series: Pick<ChartSeries, "glyphs">[]) => series.reduce((n, s) => n + s.glyphs.length, 0);
