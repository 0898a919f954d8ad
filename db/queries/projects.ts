import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { ProjectDetail, ProjectDto } from "@/lib/types";
import { getDb } from "../index";
import { projectMaterials, projects } from "../schema";

import { getSourcesByIds } from "./sources";

type ProjectFilter = { materials: string[] | null; includeDuplicates?: boolean; ids?: number[] };

/** Projects that list any of the materials (null: all); duplicates of another record are left out unless asked. */
export function listProjects({ materials, includeDuplicates = false, ids: only }: ProjectFilter): ProjectDto[] {
  const db = getDb();
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      nameJa: projects.nameJa,
      summaryJa: projects.summaryJa,
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
      japaneseParticipation: projects.japaneseParticipation,
      capacityKind: projects.capacityKind,
      expansionOf: projects.expansionOf,
    })
    .from(projects)
    .where(
      and(
        materials
          ? sql`exists (select 1 from ${projectMaterials} where ${projectMaterials.projectId} = ${projects.id} and ${inArray(projectMaterials.material, materials)})`
          : undefined,
        includeDuplicates ? undefined : isNull(projects.duplicateOf),
        only ? inArray(projects.id, only) : undefined,
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

/** One project with its source and the other records of the same project (its primary or its duplicates). */
export function getProject(id: number): ProjectDetail | null {
  const [project] = listProjects({ materials: null, includeDuplicates: true, ids: [id] });
  if (!project) return null;
  const primaryId = project.duplicateOf ?? project.id;
  const sameIds = getDb()
    .select({ id: projects.id })
    .from(projects)
    .where(or(eq(projects.id, primaryId), eq(projects.duplicateOf, primaryId)))
    .all()
    .map((r) => r.id)
    .filter((x) => x !== id);
  const sameProject = sameIds.length ? listProjects({ materials: null, includeDuplicates: true, ids: sameIds }) : [];
  return { project, sameProject, sources: getSourcesByIds({ ids: [project, ...sameProject].map((p) => p.sourceId) }) };
}
