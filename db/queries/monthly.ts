import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { ESCALATION_CATEGORIES } from "@/lib/analysis/event-study";
import { MINOR_METALS_GROUP_NOTE, monthlyEventMaterials, monthlySeriesFor } from "@/lib/bilateral/codes";
import { eventMonth, monthKey, type MonthlyResponse, type MonthlySeries } from "@/lib/monthly";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";
import { listEvents } from "./incidents";
import { getSourcesByIds } from "./sources";

/**
 * China's reported monthly exports to Japan (mirror statistics, values only) of the HS codes a
 * material's overview shows (lib/bilateral/codes.ts), and the escalation events of those codes'
 * materials from the first to the last month. A material without monthly codes gets no series.
 */
export function getMonthlySeries({ material }: { material: string }): MonthlyResponse {
  const db = getDb();
  const materialName = db.select({ name: materials.name }).from(materials).where(eq(materials.slug, material)).get()?.name ?? material;
  const defs = monthlySeriesFor(material);
  const rows = defs.length
    ? db
        .select({
          hsCode: tradeShares.hsCode,
          material: tradeShares.material,
          year: tradeShares.year,
          month: tradeShares.month,
          valueUsd: tradeShares.valueUsd,
          sourceId: tradeShares.sourceId,
        })
        .from(tradeShares)
        .where(
          and(
            eq(tradeShares.period, "monthly"),
            eq(tradeShares.importer, "JPN"),
            eq(tradeShares.partner, "CHN"),
            eq(tradeShares.mirror, true),
            inArray(
              tradeShares.hsCode,
              defs.map((d) => d.hs),
            ),
          ),
        )
        .orderBy(asc(tradeShares.hsCode), asc(tradeShares.year), asc(tradeShares.month), asc(tradeShares.sourceId))
        .all()
    : [];

  const series: MonthlySeries[] = defs.map((d) => {
    const own = rows.filter((r) => r.hsCode === d.hs && r.month !== null && r.valueUsd !== null);
    return {
      hsCode: d.hs,
      label: d.label,
      material: own[0]?.material ?? material,
      // One value a month: the first source's, should several sources ever state one.
      points: own
        .filter((r, i) => i === 0 || r.year !== own[i - 1].year || r.month !== own[i - 1].month)
        .map((r) => ({ year: r.year, month: r.month as number, valueUsd: r.valueUsd as number, sourceId: r.sourceId })),
    };
  });

  const months = series.flatMap((s) => s.points.map((p) => monthKey(p.year, p.month))).sort();
  const first = months[0] ?? null;
  const last = months.at(-1) ?? null;
  const events =
    first && last
      ? listEvents({
          materials: monthlyEventMaterials(defs.map((d) => d.hs)),
          from: Number(first.slice(0, 4)),
          to: Number(last.slice(0, 4)),
          categories: [...ESCALATION_CATEGORIES],
        }).filter((e) => {
          const m = eventMonth(e);
          return m !== null && m >= first && m <= last;
        })
      : [];
  const scopeNote = material !== "minor-metals" && defs.some((d) => d.hs === "811292") ? `${materialName} has no HS code of its own: the series is ${MINOR_METALS_GROUP_NOTE}.` : null;
  const sourceIds = [...series.flatMap((s) => s.points.map((p) => p.sourceId)), ...events.map((e) => e.sourceId)];
  return { material, materialName, first, last, series, scopeNote, events, sources: getSourcesByIds({ ids: sourceIds }) };
}
