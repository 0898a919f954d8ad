import "server-only";
import type { RunResult } from "better-sqlite3";
import { and, eq, isNull } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "@/db/schema";
import { clip } from "@/lib/imports";
import { sources } from "@/db/schema";

/** The database or a transaction on it: the import plans with the one and writes with the other. */
export type Conn = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

export interface SourceSpec {
  title: string;
  publisher: string | null;
  url: string | null;
  kind: "dataset" | "user_import";
}

/** The statistical datasets imported rows cite unless the caller names another source. */
export const DATASETS = {
  comtrade: {
    title: "UN Comtrade Plus (reporter JPN)",
    publisher: "UN Statistics Division",
    url: "https://comtradeplus.un.org/",
    kind: "dataset",
  },
  mof: {
    title: "Japan Customs trade statistics",
    publisher: "Japan Customs (Ministry of Finance)",
    url: "https://www.customs.go.jp/toukei/info/index_e.htm",
    kind: "dataset",
  },
} as const satisfies Record<string, SourceSpec>;

export function userSource(title: string, url: string | null): SourceSpec {
  return { title: title.trim(), publisher: null, url: url?.trim() || null, kind: "user_import" };
}

/** An option problem, or null: a caller-given source needs a title and, if any, an http(s) URL. */
export function checkSourceSpec(spec: SourceSpec): string | null {
  if (!spec.title) return "The source needs a title.";
  if (spec.url === null) return null;
  try {
    const url = new URL(spec.url);
    return url.protocol === "http:" || url.protocol === "https:" ? null : `The source URL must be http(s): "${clip(spec.url)}".`;
  } catch {
    return `The source URL is not a URL: "${clip(spec.url)}".`;
  }
}

export function findSource(conn: Conn, spec: SourceSpec): number | null {
  const row = conn
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.title, spec.title), eq(sources.kind, spec.kind), spec.url === null ? isNull(sources.url) : eq(sources.url, spec.url)))
    .orderBy(sources.id)
    .get();
  return row?.id ?? null;
}

/** Finds the source, or creates it: the first import of a dataset adds it, later ones reuse it. */
export function ensureSource(conn: Conn, spec: SourceSpec): number {
  const found = findSource(conn, spec);
  if (found !== null) return found;
  return conn.insert(sources).values(spec).returning({ id: sources.id }).get().id;
}
