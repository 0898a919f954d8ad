// The import core behind POST /api/v1/imports: validate the whole file first, then write it in one
// transaction or not at all; every attempt leaves an audit row in `imports`.
import type { Db } from "@/db/index";
import { decodeText, sha256Hex, type Encoding } from "./decode";
import { prepareNative } from "./native-prepare";
import { failed, type Prepared, type RunResult } from "./prepared";
import { checkSourceSpec, userSource, type SourceSpec } from "./sources";
import { Issues, readTable } from "./table";
import { prepareTrade } from "./trade";
import { IMPORT_KINDS, PROMOTE_MODES, type ImportKind, type ImportOptions, type ImportSummary } from "./types";
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

/** Reads, validates and plans the file; nothing is written here. */
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

function summary(
  importId: number,
  outcome: ImportSummary["outcome"],
  opts: ImportOptions,
  sha256: string,
  p: Prepared,
  result: RunResult | null,
  extra: { warnings: string[]; errors?: ImportSummary["errors"]; errorCount?: number },
): ImportSummary {
  const inserted = result?.inserted ?? 0;
  const updated = result?.updated ?? 0;
  return {
    importId,
    outcome,
    kind: opts.kind,
    fileName: opts.fileName,
    sha256,
    layout: p.layout,
    rowsRead: p.rowsRead,
    rowsWritten: outcome === "accepted" ? inserted + updated : 0,
    rowsSkipped: p.rowsSkipped,
    inserted,
    updated,
    unchanged: result?.unchanged ?? 0,
    errors: extra.errors ?? p.issues.first(),
    errorCount: extra.errorCount ?? p.issues.count,
    warnings: [...extra.warnings, ...(result?.warnings ?? [])],
    skippedCodes: p.skippedCodes,
    preview: result?.preview ?? [],
    sourceId: result?.sourceId ?? null,
  };
}

const INTERRUPTED = { line: 0, column: null, message: "The import did not complete; nothing was written." };

/**
 * Runs one import attempt (synchronous). A file with any error is rejected whole and nothing is
 * written; a dry run plans without writing; otherwise every row is written in one transaction.
 * Either way one `imports` row records the attempt. Before the transaction that row is committed
 * as rejected ("did not complete"), so a process killed mid-import still leaves its trace; the
 * transaction turns it into the accepted record.
 */
export function runImport(db: Db, opts: ImportOptions): ImportSummary {
  if (!IMPORT_KINDS.includes(opts.kind)) throw new TypeError(`Unknown import kind "${String(opts.kind)}".`);
  const sha256 = sha256Hex(opts.bytes);
  let prepared: Prepared;
  let notes: string[] = [];
  try {
    ({ prepared, notes } = prepare(db, opts));
  } catch (error) {
    const issues = new Issues();
    issues.add(0, null, `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    prepared = failed(issues);
  }
  const warnings = [...notes, ...prepared.warnings];
  const audit = (outcome: AuditRow["outcome"], rowsWritten = 0): AuditRow => ({
    fileName: opts.fileName,
    kind: opts.kind,
    sha256,
    actor: opts.actor,
    outcome,
    rowsRead: prepared.rowsRead,
    rowsWritten,
    rowsSkipped: prepared.rowsSkipped,
    errors: prepared.issues.first(),
    errorCount: prepared.issues.count,
  });

  if (prepared.issues.any) {
    return summary(insertAudit(db, audit("rejected")), "rejected", opts, sha256, prepared, null, { warnings });
  }
  if (opts.dryRun) {
    const result = prepared.run(db, null);
    return summary(insertAudit(db, audit("dry_run")), "dry_run", opts, sha256, prepared, result, { warnings });
  }

  const importId = insertAudit(db, { ...audit("rejected"), errors: [INTERRUPTED], errorCount: 1 });
  try {
    const result = db.transaction(
      (tx) => {
        const r = prepared.run(tx, { importId });
        updateAudit(tx, importId, audit("accepted", r.inserted + r.updated));
        return r;
      },
      { behavior: "immediate" },
    );
    return summary(importId, "accepted", opts, sha256, prepared, result, { warnings });
  } catch (error) {
    const failure = { line: 0, column: null, message: `The import failed and was rolled back: ${error instanceof Error ? error.message : String(error)}` };
    updateAudit(db, importId, { ...audit("rejected"), errors: [failure], errorCount: 1 });
    return summary(importId, "rejected", opts, sha256, prepared, null, { warnings, errors: [failure], errorCount: 1 });
  }
}
