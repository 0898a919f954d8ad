// The native PowerPoint chart of a card: the drawn values as categories and series, built by the
// cards themselves (so it is the data on screen). Small on purpose: the cards load it with the
// page; the slide layout (model.ts) and pptxgenjs (render.ts) load on the first export.

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
  /** One colour per category, for a single series whose bars are coloured apart (Japan among its peers). */
  pointColors?: string[];
};

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

/** The peers bars: China's share of each importer's imports, in the order drawn, Japan in its own colour. */
export function peersChartData(bars: readonly { name: string; chinaSharePct: number; highlight: boolean }[], seriesName: string, colors: { japan: string; peer: string }): PptxChartData | null {
  if (!bars.length) return null;
  return {
    kind: "peers",
    type: "bar",
    direction: "horizontal",
    categories: bars.map((b) => b.name),
    series: [{ name: seriesName, color: colors.peer, values: bars.map((b) => b.chinaSharePct) }],
    unit: "percent",
    pointColors: bars.map((b) => (b.highlight ? colors.japan : colors.peer)),
  };
}

/**
 * A chart drawn from rows keyed by category (a year, a month) with one column per series: the
 * stacked bars of incidents per year and of capacity, the monthly lines. A cell that is not a
 * number stays null (a gap), never 0.
 */
export function rowsChartData<R extends Record<string, unknown>>({
  kind,
  type,
  stacked = false,
  rows,
  index,
  keys,
  name,
  color,
  unit,
}: {
  kind: PptxChartData["kind"];
  type: PptxChartData["type"];
  stacked?: boolean;
  rows: readonly R[];
  index: keyof R & string;
  keys: readonly string[];
  name: (key: string) => string;
  color: (key: string) => string;
  unit: PptxChartData["unit"];
}): PptxChartData | null {
  if (!rows.length || !keys.length) return null;
  const cell = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return {
    kind,
    type,
    ...(type === "bar" ? { direction: "vertical" as const, stacked } : {}),
    categories: rows.map((r) => String(r[index])),
    series: keys.map((k) => ({ name: name(k), color: color(k), values: rows.map((r) => cell(r[k])) })),
    unit,
  };
}
