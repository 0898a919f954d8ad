import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import type { ProjectDto } from "@/lib/types";
import { getDb } from "../index";
import { projectMaterials, projects } from "../schema";

type ProjectFilter = { materials: string[]; includeDuplicates?: boolean };

/** Projects that list any of the materials; duplicates of another record are left out unless asked. */
export function listProjects({ materials, includeDuplicates = false }: ProjectFilter): ProjectDto[] {
  const db = getDb();
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      countries: projects.countries,
      partners: projects.partners,
      type: projects.type,
      status: projects.status,
      investmentUsd: projects.investmentUsd,
      capacityTonnesPerYear: projects.capacityTonnesPerYear,
      startYear: projects.startYear,
      summary: projects.summary,
      sourceId: projects.sourceId,
      duplicateOf: projects.duplicateOf,
    })
    .from(projects)
    .where(
      and(
        sql`exists (select 1 from ${projectMaterials} where ${projectMaterials.projectId} = ${projects.id} and ${inArray(projectMaterials.material, materials)})`,
        includeDuplicates ? undefined : isNull(projects.duplicateOf),
      ),
    )
    .orderBy(asc(projects.startYear), asc(projects.id))
    .all();
  const ids = rows.map((r) => r.id);
  const mats = new Map<number, string[]>();
  if (ids.length) {
    for (const r of db
      .select({ projectId: projectMaterials.projectId, material: projectMaterials.material })
      .from(projectMaterials)
      .where(inArray(projectMaterials.projectId, ids))
      .orderBy(asc(projectMaterials.material))
      .all()) {
      mats.set(r.projectId, [...(mats.get(r.projectId) ?? []), r.material]);
    }
  }
  return rows.map((r) => ({ ...r, countries: r.countries ? r.countries.split(";") : [], materials: mats.get(r.id) ?? [] }));
}
