import "server-only";
import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import { MAX_CITED_SHARES } from "@/lib/limits";
import type { CitedShare, SourceWithCitations } from "@/lib/sources-view";
import type { SourceRef } from "@/lib/types";
import { getDb } from "../index";
import { incidents, projects, sources, tradeShares } from "../schema";
import { shareValueColumns } from "./share-columns";

const columns = {
  id: sources.id,
  title: sources.title,
  publisher: sources.publisher,
  published: sources.published,
  url: sources.url,
  kind: sources.kind,
  locator: sources.locator,
};

export function getSourcesByIds({ ids }: { ids: number[] }): SourceRef[] {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return getDb().select(columns).from(sources).where(inArray(sources.id, unique)).orderBy(asc(sources.id)).all();
}

const citedShareColumns = {
  id: tradeShares.id,
  sourceId: tradeShares.sourceId,
  material: tradeShares.material,
  ...shareValueColumns,
  low: tradeShares.lowPct,
  high: tradeShares.highPct,
  bound: tradeShares.bound,
  estimate: tradeShares.estimate,
  headline: tradeShares.headline,
  basis: tradeShares.basis,
  hsCode: tradeShares.hsCode,
  mirror: tradeShares.mirror,
};

function groupBySource<T extends { sourceId: number }>(rows: T[], limit = Infinity): Map<number, Omit<T, "sourceId">[]> {
  const m = new Map<number, Omit<T, "sourceId">[]>();
  for (const { sourceId, ...rest } of rows) {
    const list = m.get(sourceId);
    if (!list) m.set(sourceId, [rest]);
    else if (list.length < limit) list.push(rest);
  }
  return m;
}

/**
 * Every source with the rows that cite it: Japan's trade shares (the first MAX_CITED_SHARES per
 * source, a dataset cites thousands; the counts say how many in all and how many are peers'),
 * incidents and projects.
 */
export function listSourcesWithCitations(): SourceWithCitations[] {
  const db = getDb();
  const all = db.select(columns).from(sources).orderBy(asc(sources.id)).all();
  const shares = db
    .select(citedShareColumns)
    .from(tradeShares)
    .where(eq(tradeShares.importer, "JPN"))
    .orderBy(asc(tradeShares.material), asc(tradeShares.year), asc(tradeShares.partner), asc(tradeShares.id))
    .all();
  const counts = db.$client
    .prepare("SELECT source_id AS sourceId, count(*) AS total, sum(importer <> 'JPN') AS peers, group_concat(DISTINCT material) AS materials FROM trade_shares GROUP BY source_id")
    .all() as { sourceId: number; total: number; peers: number; materials: string }[];
  const countBy = new Map(counts.map((c) => [c.sourceId, c]));
  const inc = db
    .select({ id: incidents.id, sourceId: incidents.sourceId, date: incidents.date, title: incidents.title, titleJa: incidents.titleJa, duplicateOf: incidents.duplicateOf })
    .from(incidents)
    .orderBy(asc(incidents.date), asc(incidents.id))
    .all();
  const proj = db
    .select({ id: projects.id, sourceId: projects.sourceId, name: projects.name, nameJa: projects.nameJa, duplicateOf: projects.duplicateOf })
    .from(projects)
    .orderBy(asc(projects.id))
    .all();
  const [s, i, p] = [groupBySource(shares, MAX_CITED_SHARES), groupBySource(inc), groupBySource(proj)];
  return all.map((src) => {
    const c = countBy.get(src.id);
    return {
      ...src,
      shares: s.get(src.id) ?? [],
      sharesTotal: c?.total ?? 0,
      peerRows: c?.peers ?? 0,
      shareMaterials: c ? c.materials.split(",").sort() : [],
      incidents: i.get(src.id) ?? [],
      projects: p.get(src.id) ?? [],
    };
  });
}

/** Japan's year-level statements with a share or range, every one: what /sources compares for disagreements. */
export function listYearStatements(): (CitedShare & { sourceId: number })[] {
  return getDb()
    .select(citedShareColumns)
    .from(tradeShares)
    .where(and(eq(tradeShares.importer, "JPN"), inArray(tradeShares.period, ["annual", "point_in_time", "range"]), or(isNotNull(tradeShares.sharePct), isNotNull(tradeShares.lowPct))))
    .orderBy(asc(tradeShares.material), asc(tradeShares.year), asc(tradeShares.partner), asc(tradeShares.id))
    .all();
}

/** Every source, by id (the all-data export). */
export function listAllSources(): SourceRef[] {
  return getDb().select(columns).from(sources).orderBy(asc(sources.id)).all();
}
