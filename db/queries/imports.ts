import "server-only";
import { desc } from "drizzle-orm";
import type { ImportIssue } from "@/lib/import/types";
import { getDb } from "../index";
import { imports } from "../schema";

export type ImportAuditDto = {
  id: number;
  fileName: string;
  kind: string;
  sha256: string;
  rowsRead: number;
  rowsWritten: number;
  rowsSkipped: number;
  actor: string;
  createdAt: string;
  outcome: string;
  errors: ImportIssue[];
  errorCount: number;
};

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
