import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { SourceRef } from "@/lib/types";
import { getDb } from "../index";
import { sources } from "../schema";

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
