import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { SourceWithCitations } from "@/lib/sources-view";
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

/** Every source with the rows that cite it (trade shares, incidents, projects). */
export function listSourcesWithCitations(): SourceWithCitations[] {
  const db = getDb();
  const all = db.select(columns).from(sources).orderBy(asc(sources.id)).all();
  const shares = db
    .select({
      id: tradeShares.id,
      sourceId: tradeShares.sourceId,
      material: tradeShares.material,
      ...shareValueColumns,
      low: tradeShares.lowPct,
      high: tradeShares.highPct,
      bound: tradeShares.bound,
      estimate: tradeShares.estimate,
      headline: tradeShares.headline,
    })
    .from(tradeShares)
    .orderBy(asc(tradeShares.material), asc(tradeShares.year), asc(tradeShares.partner), asc(tradeShares.id))
    .all();
  const inc = db
    .select({ id: incidents.id, sourceId: incidents.sourceId, date: incidents.date, title: incidents.title, duplicateOf: incidents.duplicateOf })
    .from(incidents)
    .orderBy(asc(incidents.date), asc(incidents.id))
    .all();
  const proj = db
    .select({ id: projects.id, sourceId: projects.sourceId, name: projects.name, duplicateOf: projects.duplicateOf })
    .from(projects)
    .orderBy(asc(projects.id))
    .all();
  const group = <T extends { sourceId: number }>(rows: T[]) => {
    const m = new Map<number, Omit<T, "sourceId">[]>();
    for (const { sourceId, ...rest } of rows) m.set(sourceId, [...(m.get(sourceId) ?? []), rest]);
    return m;
  };
  const [s, i, p] = [group(shares), group(inc), group(proj)];
  return all.map((src) => ({ ...src, shares: s.get(src.id) ?? [], incidents: i.get(src.id) ?? [], projects: p.get(src.id) ?? [] }));
}

/** Every source, by id (the all-data export). */
export function listAllSources(): SourceRef[] {
  return getDb().select(columns).from(sources).orderBy(asc(sources.id)).all();
}
