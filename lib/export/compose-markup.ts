// Pure composition of the exported image around an already-standalone chart: title, filters,
// key, chart, numbered event legend, sources and footer, laid out as SVG text (never HTML).
// No DOM here, so the layout is unit-tested in Node; `compose.ts` feeds it from the browser.

import { chartInk } from "@/lib/colors";
import { balanceColumns, escapeXml, escapeXmlText, estimateTextWidth, wrapText, type Measure, type TextStyle } from "./text-layout";
import { exportWords, type ExportWords } from "./words";

export type LegendItem = { number: number; date: string; title: string; color: string };

/** A series key entry; the on-screen legend is HTML, so the image draws its own. */
export type KeyItem = { label: string; color: string; shape: "line" | "dashed" | "diamond" | "dot" | "disc" | "none" };

export type ExportMeta = {
  title: string;
  /** The active filters: materials, years, categories. */
  subtitle: string;
  keyItems?: KeyItem[];
  legendItems: LegendItem[];
  sourceLine: string;
  footer: string;
  permalink: string;
};

export type ComposedSvg = { markup: string; width: number; height: number };

const PAD = 24;
const GUTTER = 24;
const MIN_LEGEND_COLUMN = 300;
const ACCENT = "#0b5cad";
const RULE = "#d8dde5";

const S = {
  title: { size: 18, weight: 700, lh: 24 },
  subtitle: { size: 13, weight: 400, lh: 18 },
  key: { size: 12, weight: 400, lh: 18 },
  heading: { size: 12, weight: 700, lh: 18 },
  legend: { size: 12, weight: 400, lh: 16 },
  number: { size: 9, weight: 700, lh: 16 },
  small: { size: 11, weight: 400, lh: 15 },
} as const;

type Style = { size: number; weight: number; lh: number };

const KEY_GLYPH = 22;

const legendText = (item: LegendItem) => `${item.date}  ${item.title}`;

/** The heading of the numbered events, in the export's language ("Events", 「事案」). */
const eventsHeading = (words?: ExportWords) => exportWords(words).t("image.events");

/** Every text run the composition draws, with its weight: the font embedder needs them all. */
export function metaTextRuns(meta: ExportMeta, words?: ExportWords): { text: string; weight: number }[] {
  return [
    { text: meta.title, weight: S.title.weight },
    { text: meta.subtitle, weight: S.subtitle.weight },
    ...(meta.keyItems ?? []).map((k) => ({ text: k.label, weight: S.key.weight })),
    { text: eventsHeading(words), weight: S.heading.weight },
    ...meta.legendItems.map((l) => ({ text: legendText(l), weight: S.legend.weight })),
    ...meta.legendItems.map((l) => ({ text: String(l.number), weight: S.number.weight })),
    { text: meta.sourceLine, weight: S.small.weight },
    { text: meta.footer, weight: S.small.weight },
    { text: meta.permalink, weight: S.small.weight },
  ];
}

