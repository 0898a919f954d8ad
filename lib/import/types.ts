import type { BASES, IMPORT_KINDS, IMPORT_OUTCOMES, PERIODS } from "@/db/schema";

export { IMPORT_KINDS } from "@/db/schema";

export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export type PromoteMode = "gaps" | "replace" | "none";
export const PROMOTE_MODES = ["gaps", "replace", "none"] as const satisfies readonly PromoteMode[];

export interface ImportOptions {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  actor: string;
  dryRun: boolean;
  /** Which imported annual shares become the line's headline value; default "gaps". */
  promote?: PromoteMode;
  /** Cite this source instead of the statistical dataset (kind `user_import`); Comtrade and MOF only. */
  source?: { title: string; url: string | null };
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
  period: (typeof PERIODS)[number];
  month: number | null;
  half: "H1" | "H2" | null;
  basis: (typeof BASES)[number];
  sharePct: number | null;
  volumeTonnes: number | null;
  valueUsd: number | null;
  estimate: boolean;
  /** Whether the row will be (or stay) the headline value of its material, partner and year. */
  headline: boolean;
  /** The headline value already stored for the same material, partner and year, if another row holds it. */
  existingHeadline: { id: number; sharePct: number | null; sourceId: number } | null;
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
}

export const MAX_REPORTED_ERRORS = 100;
