// Value labels on the dependence line, so the printed briefing can be read without a tooltip:
// which headline values get a label (the last, the first, the highest, the lowest, then each value
// whose words differ from the previous label's) and where each goes without covering another
// label or a point. Pure: positions in the chart's pixels in, positions out.

export type Box = { left: number; top: number; right: number; bottom: number };

/** One headline value of a series, in the plot's pixels, and its words ("81.61%", "~70%", "60–70%"). */
export type LabelPoint = { year: number; x: number; y: number; text: string };

export type LabelSeries = { key: string; color: string; points: LabelPoint[] };

export type PlacedLabel = {
  seriesKey: string;
  year: number;
  text: string;
  color: string;
  /** The text's anchor point and alignment, as SVG draws it (y is the baseline). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
};

export type LabelOptions = {
  fontSize: number;
  /** Where labels may go: the plot. */
  bounds: Box;
  /** Other marks a label must not cover (every drawn point), as centres with a radius. */
  obstacles?: { x: number; y: number; r: number }[];
  /** Average glyph width as a share of the font size (tabular digits and "%"). */
  charWidth?: number;
};

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const hitsCircle = (a: Box, c: { x: number; y: number; r: number }) => {
  const dx = Math.max(a.left - c.x, 0, c.x - a.right);
  const dy = Math.max(a.top - c.y, 0, c.y - a.bottom);
  return dx * dx + dy * dy < c.r * c.r;
};

/** Kana, kanji and full-width forms take a whole em (「1.57億ドル」); digits and "%" about `charWidth` of one. */
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

/** A label's width in pixels at `fontSize`, wide (Japanese) characters counted as one em. */
export function textWidth(text: string, fontSize: number, charWidth = 0.58): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : charWidth;
  return ems * fontSize;
}

/** The indexes of a series' points by label priority: last, first, highest, lowest (each once). */
export function keyPoints(points: LabelPoint[]): number[] {
  if (!points.length) return [];
  const byValue = points.map((p, i) => ({ p, i }));
  // Pixels grow downwards: the highest value has the smallest y.
  const max = byValue.reduce((a, b) => (b.p.y < a.p.y ? b : a)).i;
  const min = byValue.reduce((a, b) => (b.p.y > a.p.y ? b : a)).i;
  return [...new Set([points.length - 1, 0, max, min])];
}

/**
 * Places labels for every series: first each series' key points (last, first, highest, lowest),
 * then, year by year, each value whose words differ from the previous label of its series. A
 * label goes above its point, else below, right or left; one that fits nowhere is left out.
 */
export function placeLineLabels(series: LabelSeries[], { fontSize, bounds, obstacles = [], charWidth = 0.58 }: LabelOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const gap = 5;
  const h = fontSize * 1.15;
  const tryPlace = (s: LabelSeries, p: LabelPoint): boolean => {
    if (placed.some((l) => l.seriesKey === s.key && l.year === p.year)) return true;
    const w = textWidth(p.text, fontSize, charWidth) + 2;
    const r = 6;
    const options: { x: number; y: number; anchor: PlacedLabel["anchor"]; box: Box }[] = [
      { x: p.x, y: p.y - r - gap, anchor: "middle", box: { left: p.x - w / 2, right: p.x + w / 2, top: p.y - r - gap - h + fontSize * 0.2, bottom: p.y - r - gap + fontSize * 0.2 } },
      { x: p.x, y: p.y + r + gap + fontSize * 0.8, anchor: "middle", box: { left: p.x - w / 2, right: p.x + w / 2, top: p.y + r + gap - fontSize * 0.15, bottom: p.y + r + gap + h - fontSize * 0.15 } },
      { x: p.x + r + gap, y: p.y + fontSize * 0.35, anchor: "start", box: { left: p.x + r + gap, right: p.x + r + gap + w, top: p.y - h / 2, bottom: p.y + h / 2 } },
      { x: p.x - r - gap, y: p.y + fontSize * 0.35, anchor: "end", box: { left: p.x - r - gap - w, right: p.x - r - gap, top: p.y - h / 2, bottom: p.y + h / 2 } },
    ];
    for (const o of options) {
      if (!inside(o.box, bounds)) continue;
      if (placed.some((l) => overlaps(l.box, o.box))) continue;
      if (obstacles.some((c) => hitsCircle(o.box, c))) continue;
      placed.push({ seriesKey: s.key, year: p.year, text: p.text, color: s.color, ...o });
      return true;
    }
    return false;
  };

  for (const rank of [0, 1, 2, 3]) {
    for (const s of series) {
      const i = keyPoints(s.points)[rank];
      if (i !== undefined) tryPlace(s, s.points[i]);
    }
  }
  for (const s of series) {
    let previous: string | null = null;
    for (const p of s.points) {
      const own = placed.find((l) => l.seriesKey === s.key && l.year === p.year);
      if (own) {
        previous = own.text;
        continue;
      }
      if (p.text !== previous && tryPlace(s, p)) previous = p.text;
    }
  }
  return placed.sort((a, b) => (a.seriesKey === b.seriesKey ? a.year - b.year : a.seriesKey < b.seriesKey ? -1 : 1));
}
