import "server-only";
import type Database from "better-sqlite3";
import { and, asc, between, eq, inArray } from "drizzle-orm";
import type { Category } from "@/lib/validation/filter-params";
import type { DependencePoint, DependenceResponse, HeadlineFigures, ValuePoint } from "@/lib/types";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";
import { listEvents } from "./incidents";
import { capacityMeasure } from "@/lib/analysis/capacity";
import { listProjects } from "./projects";
import { shareValueColumns } from "./share-columns";
import { getSourcesByIds } from "./sources";

const pointColumns = {
  id: tradeShares.id,
  ...shareValueColumns,
  hsCode: tradeShares.hsCode,
  low: tradeShares.lowPct,
  high: tradeShares.highPct,
  bound: tradeShares.bound,
  estimate: tradeShares.estimate,
  derived: tradeShares.derived,
  mirror: tradeShares.mirror,
  headline: tradeShares.headline,
  basis: tradeShares.basis,
  sourceId: tradeShares.sourceId,
  note: tradeShares.note,
};

/** How many other partners the chart draws beside China (the largest shares in the range). */
export const PARTNER_LIMIT = 5;
/** Sub-annual values of other partners stay in the trade-shares data: the chart draws years. */
const PARTNER_PERIODS = ["annual", "point_in_time", "range"] as const;

// Raw SQL for INDEXED BY: without table statistics SQLite's planner prefers the
// (material, partner, year) index here, which reads every monthly row of the material.
// Prepared once per connection.
const rankStatements = new WeakMap<Database.Database, Database.Statement>();
function rankPartners(client: Database.Database): Database.Statement {
  let stmt = rankStatements.get(client);
  if (!stmt) {
    stmt = client.prepare(
      `SELECT partner, max(coalesce(share_pct, high_pct)) AS peak
         FROM trade_shares INDEXED BY trade_shares_period_idx
        WHERE material = ? AND importer = ? AND period IN ('annual', 'point_in_time', 'range') AND year BETWEEN ? AND ?
          AND partner NOT IN ('CHN', 'WLD')
        GROUP BY partner HAVING peak IS NOT NULL
        ORDER BY peak DESC, partner`,
    );
    rankStatements.set(client, stmt);
  }
  return stmt;
}

/**
 * Other partners' annual, point and range values (not China, not the world total), for the
 * PARTNER_LIMIT partners with the largest stated share (or range top) in the years asked. Reads
 * through trade_shares_period_idx (material, importer, period, year), so it costs the same at 10k or 1M rows.
 */
function topPartners(material: string, importer: string, from: number, to: number): { rows: DependencePoint[]; omitted: number } {
  const db = getDb();
  const ranked = rankPartners(db.$client).all(material, importer, from, to) as { partner: string; peak: number }[];
  const keep = ranked.slice(0, PARTNER_LIMIT).map((r) => r.partner);
  if (!keep.length) return { rows: [], omitted: 0 };
  const rows = db
    .select(pointColumns)
    .from(tradeShares)
    .where(
      and(
        eq(tradeShares.material, material),
        eq(tradeShares.importer, importer),
        inArray(tradeShares.partner, keep),
        between(tradeShares.year, from, to),
        inArray(tradeShares.period, [...PARTNER_PERIODS]),
      ),
    )
    .orderBy(asc(tradeShares.partner), asc(tradeShares.year), asc(tradeShares.period), asc(tradeShares.sourceId), asc(tradeShares.id))
    .all()
    .filter(hasShare);
  return { rows, omitted: ranked.length - keep.length };
}

function withoutValue<T extends { valueUsd: number | null }>(p: T): Omit<T, "valueUsd"> {
  const { valueUsd, ...rest } = p;
  void valueUsd;
  return rest;
}

/** Share observations only: rows that carry a share or a range (volume-only rows are not drawn). */
function hasShare(p: DependencePoint) {
  return p.sharePct !== null || p.low !== null;
}

