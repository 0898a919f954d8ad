// The dependence chart's value view: the value of Japan's imports from China (US$) per year, as
// each source states it. Pure, so the choice of the line and the dots is unit-tested.
//
// One source family (a publisher's series; its mirror statements apart) makes the line: the one
// holding the headline values, else the one covering the most years (CEPII BACI, whose yearly
// files are one dataset: the derived 2022/2024 rows and the "value only" rows of the truncated
// flow files alike). The other families (Japan's own Comtrade declaration, China's mirror) are
// dots beside it. A year without a value of the line's family is a gap: a flow missing from the
// truncated flow files is unknown, never zero, and no value is derived from their sum.

import { seriesColors } from "./colors";
import { chinaLabel, type ChartSeries } from "./dependence-series";
import type { Glyph } from "./dependence-shape";
import { ENGLISH_DASHBOARD, type DashboardT } from "./dependence-text";
import { formatShare, formatUsd } from "./format";
import type { Locale } from "./i18n/routing";
import type { DependencePoint, DependenceResponse, SourceRef, ValuePoint } from "./types";

/**
 * A series of values from one publisher, reported by the importer (mirror: false) or by China
 * (mirror: true). `source`: its source's short title (as published; null when the source is
 * unknown); `label`: the same in English with "(mirror)" (valueSourcesText writes it in a language).
 */
export type ValueFamily = { key: string; label: string; source: string | null; mirror: boolean; years: number[] };

const familyKey = (v: ValuePoint, sources: Map<number, SourceRef>) => {
  const s = sources.get(v.sourceId);
  return `${s?.publisher ?? s?.title ?? `source ${v.sourceId}`}|${v.mirror ? "mirror" : "reported"}`;
};

/** "CEPII BACI (HS17, V202601), …" → "CEPII BACI"; "UN Comtrade, reporter Japan, annual 2022" → "UN Comtrade, reporter Japan"; null when unknown. */
const familySource = (s: SourceRef | undefined): string | null => (s ? s.title.replace(/, annual \d{4}.*$/, "").split(" (")[0] : null);

/** A family's name: its source's short title, "(mirror)" / 「（ミラー統計）」 after China's reports. */
export function familyLabel(s: SourceRef | undefined, mirror: boolean, t: DashboardT = ENGLISH_DASHBOARD): string {
  return familyName({ source: familySource(s), mirror }, t);
}

const familyName = (f: Pick<ValueFamily, "source" | "mirror">, t: DashboardT) => t("notes.family", { source: f.source ?? t("notes.unknownSource"), mirror: String(f.mirror) });

/** The families of a response's values, the line's first (null when there are no values). */
export function valueFamilies(values: ValuePoint[], sources: Map<number, SourceRef>): ValueFamily[] {
  const byKey = new Map<string, { family: ValueFamily; headline: boolean }>();
  for (const v of values) {
    const key = familyKey(v, sources);
    const f = byKey.get(key) ?? { family: { key, label: familyLabel(sources.get(v.sourceId), v.mirror), source: familySource(sources.get(v.sourceId)), mirror: v.mirror, years: [] }, headline: false };
    if (!f.family.years.includes(v.year)) f.family.years.push(v.year);
    f.headline ||= v.headline;
    byKey.set(key, f);
  }
  const all = [...byKey.values()];
  // The line: the headline values' family, else the widest reported (never mirror) one.
  const rank = (f: (typeof all)[number]) => (f.headline ? 1e6 : 0) + (f.family.mirror ? -1e3 : 0) + f.family.years.length;
  return all.sort((a, b) => rank(b) - rank(a)).map((f) => ({ ...f.family, years: f.family.years.sort((a, b) => a - b) }));
}

/** A value as a drawn point: no share (the value is the glyph's `valueUsd`), the line role in `headline`. */
function asPoint(v: ValuePoint, onLine: boolean): DependencePoint {
  return {
    id: v.id,
    year: v.year,
    period: "annual",
    month: null,
    half: null,
    partner: "CHN",
    hsCode: v.hsCode,
    sharePct: null,
    low: null,
    high: null,
    bound: null,
    basis: v.basis,
    estimate: false,
    derived: v.derived,
    mirror: v.mirror,
    headline: onLine,
    sourceId: v.sourceId,
    note: v.note,
  };
}

