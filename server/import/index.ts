import "server-only";
// The import core behind POST /api/v1/imports: read and validate the whole file first (in the
// reader's worker thread, off the thread that serves requests), then write it on the main
// connection in one transaction or not at all; every attempt that is read leaves an audit row.
import { countsPhrase, withDataVersion } from "@/db/queries/versions";
import type { Db } from "@/db/index";
import { baciPrepared } from "./baci-plan";
import { sha256Hex } from "./decode";
import { loadReferences, nativePrepared } from "./product-csv-prepare";
import { failed, type Prepared, type RunResult } from "./prepared";
import type { ReadResult } from "./read";
import { ReaderBusy, ReadFailure, sharedReader, type Reader } from "./reader";
import { checkSourceSpec, userSource, type SourceSpec } from "./sources";
import { Issues } from "./table";
import { loadMaterialCodes, tradePrepared } from "./trade";
import { IMPORT_KINDS, PROMOTE_MODES, type ImportIssue, type ImportOptions, type ImportSummary } from "./types";
import { insertAudit, updateAudit, type AuditRow } from "./write";

export { IMPORT_KINDS, PROMOTE_MODES } from "./types";
export type { ImportIssue, ImportKind, ImportOptions, ImportSummary, PreviewRow, PromoteMode, RecordPreview, SharePreview } from "./types";
export { deriveShares, type DerivedShare, type Denominator, type Derivation, type TradeRecord } from "./shares";
export { coveredCodes, materialsForCode, type MaterialCodes } from "./codes";
export { comtradePartner, mofPartner, type PartnerRef } from "./partners";
export { pauseBetweenWrites } from "./write";
export { Reader, ReaderBusy, ReadFailure, sharedReader } from "./reader";

function optionIssues(opts: AttemptOptions, issues: Issues): SourceSpec | null {
  if (opts.promote !== undefined && !PROMOTE_MODES.includes(opts.promote)) {
    issues.add(0, null, `Unknown promote option "${opts.promote}" (use ${PROMOTE_MODES.join(", ")}).`);
  }
  if (!opts.source) return null;
  const spec = userSource(opts.source.title, opts.source.url);
  const problem = checkSourceSpec(spec);
  if (problem) issues.add(0, null, problem);
  return spec;
}

const isTrade = (kind: ImportOptions["kind"]): kind is "comtrade" | "mof" => kind === "comtrade" || kind === "mof";
/** Kinds read from statistical files: no stored references to check rows against, and a source option applies. */
const isStatistics = (kind: ImportOptions["kind"]) => isTrade(kind) || kind === "baci";

/** What an attempt keeps of its options: the file itself is gone once read. */
type AttemptOptions = Omit<ImportOptions, "bytes" | "handOver">;

/** Reads the file in the reader's worker; the store is only read, for the references rows are checked against. */
async function readFile(db: Db, opts: ImportOptions, reader: Reader): Promise<ReadResult> {
  const trade = isStatistics(opts.kind);
  return reader.read({
    kind: opts.kind,
    bytes: opts.bytes,
    handOver: opts.handOver,
    materialCodes: trade ? loadMaterialCodes(db) : [],
    references: trade ? { materials: new Set(), sources: new Set(), ids: new Set() } : loadReferences(db, opts.kind),
  });
}

/** The read file, ready to plan against the store; nothing is written here. */
function prepare(opts: AttemptOptions, r: ReadResult, issues: Issues, source: SourceSpec | null): { prepared: Prepared; notes: string[] } {
  const notes = [...r.notes];
  const promote = opts.promote ?? "precedence";
  const kind = opts.kind;
  if (!isStatistics(kind) && source) notes.push("The source option applies to Comtrade, Japan Customs and BACI files only; each row names its own source.");
  if (!issues.any) {
    if (kind === "baci" && r.baci) return { prepared: baciPrepared({ ...r, baci: r.baci }, issues, { promote, fileName: opts.fileName, source }), notes };
    if (isTrade(kind) && r.shares) return { prepared: tradePrepared(kind, { ...r, shares: r.shares }, issues, { promote, source }), notes };
    if (!isStatistics(kind) && r.records) return { prepared: nativePrepared({ layout: r.layout, rowsRead: r.rowsRead, parsed: r.records }, issues, promote), notes };
    issues.add(0, null, INTERNAL_READ);
  }
  return { prepared: failed(issues, { layout: r.layout, rowsRead: r.rowsRead }), notes };
}

