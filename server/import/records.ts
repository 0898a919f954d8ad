import "server-only";
// Incidents and projects from the product's CSV: a row with an id updates that record (or creates
// it with that id); a row without one matches a stored record by its natural key (incident: date,
// title and source; project: name and source), so importing the same file twice adds nothing.
// The Japanese columns are optional: a file without one keeps the stored Japanese text.
import { eq } from "drizzle-orm";
import { incidentColumns, projectColumns } from "@/db/csv-schemas";
import { incidentMaterials, incidents, projectMaterials, projects } from "@/db/schema";
import type { IncidentInput, Parsed, ProjectInput } from "./product-csv";
import type { Conn } from "./sources";
import { listed } from "./text";
import type { Change, RecordPreview } from "./types";
import { pauseBetweenWrites } from "./write";

type IncidentValues = Omit<typeof incidents.$inferInsert, "id">;
type ProjectValues = Omit<typeof projects.$inferInsert, "id">;

export interface PlannedRecord<V> {
  line: number;
  id: number | null;
  values: V;
  materials: string[];
  existingId: number | null;
  change: Change;
  label: string;
  /** The Japanese columns of an update whose English text changed while the stored Japanese one was kept (the file has no such column). */
  keptJapanese: string[];
}

/** Each Japanese field, its column in the file, and the English field it translates. */
const JAPANESE = {
  incidents: [
    { field: "titleJa", column: "title_ja", english: "title" },
    { field: "summaryJa", column: "summary_ja", english: "summary" },
    { field: "actorJa", column: "actor_ja", english: "actor" },
    { field: "targetJa", column: "target_ja", english: "target" },
  ],
  projects: [
    { field: "nameJa", column: "name_ja", english: "name" },
    { field: "summaryJa", column: "summary_ja", english: "summary" },
  ],
} as const;

type JapaneseColumns = (typeof JAPANESE)[keyof typeof JAPANESE];

/** Leaves out each Japanese field whose column the file does not have, so the stored text stays (and is not compared). */
function withoutAbsentJapanese<V extends Record<string, unknown>>(values: V, present: ReadonlySet<string>, columns: JapaneseColumns): V {
  const out: Record<string, unknown> = { ...values };
  for (const c of columns) if (!present.has(c.column)) delete out[c.field];
  return out as V;
}

