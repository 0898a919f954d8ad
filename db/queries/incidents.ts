import "server-only";
import { and, asc, between, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import type { Category } from "@/lib/validation/filters";
import type { EventDto, IncidentDto } from "@/lib/types";
import { getDb } from "../index";
import { incidentMaterials, incidents } from "../schema";

type IncidentFilter = { materials: string[]; from: number; to: number; categories: Category[]; includeDuplicates?: boolean };

/** An incident touches a material when it lists it, or when it lists none (= all materials). */
function touches(materials: string[]) {
  return or(
    notExists(getDb().select({ one: sql`1` }).from(incidentMaterials).where(eq(incidentMaterials.incidentId, incidents.id))),
    sql`exists (select 1 from ${incidentMaterials} where ${incidentMaterials.incidentId} = ${incidents.id} and ${inArray(incidentMaterials.material, materials)})`,
  );
}

function where({ materials, from, to, categories, includeDuplicates = false }: IncidentFilter) {
  return and(
    between(incidents.year, from, to),
    touches(materials),
    categories.length ? inArray(incidents.category, categories) : undefined,
    includeDuplicates ? undefined : isNull(incidents.duplicateOf),
  );
}

const eventColumns = {
  id: incidents.id,
  date: incidents.date,
  datePrecision: incidents.datePrecision,
  title: incidents.title,
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

export function listIncidents(filter: IncidentFilter): IncidentDto[] {
  const rows = getDb()
    .select({ ...eventColumns, summary: incidents.summary, duplicateOf: incidents.duplicateOf })
    .from(incidents)
    .where(where(filter))
    .orderBy(asc(incidents.date), asc(incidents.id))
    .all();
  const mats = materialsByIncident(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, materials: mats.get(r.id) ?? [] }));
}
