// What the import API answers (its summary, preview and audit log): shared by the importer on the
// server and the /data page in the browser.
import type { Basis, Half, ImportKind, ImportOutcome, Period } from "./enums";
import { MAX_ECHOED_CHARS, MAX_IMPORT_FILE_NAME_CHARS } from "./limits";

/** Control characters (C0, DEL, C1), bidirectional marks, embeddings, overrides and isolates, line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * A value from an uploaded file as an error message may repeat it: at most `max` characters
 * (code points), then "…", with control and bidi-override characters shown as U+FFFD, so a
 * message never carries a whole cell or reorders the text around it.
 */
export function clip(value: string, max = MAX_ECHOED_CHARS): string {
  let out = "";
  let n = 0;
  for (const ch of value) {
    if (n === max) return `${out.replace(UNSAFE, "\uFFFD")}…`;
    out += ch;
    n++;
  }
  return out.replace(UNSAFE, "\uFFFD");
}

/** Whether the text has a control or bidirectional-override character (see `clip`). */
export const hasUnsafeCharacters = (text: string) => new RegExp(UNSAFE.source).test(text);

/**
 * Why a file name cannot be used for an import (the `fileName` parameter or a multipart file
 * name), or null: 1–200 characters after trimming, no slash or backslash, no control or
 * bidirectional-override character, not only dots.
 */
export function fileNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return "the file name is empty";
  if (trimmed.length > MAX_IMPORT_FILE_NAME_CHARS && (trimmed.length > 2 * MAX_IMPORT_FILE_NAME_CHARS || [...trimmed].length > MAX_IMPORT_FILE_NAME_CHARS)) return `the file name is longer than ${MAX_IMPORT_FILE_NAME_CHARS} characters`;
  if (/[/\\]/.test(trimmed)) return "the file name has a slash or backslash";
  if (hasUnsafeCharacters(trimmed)) return "the file name has control or bidirectional-override characters";
  if (/^\.+$/.test(trimmed)) return "the file name is only dots";
  return null;
}

/**
 * One problem with the file. `line` is the 1-based physical line (the header is line 1; a quoted
 * cell spanning lines counts every line); 0 when the problem belongs to no line (an option, or an
 * import that stopped before it committed). `column` is the header as written in the file.
 */
export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
}

export type Change = "insert" | "update" | "unchanged";

export interface SharePreview {
  type: "trade_share";
  line: number | null;
  material: string;
  partner: string;
  year: number;
  period: Period;
  month: number | null;
  half: Half | null;
  basis: Basis;
  sharePct: number | null;
  volumeTonnes: number | null;
  valueUsd: number | null;
  estimate: boolean;
  /** Whether the row will be (or stay) the headline value of its material, partner and year. */
  headline: boolean;
  /**
   * The headline value already stored for the same material, partner and year, if another row
   * holds it, with its basis: a line value by volume is not comparable with a share by value.
   */
  existingHeadline: { id: number; sharePct: number | null; sourceId: number; basis: Basis } | null;
  change: Change;
}

export interface RecordPreview {
  type: "incident" | "project";
  line: number;
  id: number | null;
  label: string;
  change: Change;
}

export type PreviewRow = SharePreview | RecordPreview;

export interface ImportSummary {
  importId: number;
  outcome: ImportOutcome;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  /** e.g. "comtrade-plus-csv-47", "comtrade-legacy-22", "mof-csv"; null when the header matched nothing. */
  layout: string | null;
  rowsRead: number;
  /** Database rows written (inserted + updated); 0 for a dry run or a rejected file. */
  rowsWritten: number;
  /** File rows that contributed to nothing (other flows, breakdown rows, unmapped codes, …). */
  rowsSkipped: number;
  /** For a dry run: what an import would insert, update or leave unchanged. */
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
  errorCount: number;
  warnings: string[];
  skippedCodes: { code: string; rows: number }[];
  preview: PreviewRow[];
  sourceId: number | null;
  /** The data version the import committed; null when it wrote nothing (rejected, dry run, no change). */
  dataVersion: number | null;
}

interface ImportAuditBase {
  id: number;
  kind: string;
  /** The file's SHA-256: identifies a file without showing it (public, for provenance). */
  sha256: string;
  rowsRead: number;
  rowsWritten: number;
  rowsSkipped: number;
  createdAt: string;
  outcome: string;
  errorCount: number;
}

/**
 * One row of the audit log as anyone may see it (`GET /api/v1/imports` without the token, the
 * /data page): what was imported when, and what came of it. No file name, no actor and no error
 * details (they repeat what the file holds); `errors` is always empty, `errorCount` is the count.
 */
export interface ImportAuditPublicDto extends ImportAuditBase {
  view: "public";
  fileName?: undefined;
  actor?: undefined;
  errors: ImportIssue[];
}

/** One row of the audit log as the administrator sees it (`GET /api/v1/imports` with the token). */
export interface ImportAuditAdminDto extends ImportAuditBase {
  view: "admin";
  fileName: string;
  actor: string;
  /** The first 100 errors (`errorCount` is the total). */
  errors: ImportIssue[];
}

/** One row of the import audit log (`GET /api/v1/imports`): the public or the administrator's view. */
export type ImportAuditDto = ImportAuditPublicDto | ImportAuditAdminDto;
