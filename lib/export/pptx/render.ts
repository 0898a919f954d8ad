// The pptxgenjs half of the PowerPoint export: slide models in, a .pptx Blob out. Loaded with
// import() when someone exports (components/charts/export-pptx), never with the page.

import PptxGenJS from "pptxgenjs";
import { DECK_EVENT_ROWS, type DeckModel, type DeckSlide } from "./deck";
import { contrastText } from "../compose-markup";
import { estimateLines, eventsLayout, lineInches, pptxColor, SLIDE_EVENT_ROWS, SLIDE_SIZES, type EventRow, type ChartSlideModel, type PptxChartData, type SlideSize } from "./model";

/** A PNG of the chart: a data URL and its size in px (any scale; only the aspect ratio matters). */
export type SlideImage = { dataUrl: string; width: number; height: number };

const INK = "1F2933";
const MUTED = "5B6675";
const ACCENT = "0B5CAD";
const RULE = "D8DDE5";
const M = 0.4; // margin, inches

function newDeck(size: SlideSize, title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  const { width, height } = SLIDE_SIZES[size];
  pptx.defineLayout({ name: size === "a4" ? "A4_LANDSCAPE" : "WIDE_16x9", width, height });
  pptx.layout = size === "a4" ? "A4_LANDSCAPE" : "WIDE_16x9";
  pptx.author = "REE Monitor";
  pptx.company = "REE Monitor";
  pptx.title = title;
  return pptx;
}

const numberFormat = (unit: PptxChartData["unit"]) => (unit === "percent" ? '0"%"' : unit === "usd" ? '"$"#,##0' : "#,##0");

function addNativeChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: PptxChartData, box: { x: number; y: number; w: number; h: number }, fontFace: string) {
  // Horizontal bars draw the first category at the bottom: reversed, they read top-down as on the page.
  const flip = <T,>(xs: T[]) => (chart.direction === "horizontal" ? [...xs].reverse() : xs);
  const data = chart.series.map((s) => ({ name: s.name, labels: flip(chart.categories), values: flip(s.values) as number[] }));
  const common = {
    ...box,
    chartColors: (chart.pointColors && chart.series.length === 1 ? flip(chart.pointColors) : chart.series.map((s) => s.color)).map(pptxColor),
    showLegend: chart.series.length > 1,
    legendPos: "b" as const,
    legendFontSize: 9,
    legendFontFace: fontFace,
    catAxisLabelFontFace: fontFace,
    catAxisLabelFontSize: 9,
    valAxisLabelFontFace: fontFace,
    valAxisLabelFontSize: 9,
    valAxisLabelFormatCode: numberFormat(chart.unit),
    valAxisMinVal: 0,
    ...(chart.unit === "percent" && !chart.stacked ? { valAxisMaxVal: 100 } : {}),
    valGridLine: { color: "E5E8EC", size: 0.5 },
    catGridLine: { style: "none" as const },
  };
  if (chart.type === "line") {
    slide.addChart(pptx.ChartType.line, data, { ...common, lineSize: 2, lineDataSymbol: "circle", lineDataSymbolSize: 5, displayBlanksAs: "gap" });
  } else {
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      barDir: chart.direction === "horizontal" ? "bar" : "col",
      barGrouping: chart.stacked ? "stacked" : "clustered",
      barGapWidthPct: 40,
      ...(chart.direction === "horizontal" ? { showValue: true, dataLabelFormatCode: '0.0"%"', dataLabelFontSize: 8, dataLabelFontFace: fontFace } : {}),
    });
  }
}

/** The image fitted into a box, keeping its aspect ratio, top-left aligned. */
function fit(image: SlideImage, box: { x: number; y: number; w: number; h: number }) {
  const ratio = image.width / image.height;
  const w = Math.min(box.w, box.h * ratio);
  return { x: box.x, y: box.y, w, h: w / ratio };
}

function addHeader(slide: PptxGenJS.Slide, title: string, subtitle: string, width: number, fontFace: string) {
  slide.addText(title, { x: M, y: 0.25, w: width - 2 * M, h: 0.6, fontFace, fontSize: 22, bold: true, color: INK, valign: "top", fit: "shrink", margin: 0 });
  if (subtitle) slide.addText(subtitle, { x: M, y: 0.85, w: width - 2 * M, h: 0.4, fontFace, fontSize: 12, color: MUTED, valign: "top", fit: "shrink", margin: 0 });
}

