import "server-only";
// The import core behind POST /api/v1/imports: validate the whole file first, then write it in one
// transaction or not at all; every attempt leaves an audit row in `imports`.
import type { Db } from "@/db/index";
import { decodeText, sha256Hex, type Encoding } from "./decode";
import { prepareNative } from "./product-csv-prepare";
import { failed, type Prepared, type RunResult } from "./prepared";
import { checkSourceSpec, userSource, type SourceSpec } from "./sources";
import { Issues, readTable } from "./table";
import { prepareTrade } from "./trade";
import { IMPORT_KINDS, PROMOTE_MODES, type ImportIssue, type ImportKind, type ImportOptions, type ImportSummary } from "./types";
import { insertAudit, updateAudit, type AuditRow } from "./write";

export { IMPORT_KINDS, PROMOTE_MODES } from "./types";
export type { ImportIssue, ImportKind, ImportOptions, ImportSummary, PreviewRow, PromoteMode, RecordPreview, SharePreview } from "./types";
export { deriveShares, type DerivedShare, type Denominator, type Derivation, type TradeRecord } from "./shares";
export { coveredCodes, materialsForCode, type MaterialCodes } from "./codes";
export { comtradePartner, mofPartner, type PartnerRef } from "./partners";
export { pauseBetweenWrites } from "./write";

const FALLBACK_ENCODINGS: Record<ImportKind, Encoding[]> = {
  comtrade: ["windows-1252"],
  mof: ["shift_jis"],
  trade_shares: ["shift_jis"],
  incidents: ["shift_jis"],
  projects: ["shift_jis"],
};

const ENCODING_NAMES: Partial<Record<Encoding, string>> = {
  shift_jis: "Shift-JIS",
  "windows-1252": "Latin-1 (Windows-1252)",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
};

function optionIssues(opts: ImportOptions, issues: Issues): SourceSpec | null {
  if (opts.promote !== undefined && !PROMOTE_MODES.includes(opts.promote)) {
    issues.add(0, null, `Unknown promote option "${opts.promote}" (use ${PROMOTE_MODES.join(", ")}).`);
  }
  if (!opts.source) return null;
  const spec = userSource(opts.source.title, opts.source.url);
  const problem = checkSourceSpec(spec);
  if (problem) issues.add(0, null, problem);
  return spec;
}

/** Reads and validates the file (reading the store only for references); nothing is written here. */
function prepare(db: Db, opts: ImportOptions): { prepared: Prepared; notes: string[] } {
  const issues = new Issues();
  const source = optionIssues(opts, issues);
  const decoded = decodeText(opts.bytes, FALLBACK_ENCODINGS[opts.kind]);
  if (!decoded) {
    issues.add(1, null, `The file is not text in UTF-8${FALLBACK_ENCODINGS[opts.kind].includes("shift_jis") ? " or Shift-JIS" : ""}.`);
    return { prepared: failed(issues), notes: [] };
  }
  const notes = ENCODING_NAMES[decoded.encoding] ? [`Read as ${ENCODING_NAMES[decoded.encoding]} text.`] : [];
  const table = readTable(decoded.text, issues);
  if (!table) return { prepared: failed(issues), notes };
  const promote = opts.promote ?? "gaps";
  if (opts.kind === "comtrade" || opts.kind === "mof") {
    return { prepared: prepareTrade(db, opts.kind, table, issues, { promote, source }), notes };
  }
  if (source) notes.push("The source option applies to Comtrade and Japan Customs files only; each row names its own source.");
  return { prepared: prepareNative(db, opts.kind, table, issues, promote), notes };
}

interface Attempt {
  opts: ImportOptions;
  sha256: string;
  prepared: Prepared;
  warnings: string[];
}

interface Reported {
  errors: ImportIssue[];
  errorCount: number;
}

const reported = (a: Attempt): Reported => ({ errors: a.prepared.issues.first(), errorCount: a.prepared.issues.count });
const only = (issue: ImportIssue): Reported => ({ errors: [issue], errorCount: 1 });

