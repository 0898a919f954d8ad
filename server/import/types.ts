import "server-only";
import type { ImportKind, PromoteMode } from "@/lib/enums";

export { IMPORT_KINDS, PROMOTE_MODES, type ImportKind, type ImportOutcome, type PromoteMode } from "@/lib/enums";
export type { Change, ImportIssue, ImportSummary, PreviewRow, RecordPreview, SharePreview } from "@/lib/imports";

export interface ImportOptions {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /**
   * The caller is done with `bytes`: the reader may take its buffer without copying it (it is
   * then detached here). The endpoint hands over the body it has just read.
   */
  handOver?: boolean;
  /** The file's SHA-256 (hex) when the caller computed it as the bytes arrived; computed otherwise. */
  sha256?: string;
  actor: string;
  dryRun: boolean;
  /** Which imported annual shares become the line's headline value; default "gaps". */
  promote?: PromoteMode;
  /** Cite this source instead of the statistical dataset (kind `user_import`); Comtrade, MOF and BACI only. */
  source?: { title: string; url: string | null };
}

export const MAX_REPORTED_ERRORS = 100;
