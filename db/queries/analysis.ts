import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { concentration } from "@/lib/analysis/concentration";
import { ESCALATION_CATEGORIES, eventStudy, medianDelta, MIN_STUDY_SEVERITY, type HeadlineShare } from "@/lib/analysis/event-study";
import type { ConcentrationResponse, EventStudyResponse } from "@/lib/types";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";
import { listEvents } from "./incidents";
import { shareValueColumns } from "./share-columns";
import { getSourcesByIds } from "./sources";

function materialName(slug: string): string {
  return getDb().select({ name: materials.name }).from(materials).where(eq(materials.slug, slug)).get()?.name ?? slug;
}

/** China's headline share for every year of a material (all years: a window may reach past the filter). */
function chinaHeadlines(material: string): HeadlineShare[] {
  return getDb()
    .select({
      year: tradeShares.year,
      period: tradeShares.period,
      sharePct: tradeShares.sharePct,
      low: tradeShares.lowPct,
      high: tradeShares.highPct,
      bound: tradeShares.bound,
      estimate: tradeShares.estimate,
      sourceId: tradeShares.sourceId,
    })
    .from(tradeShares)
    .where(and(eq(tradeShares.material, material), eq(tradeShares.importer, "JPN"), eq(tradeShares.partner, "CHN"), eq(tradeShares.headline, true)))
    .orderBy(asc(tradeShares.year))
    .all();
}

export function getEventStudy({ material, from, to, window }: { material: string; from: number; to: number; window: number }): EventStudyResponse {
  const events = listEvents({ materials: [material], from, to, categories: [...ESCALATION_CATEGORIES] });
  const rows = eventStudy(events, chinaHeadlines(material), window);
  const sourceIds = rows.flatMap((r) => [r.before?.sourceId, r.after?.sourceId]).filter((id): id is number => id !== undefined);
  return {
    material,
    materialName: materialName(material),
    from,
    to,
    window,
    minSeverity: MIN_STUDY_SEVERITY,
    categories: ESCALATION_CATEGORIES,
    rows,
    medianDeltaPp: medianDelta(rows),
    rowsWithData: rows.filter((r) => r.before && r.after).length,
    rowsBounded: rows.filter((r) => r.deltaBound === "at_most" || r.deltaBound === "at_least" || r.deltaBound === "unbounded").length,
    sources: getSourcesByIds({ ids: sourceIds }),
  };
}

export function getConcentration({ material, from, to }: { material: string; from: number; to: number }): ConcentrationResponse {
  const rows = getDb()
    .select({
      ...shareValueColumns,
      bound: tradeShares.bound,
      estimate: tradeShares.estimate,
      headline: tradeShares.headline,
      sourceId: tradeShares.sourceId,
    })
    .from(tradeShares)
    .where(and(eq(tradeShares.material, material), eq(tradeShares.importer, "JPN"), ne(tradeShares.partner, "WLD")))
    .orderBy(asc(tradeShares.year), asc(tradeShares.sourceId), asc(tradeShares.id))
    .all()
    .filter((r) => r.year >= from && r.year <= to);
  const years = concentration(rows);
  return { material, materialName: materialName(material), years, sources: getSourcesByIds({ ids: years.map((y) => y.sourceId) }) };
}
