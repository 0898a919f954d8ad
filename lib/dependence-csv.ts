import type { DependenceResponse } from "./types";

export const DEPENDENCE_CSV_COLUMNS = [
  "material", "partner", "year", "period", "month", "half", "sharePct", "low", "high", "bound", "basis",
  "headline", "estimate", "derived", "mirror", "sourceId", "sourceTitle", "sourcePublisher", "sourcePublished", "sourceUrl", "sourceLocator",
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
      headline: p.headline,
      estimate: p.estimate,
      derived: p.derived,
      mirror: p.mirror,
      sourceId: p.sourceId,
      sourceTitle: s?.title ?? null,
      sourcePublisher: s?.publisher ?? null,
      sourcePublished: s?.published ?? null,
      sourceUrl: s?.url ?? null,
      sourceLocator: s?.locator ?? null,
    };
  });
}