interface Attempt {
  opts: AttemptOptions;
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

function summary(a: Attempt, importId: number, outcome: ImportSummary["outcome"], result: RunResult | null, rep = reported(a), dataVersion: number | null = null): ImportSummary {
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
    dataVersion,
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

/** What an audit row and an answer say about a failure inside the server: never its message or stack. */
const INTERNAL_READ = "The file could not be read because of an internal error; nothing was written.";

async function read(db: Db, opts: ImportOptions, reader: Reader): Promise<Attempt> {
  const sha256 = opts.sha256 ?? (await sha256Hex(opts.bytes));
  const issues = new Issues();
  const source = optionIssues(opts, issues);
  let r: ReadResult;
  try {
    r = await readFile(db, opts, reader);
  } catch (error) {
    if (error instanceof ReaderBusy) throw error;
    if (!(error instanceof ReadFailure)) console.error("import: reading failed:", error);
    issues.add(0, null, error instanceof ReadFailure ? error.message : INTERNAL_READ);
    return { opts, sha256, prepared: failed(issues), warnings: [] };
  }
  return readAttempt(opts, sha256, r, issues, source);
}

function readAttempt(opts: AttemptOptions, sha256: string, r: ReadResult, issues: Issues, source: SourceSpec | null): Attempt {
  issues.absorb(r.issues);
  const { prepared, notes } = prepare(opts, r, issues, source);
  const empty = !prepared.issues.any && prepared.rowsRead === 0 ? ["The file has a header but no rows."] : [];
  return { opts, sha256, prepared, warnings: [...notes, ...empty, ...prepared.warnings] };
}

const INTERRUPTED: ImportIssue = { line: 0, column: null, message: "The import did not complete; nothing was written." };
const ROLLED_BACK: ImportIssue = { line: 0, column: null, message: "The import failed while writing and was rolled back; nothing was written." };

/** Writes in one transaction; the audit row, committed first as "did not complete", becomes the record. */
function commit(db: Db, a: Attempt): ImportSummary {
  const importId = insertAudit(db, auditRow(a, "rejected", 0, only(INTERRUPTED)));
  try {
    const { result, version } = db.transaction(
      (tx) =>
        // The data version and the record of every row changed commit with the rows themselves.
        withDataVersion(db.$client, { kind: "import", importId, summarize: (c) => `Import #${importId} (${a.opts.kind}): ${countsPhrase(c)}` }, () => {
          const r = a.prepared.run(tx, { importId });
          updateAudit(tx, importId, auditRow(a, "accepted", r.inserted + r.updated));
          return r;
        }),
      { behavior: "immediate" },
    );
    return summary(a, importId, "accepted", result, reported(a), version);
  } catch (error) {
    // The details go to the server's log; the audit row and the answer say only what happened.
    console.error(`import #${importId}: rolled back:`, error);
    updateAudit(db, importId, auditRow(a, "rejected", 0, only(ROLLED_BACK)));
    return summary(a, importId, "rejected", null, only(ROLLED_BACK));
  }
}

/**
 * Runs one import attempt. The file is read and validated in the reader's worker thread (time and
 * heap limits; ReaderBusy when too many files wait), then, on this thread, a file with any error
 * is rejected whole and nothing is written; a dry run plans without writing; otherwise every row
 * is written in one transaction on `db`. Either way one `imports` row records the attempt. Before
 * the transaction that row is committed as rejected ("did not complete"), so a process killed
 * mid-import still leaves its trace; the transaction turns it into the accepted record.
 */
export async function runImport(db: Db, opts: ImportOptions, reader: Reader = sharedReader()): Promise<ImportSummary> {
  if (!IMPORT_KINDS.includes(opts.kind)) throw new TypeError(`Unknown import kind "${String(opts.kind)}".`);
  return settle(db, await read(db, opts, reader));
}

/**
 * Runs one import attempt on a file read outside the reader: the streaming command
 * (scripts/import.ts) reads a BACI file too large to upload line by line in its own process. The
 * same validation verdict, dry run, single transaction and audit row as runImport.
 */
export function runReadImport(db: Db, opts: AttemptOptions & { sha256: string }, r: ReadResult): ImportSummary {
  if (!IMPORT_KINDS.includes(opts.kind)) throw new TypeError(`Unknown import kind "${String(opts.kind)}".`);
  const issues = new Issues();
  const source = optionIssues(opts, issues);
  return settle(db, readAttempt(opts, opts.sha256, r, issues, source));
}

function settle(db: Db, attempt: Attempt): ImportSummary {
  if (attempt.prepared.issues.any) return summary(attempt, insertAudit(db, auditRow(attempt, "rejected")), "rejected", null);
  if (attempt.opts.dryRun) {
    const result = attempt.prepared.run(db, null);
    return summary(attempt, insertAudit(db, auditRow(attempt, "dry_run")), "dry_run", result);
  }
  return commit(db, attempt);
}
