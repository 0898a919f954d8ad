import "server-only";
import { and, asc, eq, isNotNull, or, sql } from "drizzle-orm";
import type { NoShareReason } from "@/lib/enums";
import type { MaterialLatest, MaterialsSummary, MaterialSummaryRow, SummaryPoint } from "@/lib/materials-summary";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";
import { getSourcesByIds } from "./sources";

const IMPORTER = "JPN";
const PARTNER = "CHN";

/**
 * Every material with China's latest headline share of Japan's imports (the overview's line), its
 * headline shares by year for a trend, and, where it has none, why. A headline row without a share
 * (a volume or value only) is not a share and is skipped; a year without a row stays a gap.
 */
export function getMaterialsSummary(): MaterialsSummary {
  const db = getDb();
  const all = db
    .select({ slug: materials.slug, name: materials.name, nameJa: materials.nameJa, group: materials.group, hsCodes: materials.hsCodes })
    .from(materials)
    .orderBy(asc(materials.sortOrder), asc(materials.slug))
    .all();

  const headlines = db
    .select({
      material: tradeShares.material,
      year: tradeShares.year,
      period: tradeShares.period,
      half: tradeShares.half,
      sharePct: tradeShares.sharePct,
      low: tradeShares.lowPct,
      high: tradeShares.highPct,
      bound: tradeShares.bound,
      estimate: tradeShares.estimate,
      basis: tradeShares.basis,
      mirror: tradeShares.mirror,
      derived: tradeShares.derived,
      hsCode: tradeShares.hsCode,
      sourceId: tradeShares.sourceId,
    })
    .from(tradeShares)
    .where(
      and(
        eq(tradeShares.importer, IMPORTER),
        eq(tradeShares.partner, PARTNER),
        eq(tradeShares.headline, true),
        or(isNotNull(tradeShares.sharePct), isNotNull(tradeShares.lowPct)),
      ),
    )
    .orderBy(asc(tradeShares.material), asc(tradeShares.year))
    .all();

  // For the materials with no headline share: does China appear at all, and with a share?
  const coverage = db
    .select({
      material: tradeShares.material,
      shares: sql<number>`sum(${tradeShares.sharePct} is not null or ${tradeShares.lowPct} is not null)`,
    })
    .from(tradeShares)
    .where(and(eq(tradeShares.importer, IMPORTER), eq(tradeShares.partner, PARTNER)))
    .groupBy(tradeShares.material)
    .all();
  const sharesOf = new Map(coverage.map((c) => [c.material, Number(c.shares)]));

  const byMaterial = new Map<string, MaterialLatest[]>();
  for (const h of headlines) {
    const { material, ...point } = h;
    byMaterial.set(material, [...(byMaterial.get(material) ?? []), point]);
  }

  const rows: MaterialSummaryRow[] = all.map((m) => {
    const series = byMaterial.get(m.slug) ?? [];
    const latest = series.at(-1) ?? null;
    const trend: SummaryPoint[] = series.map(({ year, period, half, sharePct, low, high, bound, estimate }) => ({ year, period, half, sharePct, low, high, bound, estimate }));
    let noShare: NoShareReason | null = null;
    if (!latest) {
      const shares = sharesOf.get(m.slug);
      noShare = shares === undefined ? "no_china_rows" : shares === 0 ? "values_only" : "outside_headline";
    }
    return { slug: m.slug, name: m.name, nameJa: m.nameJa, group: m.group, hsCodes: m.hsCodes ? m.hsCodes.split(";") : [], latest, noShare, trend };
  });

  const sources = getSourcesByIds({ ids: rows.flatMap((r) => (r.latest ? [r.latest.sourceId] : [])) });
  return { importer: IMPORTER, partner: PARTNER, rows, sources };
}
