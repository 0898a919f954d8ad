import "server-only";
import { desc } from "drizzle-orm";
import { clip, type ImportAuditDto, type ImportIssue } from "@/lib/imports";
import { MAX_IMPORT_FILE_NAME_CHARS } from "@/lib/limits";
import { getDb } from "../index";
import { imports } from "../schema";

/**
 * Who sees what of the audit log (docs/security.md): anyone, the counts and outcomes; the
 * administrator (a valid token), also the file names, the actor and the errors, which repeat
 * what the files hold.
 */
export type ImportLogView = "public" | "admin";

/** The longest error message the log shows (rows written before messages clipped their values). */
const MAX_LOGGED_MESSAGE_CHARS = 600;

/** The audit log, newest first; the public view unless `view` is "admin". */
export function listImports(limit = 100, view: ImportLogView = "public"): ImportAuditDto[] {
  const rows = getDb().select().from(imports).orderBy(desc(imports.id)).limit(limit).all();
  return rows.map(({ fileName, actor, errors, ...r }) =>
    view === "admin"
      ? {
          ...r,
          view,
          // Rows stored before names and messages were checked are shown clipped, never whole.
          fileName: clip(fileName, MAX_IMPORT_FILE_NAME_CHARS),
          actor: clip(actor),
          errors: errors
            ? (JSON.parse(errors) as ImportIssue[]).map((e) => ({ line: e.line, column: e.column === null ? null : clip(e.column), message: clip(e.message, MAX_LOGGED_MESSAGE_CHARS) }))
            : [],
        }
      : { ...r, view, errors: [] },
  );
}
