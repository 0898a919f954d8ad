import "server-only";
import type { Conn } from "./sources";
import type { Issues } from "./table";
import type { PreviewRow } from "./types";
import type { Counts } from "./write";

export interface RunResult extends Counts {
  preview: PreviewRow[];
  sourceId: number | null;
  warnings: string[];
}

/**
 * A read and validated file, ready to plan against the store. `run` only reads when `write` is
 * null (dry run); with an import id it writes, and is then called inside the transaction.
 */
export interface Prepared {
  layout: string | null;
  rowsRead: number;
  rowsSkipped: number;
  issues: Issues;
  warnings: string[];
  skippedCodes: { code: string; rows: number }[];
  run(conn: Conn, write: { importId: number } | null): RunResult;
}

/** A file that failed before anything could be planned: `run` is never called for it. */
export function failed(issues: Issues, rest: Partial<Prepared> = {}): Prepared {
  return {
    layout: null,
    rowsRead: 0,
    rowsSkipped: 0,
    warnings: [],
    skippedCodes: [],
    ...rest,
    issues,
    run: () => {
      throw new Error("A file with errors is never written.");
    },
  };
}
