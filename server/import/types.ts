import "server-only";
import type { ImportKind, PromoteMode } from "@/lib/enums";

export { IMPORT_KINDS, PROMOTE_MODES, type ImportKind, type ImportOutcome, type PromoteMode } from "@/lib/enums";
export type { Change, ImportIssue, ImportSummary, PreviewRow, RecordPreview, SharePreview } from "@/lib/imports";

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

export const MAX_REPORTED_ERRORS = 100;
