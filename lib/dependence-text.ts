// The dependence card's words about its sources, gaps and partners. Pure, so the briefing's and
// the tooltip's wording is unit-tested.

import { joinNames } from "./dependence-materials";
import type { SourceRef } from "./types";

/** The chart's title, the materials' names as stored: "China's share of Japan's imports: Heavy rare earths (Dy, Tb), 2008–2026". */
export function dependenceTitle(names: string[], from: number, to: number): string {
  return `China's share of Japan's imports: ${joinNames(names)}, ${from === to ? from : `${from}–${to}`}`;
}

/** Why a chart of these materials is empty: "No source gives China's share of Japan's Dysprosium or Terbium imports in 2008–2026." */
export function emptyChartText(names: string[], from: number, to: number): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0];
  return `No source gives China's share of Japan's ${list} imports in ${from}–${to}, so there is no line to draw.`;
}

/** "Publisher · Title · 2021" for tooltips and the data table. */
export function sourceLine(s: SourceRef | undefined): string {
  if (!s) return "source unknown";
  return [s.publisher, s.title, s.published].filter(Boolean).join(" · ");
}

/** The printed briefing's short form: the publisher (or the title cut at 48 characters) and the date. */
export function shortSource(s: SourceRef): string {
  const name = s.publisher ?? (s.title.length > 48 ? `${s.title.slice(0, 48)}…` : s.title);
  return s.published ? `${name}, ${s.published}` : name;
}

/** Sorted years as runs: [2001, 2002, 2003, 2007] → "2001–2003, 2007". */
export function compactYears(years: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j;
  }
  return parts.join(", ");
}

/**
 * The years without a sourced China share, per material ("Rare earths: 2001–2003 · Dysprosium:
 * none"); the material names are left out when one is shown. Null when no series has a gap.
 */
export function gapsText(gapYears: number[][], materialNames: string[], single: boolean): string | null {
  if (!gapYears.some((g) => g.length > 0)) return null;
  return gapYears.map((g, i) => `${single ? "" : `${materialNames[i]}: `}${compactYears(g) || "none"}`).join(" · ");
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

/** The value view's title: "Value of Japan's imports of Permanent magnets from China (US$), 2002–2025". */
export function dependenceValueTitle(names: string[], from: number, to: number): string {
  return `Value of Japan's imports of ${joinNames(names)} from China (US$), ${from === to ? from : `${from}–${to}`}`;
}
