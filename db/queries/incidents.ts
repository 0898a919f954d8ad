import "server-only";
import { and, asc, between, eq, gte, inArray, isNull, ne, notExists, or, sql } from "drizzle-orm";
import { ALL_MATERIALS, type Category } from "@/lib/validation/filter-params";
import type { EventDto, IncidentDetail, IncidentDto } from "@/lib/types";
import { getDb } from "../index";
import { incidentMaterials, incidents } from "../schema";
import { getSourcesByIds } from "./sources";

type IncidentFilter = { materials: string[]; from: number; to: number; categories: Category[]; minSeverity?: number; includeDuplicates?: boolean };

/** An incident touches a material when it lists it, or when it lists none (= all materials). */
function touches(materials: string[]) {
  return or(
    notExists(getDb().select({ one: sql`1` }).from(incidentMaterials).where(eq(incidentMaterials.incidentId, incidents.id))),
    sql`exists (select 1 from ${incidentMaterials} where ${incidentMaterials.incidentId} = ${incidents.id} and ${inArray(incidentMaterials.material, materials)})`,
  );
}

function where({ materials, from, to, categories, minSeverity = 1, includeDuplicates = false }: IncidentFilter) {
  return and(
    between(incidents.year, from, to),
    // `all`: every incident, whatever materials it lists.
    materials.includes(ALL_MATERIALS) ? undefined : touches(materials),
    categories.length ? inArray(incidents.category, categories) : undefined,
    minSeverity > 1 ? gte(incidents.severity, minSeverity) : undefined,
    includeDuplicates ? undefined : isNull(incidents.duplicateOf),
  );
}

const eventColumns = {
  id: incidents.id,
  date: incidents.date,
  datePrecision: incidents.datePrecision,
  title: incidents.title,
  titleJa: incidents.titleJa,
  actorJa: incidents.actorJa,
  targetJa: incidents.targetJa,
  category: incidents.category,
  severity: incidents.severity,
  actor: incidents.actor,
  target: incidents.target,
  sourceId: incidents.sourceId,
};

/** Events for the chart: duplicates drawn once (the primary row only). */
export function listEvents(filter: IncidentFilter): EventDto[] {
  return getDb()
    .select(eventColumns)
    .from(incidents)
    .where(where(filter))
    .orderBy(asc(incidents.date), asc(incidents.id))
    .all();
}

function materialsByIncident(ids: number[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  if (!ids.length) return map;
  const rows = getDb()
    .select({ incidentId: incidentMaterials.incidentId, material: incidentMaterials.material })
    .from(incidentMaterials)
    .where(inArray(incidentMaterials.incidentId, ids))
    .orderBy(asc(incidentMaterials.material))
    .all();
  for (const r of rows) map.set(r.incidentId, [...(map.get(r.incidentId) ?? []), r.material]);
  return map;
}

const incidentColumns = { ...eventColumns, summary: incidents.summary, summaryJa: incidents.summaryJa, duplicateOf: incidents.duplicateOf };

function withMaterials<T extends { id: number }>(rows: T[]): (T & { materials: string[] })[] {
  const mats = materialsByIncident(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, materials: mats.get(r.id) ?? [] }));
}

export function listIncidents(filter: IncidentFilter): IncidentDto[] {
  const rows = getDb().select(incidentColumns).from(incidents).where(where(filter)).orderBy(asc(incidents.date), asc(incidents.id)).all();
  return withMaterials(rows);
}

const RELATED_DAYS = 366;
const MAX_RELATED = 8;

/** Days between two partial ISO dates, each read as its first day ("2010" → 1 Jan 2010). */
function dayDistance(a: string, b: string): number {
  const t = (d: string) => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return Math.abs(t(a) - t(b)) / 86_400_000;
}

/**
 * One incident with its source, the other records of the same event (its primary or its
 * duplicates), and related incidents: other primary records within a year that touch one of its
 * materials (or any material, when either lists none), nearest first.
 */
export function getIncident(id: number): IncidentDetail | null {
  const db = getDb();
  const row = db.select(incidentColumns).from(incidents).where(eq(incidents.id, id)).get();
  if (!row) return null;
  const [incident] = withMaterials([row]);
  const primaryId = incident.duplicateOf ?? incident.id;
  const sameEvent = withMaterials(
    db
      .select(incidentColumns)
      .from(incidents)
      .where(and(ne(incidents.id, incident.id), or(eq(incidents.id, primaryId), eq(incidents.duplicateOf, primaryId))))
      .orderBy(asc(incidents.id))
      .all(),
  );
  const year = Number(incident.date.slice(0, 4));
  const nearby = withMaterials(
    db
      .select(incidentColumns)
      .from(incidents)
      .where(
        and(
          between(incidents.year, year - 1, year + 1),
          isNull(incidents.duplicateOf),
          ne(incidents.id, primaryId),
          incident.materials.length ? touches(incident.materials) : undefined,
        ),
      )
      .all(),
  );
  // Events naming one of this incident's own materials come before events that name none (which
  // touch every material only by default); then nearest first.
  const sharesMaterial = (r: IncidentDto) => (incident.materials.length && r.materials.some((m) => incident.materials.includes(m)) ? 0 : 1);
  const related = nearby
    .filter((r) => r.id !== incident.id && dayDistance(r.date, incident.date) <= RELATED_DAYS)
    .sort((a, b) => sharesMaterial(a) - sharesMaterial(b) || dayDistance(a.date, incident.date) - dayDistance(b.date, incident.date) || a.id - b.id)
    .slice(0, MAX_RELATED);
  const sources = getSourcesByIds({ ids: [incident, ...sameEvent, ...related].map((r) => r.sourceId) });
  return { incident, sameEvent, related, sources };
}
