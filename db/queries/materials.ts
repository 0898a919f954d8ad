import "server-only";
import { materialIndex, type MaterialIndex } from "@/lib/validation/filter-params";
import { asc, sql } from "drizzle-orm";
import type { MaterialDto } from "@/lib/types";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";

export function listMaterials(): MaterialDto[] {
  // Years with a China headline value (the line the overview draws).
  const seriesYears = sql<number>`(select count(distinct ${tradeShares.year}) from ${tradeShares} where ${tradeShares.material} = ${materials.slug} and ${tradeShares.importer} = 'JPN' and ${tradeShares.partner} = 'CHN' and ${tradeShares.headline} = 1)`;
  return getDb()
    .select({
      slug: materials.slug,
      name: materials.name,
      nameJa: materials.nameJa,
      descriptionJa: materials.descriptionJa,
      group: materials.group,
      hsCodes: materials.hsCodes,
      description: materials.description,
      seriesYears,
    })
    .from(materials)
    .orderBy(asc(materials.sortOrder), asc(materials.slug))
    .all()
    .map((m) => ({ ...m, hsCodes: m.hsCodes ? m.hsCodes.split(";") : [] }));
}

/** Slugs and names only: what parsing a URL needs, read on every API request (no series counts). */
function materialNames(): { slug: string; name: string; nameJa: string | null }[] {
  return getDb().select({ slug: materials.slug, name: materials.name, nameJa: materials.nameJa }).from(materials).all();
}

/** Every way a material may be written in a URL (slug, English or Japanese name, any case) → its slug. */
export function getMaterialIndex(): MaterialIndex {
  return materialIndex(materialNames());
}

export function getMaterialSlugs(): Set<string> {
  return new Set(materialNames().map((m) => m.slug));
}
