// The PowerPoint export's pure half: what goes on a slide (texts, the native chart's series, the
// events table, the footnote, the speaker notes), built from a card's ExportMeta, its CSV and its
// drawn data. No pptxgenjs here (that is `render.ts`, loaded with import() on click), so the slide
// model is unit-tested in Node.

import type { Locale } from "@/lib/i18n/routing";
import type { ExportMeta } from "../compose-markup";
import type { PptxChartData } from "./chart-data";

export type { PptxChartData };

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

/** At most this many events as table rows on a chart slide (fewer when they do not fit); the rest are named in the notes and on the deck's events slide. */
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
  /** Every numbered event, as drawn: number, date, title; the slide shows as many as fit (at most SLIDE_EVENT_ROWS). */
  events: EventRow[];
  /** "…and N more events, listed in the notes", for a table cut after `shown` rows. */
  moreEvents: (hidden: number) => string;
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
    events,
    moreEvents: words.moreEvents,
    footnote: [meta.sourceLine, meta.footer].filter(Boolean).join("\n"),
    permalink: meta.permalink,
    notes,
    chart: chart && chart.categories.length && chart.series.some((s) => s.values.some((v) => v !== null)) ? chart : null,
    fontFace: PPTX_FONT[locale],
  };
}

/**
 * A rough, generous width of a text in inches at `pt` points: full-width (CJK) characters one
 * em, the rest about 0.58 em, a quarter em where Latin and Japanese meet. Enough to size a table column or reserve lines for a footnote; PowerPoint and
 * LibreOffice do not shrink text on their own when a file is opened.
 */
export function estimateInches(text: string, pt: number): number {
  const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F]/;
  let ems = 0;
  let previous: boolean | null = null;
  for (const ch of text) {
    const wide = cjk.test(ch);
    ems += wide ? 1 : 0.58;
    // LibreOffice spaces Latin letters and digits apart from Japanese (autospace): about a quarter em each side.
    if (previous !== null && previous !== wide && ch !== " ") ems += 0.25;
    previous = wide;
  }
  return (ems * pt) / 72;
}

/** Lines a text takes in a box `width` inches wide at `pt` points (each paragraph at least one). */
export function estimateLines(text: string, pt: number, width: number): number {
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(estimateInches(para, pt) / width)), 0);
}

export type EventRow = { number: number; date: string; title: string; color: string };

/** Height of one line of text at `pt` points, in inches, with the leading LibreOffice and PowerPoint give CJK faces. */
export const lineInches = (pt: number) => (pt * 1.35) / 72;

/**
 * The events table's columns and row heights in inches: the number and date columns as wide as
 * their longest entry, the titles wrapped in the rest; `fit` is how many rows (from the first)
 * fit in `height`, leaving room for the "…and N more" line when some are left out.
 */
export function eventsLayout(rows: readonly EventRow[], head: readonly [string, string, string], width: number, pt: number, height = Infinity, maxRows = rows.length) {
  const pad = 0.16;
  const numberW = Math.max(estimateInches(head[0], pt), estimateInches(String(rows.length ? rows.at(-1)!.number : 9), pt) + 0.1) + pad;
  // Dates must never wrap (a wrapped date makes its row taller than planned): LibreOffice sets
  // Japanese dates wider than the estimate (digits in the CJK face, autospace), so a fifth more.
  const dateW = Math.max(estimateInches(head[1], pt), ...rows.map((r) => estimateInches(r.date, pt))) * 1.2 + pad;
  const titleW = Math.max(0.5, width - numberW - dateW);
  const rowOf = (text: string) => estimateLines(text, pt, titleW - pad) * lineInches(pt) + 0.12;
  const rowH = [rowOf(head[2]), ...rows.map((r) => rowOf(r.title))];
  const moreH = lineInches(pt) + 0.08;
  let fit = 0;
  let used = rowH[0];
  while (fit < Math.min(rows.length, maxRows)) {
    const next = used + rowH[fit + 1];
    const reserve = fit + 1 < rows.length ? moreH : 0;
    if (next + reserve > height) break;
    used = next;
    fit++;
  }
  return { colW: [numberW, dateW, titleW], rowH: rowH.slice(0, fit + 1), height: used, fit, moreH };
}

/** Hex colours for pptxgenjs: no "#", upper case. */
export const pptxColor = (hex: string) => hex.replace(/^#/, "").toUpperCase();