export function getDependenceSeries({
  material,
  from,
  to,
  categories,
  importer = "JPN",
}: {
  material: string;
  from: number;
  to: number;
  categories: Category[];
  importer?: string;
}): DependenceResponse {
  const db = getDb();
  const row = db.select({ name: materials.name, hsCodes: materials.hsCodes }).from(materials).where(eq(materials.slug, material)).get();
  const name = row?.name ?? material;
  const order = [asc(tradeShares.year), asc(tradeShares.period), asc(tradeShares.month), asc(tradeShares.half), asc(tradeShares.sourceId), asc(tradeShares.id)];
  const points = db
    .select({ ...pointColumns, valueUsd: tradeShares.valueUsd })
    .from(tradeShares)
    .where(and(eq(tradeShares.material, material), eq(tradeShares.importer, importer), eq(tradeShares.partner, "CHN"), between(tradeShares.year, from, to)))
    .orderBy(...order)
    .all();
  const shares = points.filter(hasShare);
  const values: ValuePoint[] = points
    .filter((p) => p.period === "annual" && p.valueUsd !== null)
    .map((p) => ({ id: p.id, year: p.year, valueUsd: p.valueUsd!, hsCode: p.hsCode, basis: p.basis, derived: p.derived, mirror: p.mirror, headline: p.headline, sourceId: p.sourceId, note: p.note }));
  const partners = topPartners(material, importer, from, to);
  const events = listEvents({ materials: [material], from, to, categories });
  const sources = getSourcesByIds({ ids: [...shares, ...values, ...partners.rows, ...events].map((r) => r.sourceId) });
  return {
    material,
    materialName: name,
    importer,
    materialHsCodes: row?.hsCodes ? row.hsCodes.split(";") : [],
    from,
    to,
    points: shares.map(withoutValue),
    partners: partners.rows,
    partnersOmitted: partners.omitted,
    values,
    events,
    sources,
  };
}

const ESCALATION: Category[] = ["export_control", "trade_retaliation", "diplomatic", "military", "legal"];

/** The overview's headline figures for one material and year range. */
export function getHeadlineFigures({ material, from, to }: { material: string; from: number; to: number }): HeadlineFigures {
  const db = getDb();
  const headlines = db
    .select(pointColumns)
    .from(tradeShares)
    .where(and(eq(tradeShares.material, material), eq(tradeShares.importer, "JPN"), eq(tradeShares.partner, "CHN"), eq(tradeShares.headline, true), between(tradeShares.year, from, to)))
    .orderBy(asc(tradeShares.year))
    .all();
  // The latest headline that states a share (or range): a later headline that is a level only
  // (permanent magnets' 2025 China-reported tonnes) has no share to show.
  const latestRow = [...headlines].reverse().find((h) => h.sharePct !== null || h.low !== null) ?? null;
  const source = latestRow ? getSourcesByIds({ ids: [latestRow.sourceId] })[0] : null;
  const latest =
    latestRow && source
      ? {
          year: latestRow.year,
          sharePct: latestRow.sharePct,
          low: latestRow.low,
          high: latestRow.high,
          bound: latestRow.bound,
          estimate: latestRow.estimate || latestRow.mirror,
          source,
        }
      : null;

  // The change compares point values only: a range or a bound has no single value to subtract.
  const base = db
    .select(pointColumns)
    .from(tradeShares)
    .where(and(eq(tradeShares.material, material), eq(tradeShares.importer, "JPN"), eq(tradeShares.partner, "CHN"), eq(tradeShares.headline, true), eq(tradeShares.year, 2010)))
    .get();
  const lastPoint = [...headlines].reverse().find((h) => h.sharePct !== null && h.bound === null && h.year > 2010);
  const changeSince2010 =
    base?.sharePct != null && base.bound === null && lastPoint?.sharePct != null
      ? {
          fromPct: base.sharePct,
          toPct: lastPoint.sharePct,
          toYear: lastPoint.year,
          deltaPp: Math.round((lastPoint.sharePct - base.sharePct) * 100) / 100,
          estimate: base.estimate || lastPoint.estimate,
        }
      : null;

  const escalationEvents = listEvents({ materials: [material], from, to, categories: ESCALATION }).length;
  const outside = listProjects({ materials: [material] }).filter((p) => !p.countries.includes("CHN"));
  return {
    material,
    latest,
    changeSince2010,
    escalationEvents,
    projectsOutsideChina: outside.length,
    // Projects that start after the view's end year are left out; statuses are as recorded today.
    capacity: capacityMeasure(outside, { toYear: to }),
  };
}
