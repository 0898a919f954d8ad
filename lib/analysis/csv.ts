import type { ConcentrationResponse, EventStudyResponse, SourceRef } from "../types";

type Cell = string | number | boolean | null;

export const EVENT_STUDY_CSV_COLUMNS = [
  "material", "incidentId", "date", "title", "category", "severity",
  "beforeYear", "beforePeriod", "beforeSharePct", "beforeBound", "beforeEstimate", "beforeSourceId", "beforeSource",
  "afterYear", "afterPeriod", "afterSharePct", "afterBound", "afterEstimate", "afterSourceId", "afterSource",
  "deltaPp", "deltaBound", "direction", "approximate", "note",
] as const;

export const CONCENTRATION_CSV_COLUMNS = [
  "material", "year", "period", "partner", "sharePct", "bound", "estimate", "topPartner", "topSharePct", "hhi", "hhiIsLowerBound", "namedPct", "unallocatedPct", "sourceId", "source", "notes",
] as const;

const label = (s: SourceRef | undefined) => (s ? [s.publisher, s.title, s.published, s.url].filter(Boolean).join(" · ") : null);

/** One row per studied event, with both sides' sources. */
export function eventStudyCsvRows(study: EventStudyResponse): Record<(typeof EVENT_STUDY_CSV_COLUMNS)[number], Cell>[] {
  const byId = new Map(study.sources.map((s) => [s.id, s]));
  return study.rows.map((r) => ({
    material: study.material,
    incidentId: r.incidentId,
    date: r.date,
    title: r.title,
    category: r.category,
    severity: r.severity,
    beforeYear: r.before?.year ?? null,
    beforePeriod: r.before?.period ?? null,
    beforeSharePct: r.before?.sharePct ?? null,
    beforeBound: r.before?.bound ?? null,
    beforeEstimate: r.before ? r.before.estimate : null,
    beforeSourceId: r.before?.sourceId ?? null,
    beforeSource: label(r.before ? byId.get(r.before.sourceId) : undefined),
    afterYear: r.after?.year ?? null,
    afterPeriod: r.after?.period ?? null,
    afterSharePct: r.after?.sharePct ?? null,
    afterBound: r.after?.bound ?? null,
    afterEstimate: r.after ? r.after.estimate : null,
    afterSourceId: r.after?.sourceId ?? null,
    afterSource: label(r.after ? byId.get(r.after.sourceId) : undefined),
    deltaPp: r.deltaPp,
    deltaBound: r.deltaBound,
    direction: r.direction,
    approximate: r.approximate,
    note: r.note,
  }));
}

/** One row per partner per year (the drawn breakdown), the year's measures repeated. */
export function concentrationCsvRows(c: ConcentrationResponse): Record<(typeof CONCENTRATION_CSV_COLUMNS)[number], Cell>[] {
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  return c.years.flatMap((y) =>
    y.partners.map((p) => ({
      material: c.material,
      year: y.year,
      period: y.period,
      partner: p.partner,
      sharePct: p.sharePct,
      bound: p.bound,
      estimate: p.estimate,
      topPartner: y.top.partner,
      topSharePct: y.top.sharePct,
      hhi: y.hhi,
      hhiIsLowerBound: y.hhiIsLowerBound,
      namedPct: y.namedPct,
      unallocatedPct: y.unallocatedPct,
      sourceId: y.sourceId,
      source: label(byId.get(y.sourceId)),
      notes: y.notes.join("; ") || null,
    })),
  );
}