function keptJapanese(stored: Record<string, unknown> | undefined, values: Record<string, unknown>, present: ReadonlySet<string>, columns: JapaneseColumns): string[] {
  if (!stored) return [];
  return columns.filter((c) => !present.has(c.column) && stored[c.field] != null && stored[c.english] !== values[c.english]).map((c) => c.column);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(";") === [...b].sort().join(";");

function sameValues(stored: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(([k, v]) => (stored[k] ?? null) === (v ?? null));
}

function materialsOf(rows: { id: number; material: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const r of rows) {
    const list = map.get(r.id);
    if (list) list.push(r.material);
    else map.set(r.id, [r.material]);
  }
  return map;
}

function classify<V extends Record<string, unknown>>(
  plan: Omit<PlannedRecord<V>, "change" | "keptJapanese">,
  stored: Map<number, V & { id: number }>,
  storedMaterials: Map<number, string[]>,
  present: ReadonlySet<string>,
  columns: JapaneseColumns,
): PlannedRecord<V> {
  const existing = plan.existingId === null ? undefined : stored.get(plan.existingId);
  const values = withoutAbsentJapanese(plan.values, present, columns);
  const change: Change = !existing
    ? "insert"
    : sameValues(existing, values) && sameSet(storedMaterials.get(existing.id) ?? [], plan.materials)
      ? "unchanged"
      : "update";
  return { ...plan, values, change, keptJapanese: change === "update" ? keptJapanese(existing, values, present, columns) : [] };
}

export function planIncidents(conn: Conn, rows: Parsed<IncidentInput>[]): PlannedRecord<IncidentValues>[] {
  const stored = new Map(conn.select().from(incidents).all().map((r) => [r.id, r]));
  const byKey = new Map([...stored.values()].map((r) => [`${r.date}|${r.title}|${r.sourceId}`, r.id]));
  const links = conn.select({ id: incidentMaterials.incidentId, material: incidentMaterials.material }).from(incidentMaterials).all();
  const storedMaterials = materialsOf(links);
  return rows.map(({ line, row, present }) => {
    const values = incidentColumns(row);
    const existingId = row.id !== null ? (stored.has(row.id) ? row.id : null) : (byKey.get(`${values.date}|${values.title}|${values.sourceId}`) ?? null);
    return classify({ line, id: row.id, values, materials: row.materials, existingId, label: row.title }, stored, storedMaterials, present, JAPANESE.incidents);
  });
}

export function planProjects(conn: Conn, rows: Parsed<ProjectInput>[]): PlannedRecord<ProjectValues>[] {
  const stored = new Map(conn.select().from(projects).all().map((r) => [r.id, r]));
  const byKey = new Map([...stored.values()].map((r) => [`${r.name}|${r.sourceId}`, r.id]));
  const links = conn.select({ id: projectMaterials.projectId, material: projectMaterials.material }).from(projectMaterials).all();
  const storedMaterials = materialsOf(links);
  return rows.map(({ line, row, present }) => {
    const values = projectColumns(row);
    const existingId = row.id !== null ? (stored.has(row.id) ? row.id : null) : (byKey.get(`${values.name}|${values.sourceId}`) ?? null);
    return classify({ line, id: row.id, values, materials: row.materials, existingId, label: row.name }, stored, storedMaterials, present, JAPANESE.projects);
  });
}

/**
 * One warning for the updates that changed an English text and kept its Japanese one (the file
 * has no Japanese column): the translation may no longer match.
 */
export function keptJapaneseWarnings(what: "incident" | "project", plan: PlannedRecord<object>[]): string[] {
  const kept = plan.filter((p) => p.keptJapanese.length);
  if (!kept.length) return [];
  const named = new Set(kept.flatMap((p) => p.keptJapanese));
  const columns = JAPANESE[what === "incident" ? "incidents" : "projects"].map((c) => c.column).filter((c) => named.has(c)).join(", ");
  const lines = listed(kept.map((p) => String(p.line)));
  return [`The English text changed on line ${lines}, and the file has no Japanese column (${columns}) for it: the stored Japanese text was kept and may no longer match. Import the Japanese columns to replace or clear it.`];
}

/** Records that point at no other go first, so a duplicate_of or expansion_of in the same file already exists. */
const primariesFirst = <V extends { duplicateOf?: number | null; expansionOf?: number | null }>(plan: PlannedRecord<V>[]) => {
  const refers = (v: V) => Number(v.duplicateOf != null || v.expansionOf != null);
  return [...plan].filter((p) => p.change !== "unchanged").sort((a, b) => refers(a.values) - refers(b.values));
};

export function writeIncidents(conn: Conn, plan: PlannedRecord<IncidentValues>[]): void {
  for (const p of primariesFirst(plan)) {
    let id = p.existingId;
    if (id !== null) conn.update(incidents).set(p.values).where(eq(incidents.id, id)).run();
    else id = conn.insert(incidents).values({ ...p.values, ...(p.id !== null ? { id: p.id } : {}) }).returning({ id: incidents.id }).get().id;
    conn.delete(incidentMaterials).where(eq(incidentMaterials.incidentId, id)).run();
    if (p.materials.length) conn.insert(incidentMaterials).values(p.materials.map((material) => ({ incidentId: id, material }))).run();
    pauseBetweenWrites();
  }
}

export function writeProjects(conn: Conn, plan: PlannedRecord<ProjectValues>[]): void {
  for (const p of primariesFirst(plan)) {
    let id = p.existingId;
    if (id !== null) conn.update(projects).set(p.values).where(eq(projects.id, id)).run();
    else id = conn.insert(projects).values({ ...p.values, ...(p.id !== null ? { id: p.id } : {}) }).returning({ id: projects.id }).get().id;
    conn.delete(projectMaterials).where(eq(projectMaterials.projectId, id)).run();
    if (p.materials.length) conn.insert(projectMaterials).values(p.materials.map((material) => ({ projectId: id, material }))).run();
    pauseBetweenWrites();
  }
}

export function recordPreview(type: RecordPreview["type"], p: PlannedRecord<object>): RecordPreview {
  return { type, line: p.line, id: p.existingId ?? p.id, label: p.label, change: p.change };
}

/** Ids stored for the kind, for checking duplicate_of references. */
export function storedIds(conn: Conn, kind: "incidents" | "projects"): Set<number> {
  const table = kind === "incidents" ? incidents : projects;
  return new Set(conn.select({ id: table.id }).from(table).all().map((r) => r.id));
}