const FOOT_PT = 8;

/** The sources, footer and permalink at the foot of the slide; returns the top of the rule above them. */
function addFootnote(slide: PptxGenJS.Slide, model: Pick<ChartSlideModel, "footnote" | "permalink" | "fontFace">, size: { width: number; height: number }): number {
  const inner = size.width - 2 * M;
  const lines = estimateLines(model.footnote, FOOT_PT, inner * 0.97) + (model.permalink ? estimateLines(model.permalink, FOOT_PT, inner) : 0);
  const h = lines * lineInches(FOOT_PT) + 0.05;
  const y = size.height - 0.3 - h;
  slide.addShape("line", { x: M, y: y - 0.08, w: inner, h: 0, line: { color: RULE, width: 0.75 } });
  slide.addText(
    [
      { text: model.footnote, options: { color: MUTED, breakLine: true } },
      ...(model.permalink ? [{ text: model.permalink, options: { color: ACCENT, hyperlink: { url: model.permalink } } }] : []),
    ],
    { x: M, y, w: inner, h, fontFace: model.fontFace, fontSize: FOOT_PT, valign: "top", margin: 0, lineSpacingMultiple: 1 },
  );
  return y - 0.08;
}

function eventsTable(rows: EventRow[], head: [string, string, string], fontFace: string, fontSize: number): PptxGenJS.TableRow[] {
  const header = head.map((text) => ({ text, options: { bold: true, color: INK, fill: { color: "F1F3F6" } } }));
  return [
    header,
    ...rows.map((e) => [
      { text: String(e.number), options: { bold: true, color: contrastText(e.color) === "#ffffff" ? "FFFFFF" : INK, fill: { color: pptxColor(e.color) }, align: "center" as const } },
      { text: e.date, options: { color: MUTED } },
      { text: e.title, options: { color: INK } },
    ]),
  ].map((row) => row.map((cell) => ({ ...cell, options: { ...cell.options, fontFace, fontSize, valign: "middle" as const } })));
}

type TableHead = { eventNumber: string; eventDate: string; eventTitle: string };

/**
 * One chart slide: title and filters on top; the chart image at the left with the numbered events
 * under it (as many as fit); the native chart at the right, full height; the sources, footer and
 * permalink at the foot; the drawn values in the notes. Without a native chart the events take the right.
 */
function addChartSlide(pptx: PptxGenJS, model: ChartSlideModel, image: SlideImage | null, size: { width: number; height: number }, head: TableHead) {
  const slide = pptx.addSlide();
  const f = model.fontFace;
  addHeader(slide, model.title, model.subtitle, size.width, f);
  const top = 1.35;
  const bottom = addFootnote(slide, model, size) - 0.12;
  const inner = size.width - 2 * M;
  const side = model.chart !== null || model.events.length > 0;
  const leftW = side ? inner * (model.chart ? 0.56 : 0.6) : inner;
  const names: [string, string, string] = [head.eventNumber, head.eventDate, head.eventTitle];
  let imageBottom = top;
  if (image) {
    const box = fit(image, { x: M, y: top, w: leftW, h: (bottom - top) * (model.chart && model.events.length ? 0.62 : 1) });
    slide.addImage({ data: image.dataUrl, ...box });
    imageBottom = box.y + box.h;
  }
  const sx = M + leftW + 0.25;
  const sw = inner - leftW - 0.25;
  if (model.chart) addNativeChart(pptx, slide, model.chart, { x: sx, y: top, w: sw, h: bottom - top }, f);
  if (model.events.length) {
    const area = model.chart ? { x: M, y: imageBottom + 0.2, w: leftW } : { x: sx, y: top, w: sw };
    const layout = eventsLayout(model.events, names, area.w, 8, bottom - area.y, SLIDE_EVENT_ROWS);
    const shown = model.events.slice(0, layout.fit);
    if (shown.length) {
      slide.addTable(eventsTable(shown, names, f, 8), { x: area.x, y: area.y, w: area.w, colW: layout.colW, rowH: layout.rowH, border: { type: "solid", pt: 0.5, color: RULE }, margin: 0.04 });
    }
    const hidden = model.events.length - shown.length;
    if (hidden) slide.addText(model.moreEvents(hidden), { x: area.x, y: area.y + (shown.length ? layout.height : 0) + 0.04, w: area.w, h: layout.moreH, fontFace: f, fontSize: 8, color: MUTED, margin: 0 });
  }
  slide.addNotes(model.notes);
  return slide;
}

