// The PowerPoint export's pure half: what goes on a slide (texts, the native chart's series, the
// events table, the footnote, the speaker notes), built from a card's ExportMeta, its CSV and its
// drawn data. No pptxgenjs here (that is `render.ts`, loaded with import() on click), so the slide
// model is unit-tested in Node.

import type { Locale } from "@/lib/i18n/routing";
import type { ExportMeta } from "../compose-markup";

/** What a native (editable) PowerPoint chart draws: one category axis, one or more series. */
export type PptxChartData = {
  /** Which card drew it; the briefing deck picks its slides by kind. */
  kind: "dependence" | "peers" | "incidents" | "capacity" | "materials" | "monthly";
  type: "line" | "bar";
  /** Bars across (peers) or up (per year). */
  direction?: "horizontal" | "vertical";
  stacked?: boolean;
  categories: string[];
  /** Values exactly as drawn; a year without a value is null (a gap), never 0. */
  series: { name: string; color: string; values: (number | null)[] }[];
  /** The value axis: a share in %, a count, US$ or tonnes. */
  unit: "percent" | "count" | "usd" | "tonnes";
};

export type SlideSize = "16x9" | "a4";

/** Slide sizes in inches: PowerPoint's 16:9 (13.333 × 7.5) and A4 landscape (297 × 210 mm). */
export const SLIDE_SIZES: Record<SlideSize, { width: number; height: number }> = {
  "16x9": { width: 13.333, height: 7.5 },
  a4: { width: 11.693, height: 8.268 },
};

/**
 * The face every text and chart label is set in. Japanese decks name a Japanese face (Yu Gothic
 * ships with Windows and Office for Mac; LibreOffice falls back to Noto Sans CJK JP through
 * fontconfig); English decks use Arial, present everywhere.
 */
export const PPTX_FONT: Record<Locale, string> = { en: "Arial", ja: "Yu Gothic" };

/** At most this many events as table rows on a slide; the rest are named in the notes and on the deck's events slide. */
export const SLIDE_EVENT_ROWS = 8;

/** The words a slide writes itself, from the `pptx` catalogue (the caller translates). */
export type SlideWords = {
  eventNumber: string;
  eventDate: string;
  eventTitle: string;
  moreEvents: (count: number) => string;
  notesValues: string;
  notesSources: string;
  notesPermalink: string;
  notesEvents: string;
};

export type ChartSlideModel = {
  title: string;
  subtitle: string;
  /** Rows of the events table: number, date, title (each event once, numbered as drawn). */
  events: { number: number; date: string; title: string; color: string }[];
  /** "…and N more events", when the table is cut. */
  moreEvents: string | null;
  /** Sources line and the footer (app, data as of, export date, data version). */
  footnote: string;
  permalink: string;
  notes: string;
  chart: PptxChartData | null;
  fontFace: string;
};

/** The CSV as readable notes: BOM stripped, one drawn value per line, the columns tab-separated. */
export function csvToNotes(csv: string): string {
  return csv
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => splitCsvLine(line).join("\t"))
    .join("\n");
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** One chart card's slide: the editable texts, the events table, the footnote and the notes. */
export function chartSlideModel({ meta, csv, chart, words, locale }: { meta: ExportMeta; csv: string; chart: PptxChartData | null; words: SlideWords; locale: Locale }): ChartSlideModel {
  const events = meta.legendItems.map((e) => ({ number: e.number, date: e.date, title: e.title, color: e.color }));
  const shown = events.slice(0, SLIDE_EVENT_ROWS);
  const notes = [
    words.notesValues,
    csvToNotes(csv),
    "",
    ...(events.length ? [words.notesEvents, ...events.map((e) => `${e.number}\t${e.date}\t${e.title}`), ""] : []),
    words.notesSources,
    meta.sourceLine,
    meta.footer,
    "",
    words.notesPermalink,
    meta.permalink,
  ].join("\n");
  return {
    title: meta.title,
    subtitle: meta.subtitle,
    events: shown,
    moreEvents: events.length > shown.length ? words.moreEvents(events.length - shown.length) : null,
    footnote: [meta.sourceLine, meta.footer].filter(Boolean).join("\n"),
    permalink: meta.permalink,
    notes,
    chart: chart && chart.categories.length && chart.series.some((s) => s.values.some((v) => v !== null)) ? chart : null,
    fontFace: PPTX_FONT[locale],
  };
}

/** A drawn line series (one value per year, gaps null), as the dependence card shapes it. */
type LineSeries = { label: string; color: string; unit?: "usd"; rows: { year: number; exact: number | null; estimate: number | null }[] };

/**
 * The dependence chart as a native line chart: one category per year of the drawn range, each
 * series' headline values (estimates included, as the dashed line draws them); a year without a
 * value stays null, so PowerPoint leaves a gap.
 */
export function dependenceChartData(series: readonly LineSeries[]): PptxChartData | null {
  const drawn = series.filter((s) => s.rows.some((r) => (r.exact ?? r.estimate) !== null));
  if (!drawn.length) return null;
  const years = [...new Set(drawn.flatMap((s) => s.rows.map((r) => r.year)))].sort((a, b) => a - b);
  return {
    kind: "dependence",
    type: "line",
    categories: years.map(String),
    series: drawn.map((s) => {
      const byYear = new Map(s.rows.map((r) => [r.year, r.exact ?? r.estimate]));
      return { name: s.label, color: s.color, values: years.map((y) => byYear.get(y) ?? null) };
    }),
    unit: drawn[0].unit === "usd" ? "usd" : "percent",
  };
}

/** The peers bars: China's share of each importer's imports, in the order drawn. */
export function peersChartData(bars: readonly { name: string; chinaSharePct: number }[], seriesName: string, color: string): PptxChartData | null {
  if (!bars.length) return null;
  return {
    kind: "peers",
    type: "bar",
    direction: "horizontal",
    categories: bars.map((b) => b.name),
    series: [{ name: seriesName, color, values: bars.map((b) => b.chinaSharePct) }],
    unit: "percent",
  };
}

/** Hex colours for pptxgenjs: no "#", upper case. */
export const pptxColor = (hex: string) => hex.replace(/^#/, "").toUpperCase();