/**
 * One material's values as a chart series: the line family's value per year (a gap where it has
 * none), and every value as a glyph (the other families' as dots, the mirror's hollow).
 */
export function valueSeries(r: DependenceResponse, index: number): ChartSeries & { gaps: number[]; families: ValueFamily[] } {
  const sources = new Map(r.sources.map((s) => [s.id, s]));
  const values = r.values.filter((v) => v.year >= r.from && v.year <= r.to);
  const families = valueFamilies(values, sources);
  const lineKey = families[0]?.key;
  const line = new Map<number, ValuePoint>();
  // One line value per year: a headline row first, else the line family's first row.
  for (const v of [...values].sort((a, b) => Number(b.headline) - Number(a.headline) || a.id - b.id)) {
    if (familyKey(v, sources) === lineKey && !line.has(v.year)) line.set(v.year, v);
  }
  const onLine = new Set([...line.values()].map((v) => v.id));
  const rows = Array.from({ length: r.to - r.from + 1 }, (_, i) => {
    const year = r.from + i;
    return { x: year + 0.5, year, exact: line.get(year)?.valueUsd ?? null, estimate: null };
  });
  const glyphs: Glyph[] = values.map((v) => ({
    key: `v${v.id}`,
    point: asPoint(v, onLine.has(v.id)),
    x: v.year + 0.5,
    y: v.valueUsd,
    valueUsd: v.valueUsd,
    role: onLine.has(v.id) ? "headline" : "other",
    hollow: v.mirror,
    band: null,
    arrow: null,
  }));
  return {
    key: `v${index}`,
    material: r.material,
    label: chinaLabel(r.materialName),
    color: seriesColors[index % seriesColors.length],
    unit: "usd",
    rows,
    glyphs,
    gaps: rows.filter((row) => row.exact === null).map((row) => row.year),
    families,
  };
}

/** Whether any response has a value to draw: the share/value toggle is offered only then. */
export const hasValues = (responses: Pick<DependenceResponse, "values">[]) => responses.some((r) => r.values.length > 0);

/** A drawn glyph's value in words: "US$156.9m" (「1.57億ドル」) in the value view, the share ("27.58%", 「66.7%超」) otherwise. */
export function glyphText(g: Pick<Glyph, "point" | "valueUsd">, locale: Locale = "en"): string {
  return g.valueUsd !== undefined ? formatUsd(g.valueUsd, locale) : formatShare(g.point, locale);
}

/** The value axis: 0 to a round maximum at or above the largest value, in at most 5 even steps. */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const mag = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s * 5 >= max) ?? 10 * mag;
  const ticks = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}

const tickNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/**
 * The value axis' tick labels: formatUsd's in English ("US$50m", "US$0.1bn"); in Japanese one unit
 * for the whole axis, as Japanese charts write it: 「0.5億ドル」「1億ドル」「1.5億ドル」 when the axis
 * reaches 1億ドル, else 「20百万ドル」「40百万ドル」.
 */
export function valueTickFormat(ticks: number[], locale: Locale = "en"): (v: number) => string {
  if (locale !== "ja") return (v) => formatUsd(v, locale);
  const oku = (ticks.at(-1) ?? 0) >= 1e8;
  return (v) => (v === 0 ? "0" : oku ? `${tickNumber.format(v / 1e8)}億ドル` : `${tickNumber.format(v / 1e6)}百万ドル`);
}

/** "Line: CEPII BACI · dots: UN Comtrade, reporter Japan · hollow dots (exporter-reported): UN Comtrade, reporter China (mirror)". */
export function valueSourcesText(families: ValueFamily[], t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string | null {
  if (!families.length) return null;
  const [line, ...others] = families;
  const names = (fs: ValueFamily[]) => fs.map((f) => familyName(f, t)).join(locale === "ja" ? "、" : ", ");
  const dots = others.filter((f) => !f.mirror);
  const hollow = others.filter((f) => f.mirror);
  return [
    t("notes.valueLine", { source: familyName(line, t) }),
    dots.length && t("notes.valueDots", { sources: names(dots) }),
    hollow.length && t("notes.valueHollow", { sources: names(hollow) }),
  ]
    .filter(Boolean)
    .join(t("separator"));
}