/** Dark numbers on light category colours (yellow, sky blue, orange), white on the rest. */
export function contrastText(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "#ffffff";
  const lin = (v: string) => {
    const c = parseInt(v, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  return l > 0.35 ? chartInk.text : "#ffffff";
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function textEl(x: number, baseline: number, style: Style, content: string, attrs = ""): string {
  const weight = style.weight === 400 ? "" : ` font-weight="${style.weight}"`;
  return `<text x="${num(x)}" y="${num(baseline)}" font-size="${style.size}"${weight}${attrs}>${content}</text>`;
}

/** Baseline of a line box of height `lh` whose top is `top`, text optically centred. */
const baselineOf = (top: number, style: Style) => top + style.lh / 2 + style.size * 0.35;

function keyGlyph(item: KeyItem, x: number, cy: number): string {
  const c = escapeXml(item.color);
  switch (item.shape) {
    case "line":
      return `<line x1="${num(x)}" x2="${num(x + KEY_GLYPH)}" y1="${num(cy)}" y2="${num(cy)}" stroke="${c}" stroke-width="2.5"/>`;
    case "dashed":
      return (
        `<line x1="${num(x)}" x2="${num(x + KEY_GLYPH)}" y1="${num(cy)}" y2="${num(cy)}" stroke="${c}" stroke-width="2" stroke-dasharray="5 4"/>` +
        `<circle cx="${num(x + KEY_GLYPH / 2)}" cy="${num(cy)}" r="3.5" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`
      );
    case "diamond": {
      const cx = x + KEY_GLYPH / 2;
      return `<path d="M${num(cx)} ${num(cy - 5)}L${num(cx + 5)} ${num(cy)}L${num(cx)} ${num(cy + 5)}L${num(cx - 5)} ${num(cy)}Z" fill="${c}"/>`;
    }
    case "dot":
      return `<circle cx="${num(x + KEY_GLYPH / 2)}" cy="${num(cy)}" r="3.5" fill="${c}" fill-opacity="0.45" stroke="${c}"/>`;
    case "disc":
      return `<circle cx="${num(x + KEY_GLYPH / 2)}" cy="${num(cy)}" r="5" fill="${c}"/>`;
    case "none":
      return "";
  }
}

export type ComposeInput = {
  meta: ExportMeta;
  /** A standalone `<svg>` element (styles inlined) of the chart, and its size in px. */
  chart: { markup: string; width: number; height: number };
  /** Output width in px; the chart is scaled to fit between the margins. Default: chart width + margins. */
  width?: number;
  /** CSS family list for every text (e.g. `inter, 'Noto Sans JP', sans-serif`). */
  fontFamily: string;
  /** `@font-face` rules with embedded (data: URL) sources. */
  fontCss?: string;
  measure?: Measure;
  /** The language of the words the composition writes itself (the events heading); English by default. */
  words?: ExportWords;
};

export function composeSvgMarkup({ meta, chart, width, fontFamily, fontCss = "", measure = estimateTextWidth, words }: ComposeInput): ComposedSvg {
  const W = Math.round(width ?? chart.width + 2 * PAD);
  const inner = W - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const wrap = (text: string, style: Style, max = inner) => wrapText(text, max, style as TextStyle, measure);

  // Title and the active filters.
  for (const line of wrap(meta.title, S.title)) {
    parts.push(textEl(PAD, baselineOf(y, S.title), S.title, escapeXmlText(line), ` fill="${chartInk.text}"`));
    y += S.title.lh;
  }
  y += 2;
  for (const line of wrap(meta.subtitle, S.subtitle)) {
    parts.push(textEl(PAD, baselineOf(y, S.subtitle), S.subtitle, escapeXmlText(line), ` fill="${chartInk.muted}"`));
    y += S.subtitle.lh;
  }

  // Series key, flowed like the on-screen legend.
  const keys = meta.keyItems ?? [];
  if (keys.length) {
    y += 8;
    let x = PAD;
    for (const k of keys) {
      const glyph = k.shape === "none" ? 0 : KEY_GLYPH + 6;
      const w = glyph + measure(k.label, S.key);
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += S.key.lh;
      }
      parts.push(keyGlyph(k, x, y + S.key.lh / 2));
      parts.push(textEl(x + glyph, baselineOf(y, S.key), S.key, escapeXmlText(k.label), ` fill="${chartInk.muted}"`));
      x += w + 18;
    }
    y += S.key.lh;
  }

  // The chart, scaled to the inner width.
  y += 10;
  const scale = inner / chart.width;
  const chartHeight = chart.height * scale;
  parts.push(`<g transform="translate(${PAD} ${num(y)})${scale === 1 ? "" : ` scale(${num(scale)})`}">${chart.markup}</g>`);
  y += chartHeight;

  // Numbered event legend, in balanced columns.
  if (meta.legendItems.length) {
    y += 12;
    parts.push(textEl(PAD, baselineOf(y, S.heading), S.heading, escapeXmlText(eventsHeading(words)), ` fill="${chartInk.text}"`));
    y += S.heading.lh + 2;
    const columns = Math.max(1, Math.min(4, Math.floor((inner + GUTTER) / (MIN_LEGEND_COLUMN + GUTTER))));
    const colWidth = (inner - (columns - 1) * GUTTER) / columns;
    const textIndent = 24;
    const items = meta.legendItems.map((item) => ({ item, lines: wrap(legendText(item), S.legend, colWidth - textIndent) }));
    const heights = items.map((i) => i.lines.length * S.legend.lh + 4);
    const cols = balanceColumns(heights, columns);
    const colY = Array.from({ length: columns }, () => y);
    items.forEach(({ item, lines }, i) => {
      const col = cols[i];
      const x = PAD + col * (colWidth + GUTTER);
      const top = colY[col];
      const cy = top + S.legend.lh / 2;
      parts.push(`<circle cx="${num(x + 8)}" cy="${num(cy)}" r="8" fill="${escapeXml(item.color)}"/>`);
      const numberStyle = item.number > 99 ? { ...S.number, size: 7 } : S.number;
      parts.push(textEl(x + 8, cy + numberStyle.size * 0.35, numberStyle, String(item.number), ` fill="${contrastText(item.color)}" text-anchor="middle"`));
      lines.forEach((line, li) => {
        const base = baselineOf(top + li * S.legend.lh, S.legend);
        let content = escapeXmlText(line);
        if (li === 0 && line.startsWith(item.date)) {
          content = `<tspan fill="${chartInk.muted}">${escapeXmlText(item.date)}</tspan>${escapeXmlText(line.slice(item.date.length))}`;
        }
        parts.push(textEl(x + textIndent, base, S.legend, content, ` fill="${chartInk.text}" xml:space="preserve"`));
      });
      colY[col] = top + heights[i];
    });
    y = Math.max(...colY);
  }

  // Sources of the drawn values.
  if (meta.sourceLine) {
    y += 10;
    for (const line of wrap(meta.sourceLine, S.small)) {
      parts.push(textEl(PAD, baselineOf(y, S.small), S.small, escapeXmlText(line), ` fill="${chartInk.muted}"`));
      y += S.small.lh;
    }
  }

  // Footer: provenance, export date and the permalink of the view.
  y += 8;
  parts.push(`<line x1="${PAD}" x2="${PAD + inner}" y1="${num(y)}" y2="${num(y)}" stroke="${RULE}" stroke-width="1"/>`);
  y += 6;
  for (const line of wrap(meta.footer, S.small)) {
    parts.push(textEl(PAD, baselineOf(y, S.small), S.small, escapeXmlText(line), ` fill="${chartInk.text}"`));
    y += S.small.lh;
  }
  for (const line of wrap(meta.permalink, S.small)) {
    parts.push(textEl(PAD, baselineOf(y, S.small), S.small, escapeXmlText(line), ` fill="${ACCENT}"`));
    y += S.small.lh;
  }
  y += PAD - 4;

  const H = Math.ceil(y);
  const markup =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${exportWords(words).locale}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXmlText(meta.title)}</title>` +
    `<desc>${escapeXmlText([meta.subtitle, meta.sourceLine, meta.footer, meta.permalink].filter(Boolean).join("\n"))}</desc>` +
    (fontCss ? `<defs><style type="text/css">${escapeXmlText(fontCss)}</style></defs>` : "") +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { markup, width: W, height: H };
}
