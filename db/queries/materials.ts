import "server-only";
import { asc } from "drizzle-orm";
import type { MaterialDto } from "@/lib/types";
import { getDb } from "../index";
import { materials } from "../schema";

export function listMaterials(): MaterialDto[] {
  return getDb()
    .select({
      slug: materials.slug,
      name: materials.name,
      group: materials.group,
      hsCodes: materials.hsCodes,
      description: materials.description,
    })
    .from(materials)
    .orderBy(asc(materials.sortOrder), asc(materials.slug))
    .all()
    .map((m) => ({ ...m, hsCodes: m.hsCodes ? m.hsCodes.split(";") : [] }));
}

export function getMaterialSlugs(): Set<string> {
  return new Set(listMaterials().map((m) => m.slug));
}
