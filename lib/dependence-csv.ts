import type { DependenceResponse } from "./types";
import { SOURCE_CSV_COLUMNS, sourceCsvCells } from "./csv";
import { valueSeries } from "./dependence-values";

export const DEPENDENCE_CSV_COLUMNS = [
  "material", "partner", "year", "period", "month", "half", "sharePct", "low", "high", "bound", "basis", "hsCode",
  "headline", "estimate", "derived", "mirror", "sourceId", ...SOURCE_CSV_COLUMNS,
] as const;

export type DependenceCsvRow = Record<(typeof DEPENDENCE_CSV_COLUMNS)[number], string | number | boolean | null>;

/** One row per value the dependence chart draws (China first, then other partners), with provenance. */
export function dependenceCsvRows(series: DependenceResponse): DependenceCsvRow[] {
  const byId = new Map(series.sources.map((s) => [s.id, s]));
  return [...series.points, ...series.partners].map((p) => {
    const s = byId.get(p.sourceId);
    return {
      material: series.material,
      partner: p.partner,
      year: p.year,
      period: p.period,
      month: p.month,
      half: p.half,
      sharePct: p.sharePct,
      low: p.low,
      high: p.high,
      bound: p.bound,
      basis: p.basis,
      // The one HS code a derived share comes from (empty: the source speaks of the whole material).
      hsCode: p.hsCode,
      headline: p.headline,
      estimate: p.estimate,
      derived: p.derived,
      mirror: p.mirror,
      sourceId: p.sourceId,
      ...sourceCsvCells(s),
    };
  });
}

export const DEPENDENCE_VALUE_CSV_COLUMNS = [
  "material", "importer", "partner", "year", "period", "hsCode", "valueUsd", "basis", "line", "headline", "derived", "mirror",
  "sourceId", ...SOURCE_CSV_COLUMNS,
] as const;

export type DependenceValueCsvRow = Record<(typeof DEPENDENCE_VALUE_CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * One row per value the value view draws (US$ of imports from China), with provenance. `line`:
 * the value is on the drawn line; `headline`: the row is the material's headline as stored.
 */
export function dependenceValueCsvRows(series: DependenceResponse): DependenceValueCsvRow[] {
  const byId = new Map(series.sources.map((s) => [s.id, s]));
  const onLine = new Set(valueSeries(series, 0).glyphs.filter((g) => g.role === "headline").map((g) => g.point.id));
  return series.values
    .filter((v) => v.year >= series.from && v.year <= series.to)
    .map((v) => {
      const s = byId.get(v.sourceId);
      return {
        material: series.material,
        importer: series.importer,
        partner: "CHN",
        year: v.year,
        period: "annual",
        hsCode: v.hsCode,
        valueUsd: v.valueUsd,
        basis: v.basis,
        line: onLine.has(v.id),
        headline: v.headline,
        derived: v.derived,
        mirror: v.mirror,
        sourceId: v.sourceId,
        ...sourceCsvCells(s),
      };
    });
}
