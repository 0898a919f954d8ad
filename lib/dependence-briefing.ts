// The printed briefing's event list and source line: how many columns the events need and whether
// each keeps to one line, and the short form of a source. Pure, so the one-page budget is tested.

import type { CapacityMeasure } from "./analysis/capacity";
import type { SourceRef } from "./types";

/** Lines of event list the one A4 landscape page has room for under the chart, at 7.5 pt. */
export const BRIEFING_EVENT_LINES = 13;
export const BRIEFING_MAX_COLUMNS = 5;

/**
 * The events' layout: wrapped entries (about two lines each) in as many columns as they need while
 * they fit the page's lines; past that, one line per entry (the title cut with an ellipsis, whole on
 * screen and in the CSV) in five or six columns.
 */
export function briefingEventLayout(count: number, lines = BRIEFING_EVENT_LINES): { columns: number; oneLine: boolean } {
  const wrapped = Math.ceil((2 * count) / lines);
  if (wrapped <= BRIEFING_MAX_COLUMNS) return { columns: Math.max(1, Math.min(BRIEFING_MAX_COLUMNS, wrapped, count)), oneLine: false };
  // One line each: five columns, six past 65 events (six columns of one-line entries hold 78).
  return { columns: Math.max(BRIEFING_MAX_COLUMNS, Math.min(6, Math.ceil(count / lines))), oneLine: true };
}

/**
 * A statistical dataset by its own short name rather than its publisher's: "UN Comtrade, reporter
 * China (mirror), annual 2022" → "UN Comtrade China", "CEPII BACI (HS17, V202601), …" → "CEPII BACI
 * HS17". Null for any other title.
 */
export function datasetName(title: string): string | null {
  const comtrade = /^UN Comtrade, reporter ([^,(]+)/.exec(title);
  if (comtrade) return `UN Comtrade ${comtrade[1].trim()}`;
  const baci = /^CEPII BACI \((HS\d\d)/.exec(title);
  if (baci) return `CEPII BACI ${baci[1]}`;
  return null;
}

/**
 * A source as the printed page cites it: "[9] Yomiuri Shimbun 2009" (a dataset by its short name, else the publisher without its
 * "(via …)" note, else the title, cut at 28 characters; the year only).
 */
export function briefingSource(s: SourceRef): string {
  const raw = (datasetName(s.title) ?? s.publisher ?? s.title).replace(/\s*\([^)]*\)\s*$/, "").replace(/^\[|\]$/g, "").trim();
  const name = raw.length > 28 ? `${raw.slice(0, 27).trimEnd()}…` : raw;
  return `[${s.id}] ${name}${s.published ? ` ${s.published.slice(0, 4)}` : ""}`;
}

const tonnes = (v: number) => `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(v)} t/yr`;

/**
 * The capacity figure's detail on paper, one line or two: what the figure counts and the offtake
 * beside it ("Plant output operating or being built, 13 projects; offtake 16,200 t/yr not added").
 */
export function capacityPrintDetail(m: Pick<CapacityMeasure, "committed" | "pipeline">): string {
  const c = m.committed;
  const parts = [`Plant output operating or being built, ${c.projects} project${c.projects === 1 ? "" : "s"}`];
  if (c.offtakeTonnes) parts.push(`offtake ${tonnes(c.offtakeTonnes)} not added`);
  if (m.pipeline.outputTonnes) parts.push(`${tonnes(m.pipeline.outputTonnes)} planned`);
  return `${parts.join("; ")}.`;
}

/** The printed plot's height for one material (px at 96/in: 45 mm). */
export const PRINT_PLOT_HEIGHT = 170;

/**
 * The printed plot's height: each compared material adds a line to the key and to the gaps under
 * the chart, so the plot gives up 12 px for each, down to 134 px (35 mm) from four materials on.
 * The whole chart stays above 85 mm (plot, axis and the five-lane event strip).
 */
export function printPlotHeight(materials: number): number {
  return PRINT_PLOT_HEIGHT - 12 * (Math.min(Math.max(materials, 1), 4) - 1);
}