function summary(a: Attempt, importId: number, outcome: ImportSummary["outcome"], result: RunResult | null, rep = reported(a)): ImportSummary {
  const inserted = result?.inserted ?? 0;
  const updated = result?.updated ?? 0;
  return {
    importId,
    outcome,
    kind: a.opts.kind,
    fileName: a.opts.fileName,
    sha256: a.sha256,
    layout: a.prepared.layout,
    rowsRead: a.prepared.rowsRead,
    rowsWritten: outcome === "accepted" ? inserted + updated : 0,
    rowsSkipped: a.prepared.rowsSkipped,
    inserted,
    updated,
    unchanged: result?.unchanged ?? 0,
    ...rep,
    warnings: [...a.warnings, ...(result?.warnings ?? [])],
    skippedCodes: a.prepared.skippedCodes,
    preview: result?.preview ?? [],
    sourceId: result?.sourceId ?? null,
  };
}

function auditRow(a: Attempt, outcome: AuditRow["outcome"], rowsWritten = 0, rep = reported(a)): AuditRow {
  return {
    fileName: a.opts.fileName,
    kind: a.opts.kind,
    sha256: a.sha256,
    actor: a.opts.actor,
    outcome,
    rowsRead: a.prepared.rowsRead,
    rowsWritten,
    rowsSkipped: a.prepared.rowsSkipped,
    ...rep,
  };
}

function read(db: Db, opts: ImportOptions): Attempt {
  const sha256 = sha256Hex(opts.bytes);
  try {
    const { prepared, notes } = prepare(db, opts);
    const empty = !prepared.issues.any && prepared.rowsRead === 0 ? ["The file has a header but no rows."] : [];
    return { opts, sha256, prepared, warnings: [...notes, ...empty, ...prepared.warnings] };
  } catch (error) {
    const issues = new Issues();
    issues.add(0, null, `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return { opts, sha256, prepared: failed(issues), warnings: [] };
  }
}

const INTERRUPTED: ImportIssue = { line: 0, column: null, message: "The import did not complete; nothing was written." };

/** Writes in one transaction; the audit row, committed first as "did not complete", becomes the record. */
function commit(db: Db, a: Attempt): ImportSummary {
  const importId = insertAudit(db, auditRow(a, "rejected", 0, only(INTERRUPTED)));
  try {
    const result = db.transaction(
      (tx) => {
        const r = a.prepared.run(tx, { importId });
        updateAudit(tx, importId, auditRow(a, "accepted", r.inserted + r.updated));
        return r;
      },
      { behavior: "immediate" },
    );
    return summary(a, importId, "accepted", result);
  } catch (error) {
    const failure = only({ line: 0, column: null, message: `The import failed and was rolled back: ${error instanceof Error ? error.message : String(error)}` });
    updateAudit(db, importId, auditRow(a, "rejected", 0, failure));
    return summary(a, importId, "rejected", null, failure);
  }
}

/**
 * Runs one import attempt (synchronous). A file with any error is rejected whole and nothing is
 * written; a dry run plans without writing; otherwise every row is written in one transaction.
 * Either way one `imports` row records the attempt. Before the transaction that row is committed
 * as rejected ("did not complete"), so a process killed mid-import still leaves its trace; the
 * transaction turns it into the accepted record.
 */
export function runImport(db: Db, opts: ImportOptions): ImportSummary {
  if (!IMPORT_KINDS.includes(opts.kind)) throw new TypeError(`Unknown import kind "${String(opts.kind)}".`);
  const attempt = read(db, opts);
  if (attempt.prepared.issues.any) return summary(attempt, insertAudit(db, auditRow(attempt, "rejected")), "rejected", null);
  if (opts.dryRun) {
    const result = attempt.prepared.run(db, null);
    return summary(attempt, insertAudit(db, auditRow(attempt, "dry_run")), "dry_run", result);
  }
  return commit(db, attempt);
}
