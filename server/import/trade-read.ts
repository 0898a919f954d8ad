import "server-only";
// kind=comtrade and kind=mof, the part without the database: read the layout, validate every row,
// derive the shares. Runs in the reader's worker thread; trade.ts plans the shares against the store.
import type { MaterialCodes } from "./codes";
import { readComtrade } from "./comtrade";
import { COMTRADE_LAYOUTS, detectLayout, MOF_LAYOUTS } from "./detect";
import { Cells, headerIndex } from "./fields";
import { readMof } from "./mof";
import { deriveShares, type DerivedShare } from "./shares";
import { type Issues, type Table, wellFormed } from "./table";
import { clip, listed } from "./text";

export type TradeKind = "comtrade" | "mof";

/** A derived share as the writer needs it: the first line it was derived from, not all of them. */
export type ShareToPlan = Omit<DerivedShare, "lines"> & { line: number | null };

export interface TradeRead {
  layout: string | null;
  rowsRead: number;
  rowsSkipped: number;
  warnings: string[];
  skippedCodes: { code: string; rows: number }[];
  /** Null when the file has errors. */
  shares: ShareToPlan[] | null;
}

/** The most unmapped commodity codes a summary lists (the warning says how many there were). */
const MAX_SKIPPED_CODES = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function readRecords(kind: TradeKind, table: Table, issues: Issues) {
  const detection = detectLayout(table.header, kind === "comtrade" ? COMTRADE_LAYOUTS : MOF_LAYOUTS, kind === "comtrade" ? "UN Comtrade" : "Japan Customs");
  if ("error" in detection) {
    issues.add(1, null, detection.error);
    return null;
  }
  const layout = detection.layout.id;
  const index = headerIndex(table.header);
  const cells = wellFormed(table, issues).map((row) => new Cells(row, table.header, index, issues));
  if (kind === "comtrade") return { layout, ...readComtrade(cells, layout), extra: [] as string[] };
  const mof = readMof(cells, layout !== "mof-csv-year");
  const unknown = [...mof.unknownCountries].map(([c, n]) => `${clip(c)} (${plural(n, "row")})`);
  const extra = [
    ...[...mof.partialYears].map(([year, last]) => `${year}: the file has data up to month ${last} only; no annual shares derived for it (the monthly ones are).`),
    ...(unknown.length ? [`Countries counted in the total but not as suppliers (no ISO code): ${listed(unknown, 20)}.`] : []),
  ];
  return { layout, records: mof.records, skipped: mof.skipped, extra };
}

/** Reads and validates a trade file and derives its shares (TRADE_FORMATS §6); no database. */
export function readTrade(kind: TradeKind, table: Table, issues: Issues, materialCodes: MaterialCodes[]): TradeRead {
  const rowsRead = table.rows.length;
  const read = readRecords(kind, table, issues);
  if (!read || issues.any) return { layout: read?.layout ?? null, rowsRead, rowsSkipped: 0, warnings: [], skippedCodes: [], shares: null };

  const derivation = deriveShares(read.records, materialCodes, kind === "comtrade" ? "world-row" : "sum-of-partners");
  const skippedReasons = [...read.skipped].map(([reason, n]) => `${plural(n, "row")} skipped: ${reason}.`);
  const unmapped = derivation.skippedCodes.length
    ? [`Commodity codes that belong to no material: ${listed(derivation.skippedCodes.map((c) => `${c.code} (${plural(c.rows, "row")})`), 20)}.`]
    : [];
  return {
    layout: read.layout,
    rowsRead,
    rowsSkipped: rowsRead - derivation.usedLines.size,
    warnings: [...skippedReasons, ...unmapped, ...read.extra, ...derivation.warnings],
    skippedCodes: derivation.skippedCodes.slice(0, MAX_SKIPPED_CODES),
    shares: derivation.shares.map(({ lines, ...s }) => ({ ...s, line: lines[0] ?? null })),
  };
}
