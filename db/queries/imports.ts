import "server-only";
import { desc } from "drizzle-orm";
import type { ImportAuditDto, ImportIssue } from "@/lib/imports";
import { getDb } from "../index";
import { imports } from "../schema";

/** The audit log, newest first. */
export function listImports(limit = 100): ImportAuditDto[] {
  return getDb()
    .select()
    .from(imports)
    .orderBy(desc(imports.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, errors: r.errors ? (JSON.parse(r.errors) as ImportIssue[]) : [] }));
}