const toBlob = async (pptx: PptxGenJS) => (await pptx.write({ outputType: "blob", compression: true })) as Blob;

/** One chart card as one slide. */
export async function chartPptx({ model, image, size = "16x9", head }: { model: ChartSlideModel; image: SlideImage | null; size?: SlideSize; head: TableHead }): Promise<Blob> {
  const pptx = newDeck(size, model.title);
  addChartSlide(pptx, model, image, SLIDE_SIZES[size], head);
  return toBlob(pptx);
}

function addDeckSlide(pptx: PptxGenJS, s: DeckSlide, deck: DeckModel, images: Record<string, SlideImage | null>, size: { width: number; height: number }, head: TableHead) {
  const f = deck.fontFace;
  const inner = size.width - 2 * M;
  if (s.kind === "chart") return addChartSlide(pptx, s.model, images[s.imageKey] ?? null, size, head);
  const slide = pptx.addSlide();
  if (s.kind === "figures") {
    addHeader(slide, s.title, s.subtitle, size.width, f);
    const gap = 0.25;
    const w = (inner - gap) / 2;
    s.figures.forEach((fig, i) => {
      const x = M + (i % 2) * (w + gap);
      const y = 1.5 + Math.floor(i / 2) * 2.15;
      slide.addShape("rect", { x, y, w, h: 1.9, fill: { color: "F7F8FA" }, line: { color: RULE, width: 0.75 } });
      slide.addText(
        [
          { text: fig.label, options: { fontSize: 12, color: MUTED, breakLine: true } },
          { text: fig.value, options: { fontSize: 30, bold: true, color: INK, breakLine: true } },
          { text: fig.detail, options: { fontSize: 10, color: MUTED } },
        ],
        { x: x + 0.15, y: y + 0.1, w: w - 0.3, h: 1.7, fontFace: f, valign: "top", fit: "shrink", margin: 0, paraSpaceAfter: 4 },
      );
    });
  } else if (s.kind === "events") {
    addHeader(slide, s.title, s.subtitle, size.width, f);
    if (s.empty) slide.addText(s.empty, { x: M, y: 1.5, w: inner, h: 0.5, fontFace: f, fontSize: 12, color: MUTED, margin: 0 });
    else {
      const names: [string, string, string] = [head.eventNumber, head.eventDate, head.eventTitle];
      const layout = eventsLayout(s.rows, names, inner, 11, size.height - 0.3 - 1.45, DECK_EVENT_ROWS);
      slide.addTable(eventsTable(s.rows.slice(0, layout.fit), names, f, 11), { x: M, y: 1.45, w: inner, colW: layout.colW, rowH: layout.rowH, border: { type: "solid", pt: 0.5, color: RULE }, margin: 0.04 });
      const hidden = s.rows.length - layout.fit;
      if (hidden) slide.addText(s.more(hidden), { x: M, y: 1.45 + layout.height + 0.06, w: inner, h: layout.moreH, fontFace: f, fontSize: 11, color: MUTED, margin: 0 });
    }
  } else {
    addHeader(slide, s.title, "", size.width, f);
    slide.addText(
      [
        ...s.lines.map((l) => ({ text: l.text, options: { color: l.heading ? INK : MUTED, bold: l.heading, breakLine: true } })),
        ...(s.permalink ? [{ text: s.permalink, options: { color: ACCENT, hyperlink: { url: s.permalink } } }] : []),
      ],
      { x: M, y: 1.2, w: inner, h: size.height - 1.8, fontFace: f, fontSize: 12, valign: "top", fit: "shrink", margin: 0, paraSpaceAfter: 2 },
    );
  }
  slide.addNotes(s.notes);
  return slide;
}

/** The briefing deck: one slide per model slide, in order. */
export async function deckPptx({ deck, images, size = "16x9", head }: { deck: DeckModel; images: Record<string, SlideImage | null>; size?: SlideSize; head: TableHead }): Promise<Blob> {
  const pptx = newDeck(size, deck.title);
  for (const s of deck.slides) addDeckSlide(pptx, s, deck, images, SLIDE_SIZES[size], head);
  return toBlob(pptx);
}
