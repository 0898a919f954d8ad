import "server-only";
// Reading an uploaded file: everything an import does before it looks at what is stored. Pure (no
// database, no clock): it runs in the reader's worker thread (reader.ts), off the thread that
// serves requests, and what it answers is plain data that crosses threads. The references the
// rows are checked against (materials, sources, stored ids) are loaded by the caller.
import { builtInCountryCodes } from "@/lib/bilateral/iso-numeric";
import { readBaciTable, readBaciText, type BaciRows } from "./baci-read";
import type { MaterialCodes } from "./codes";
import { decodeText, type Encoding } from "./decode";
import type { References } from "./product-csv";
import { readNative, type NativeRows } from "./product-csv-read";
import { wrongKind } from "./sniff";
import { Issues, readTable, TABLE_LIMITS, type IssuesSnapshot, type TableLimits } from "./table";
import { readTrade, type ShareToPlan } from "./trade-read";
import type { ImportKind } from "./types";

export interface ReadInput {
  kind: ImportKind;
  bytes: Uint8Array;
  /** The reader may take `bytes`'s buffer (transferred to the worker, detached for the caller). */
  handOver?: boolean;
  /** The materials' commodity codes (kind comtrade and mof). */
  materialCodes: MaterialCodes[];
  /** Materials, sources and stored ids (kind trade_shares, incidents and projects). */
  references: References;
  limits?: TableLimits;
}

export interface ReadResult {
  layout: string | null;
  rowsRead: number;
  rowsSkipped: number;
  issues: IssuesSnapshot;
  /** How the file was decoded, when not plain UTF-8. */
  notes: string[];
  warnings: string[];
  skippedCodes: { code: string; rows: number }[];
  /** kind comtrade and mof, when the file has no error: the derived shares. */
  shares: ShareToPlan[] | null;
  /** kind trade_shares, incidents and projects, when the file has no error: the parsed rows. */
  records: NativeRows | null;
  /** kind baci, when the file has no error: the year and the rows derived from it. */
  baci?: BaciRows | null;
}

const FALLBACK_ENCODINGS: Record<ImportKind, Encoding[]> = {
  comtrade: ["windows-1252"],
  mof: ["shift_jis"],
  trade_shares: ["shift_jis"],
  incidents: ["shift_jis"],
  projects: ["shift_jis"],
  baci: ["windows-1252"],
};

const ENCODING_NAMES: Partial<Record<Encoding, string>> = {
  shift_jis: "Shift-JIS",
  "windows-1252": "Latin-1 (Windows-1252)",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
};

/** Decodes, splits, recognises and validates the file; derives the shares of a trade file. */
export function readImportFile(input: ReadInput): ReadResult {
  const issues = new Issues();
  const result = (rest: Partial<ReadResult> = {}): ReadResult => ({
    layout: null,
    rowsRead: 0,
    rowsSkipped: 0,
    notes: [],
    warnings: [],
    skippedCodes: [],
    shares: null,
    records: null,
    ...rest,
    issues: issues.snapshot(),
  });

  const decoded = decodeText(input.bytes, FALLBACK_ENCODINGS[input.kind]);
  if (!decoded) {
    issues.add(1, null, `The file is not text in UTF-8${FALLBACK_ENCODINGS[input.kind].includes("shift_jis") ? " or Shift-JIS" : ""}.`);
    return result();
  }
  const notes = ENCODING_NAMES[decoded.encoding] ? [`Read as ${ENCODING_NAMES[decoded.encoding]} text.`] : [];
  const limits = input.limits ?? TABLE_LIMITS;
  const table = input.kind === "baci" ? readBaciText(decoded.text, issues, limits) : readTable(decoded.text, issues, limits);
  if (!table) return result({ notes });

  const wrong = wrongKind(input.kind, table.header);
  if (wrong) {
    issues.add(1, null, wrong);
    return result({ notes, rowsRead: table.rows.length });
  }
  if (input.kind === "comtrade" || input.kind === "mof") {
    const { shares, ...read } = readTrade(input.kind, table, issues, input.materialCodes);
    return result({ notes, ...read, shares });
  }
  if (input.kind === "baci") {
    return result({ notes, ...readBaciTable(table, issues, builtInCountryCodes()) });
  }
  const { parsed, ...read } = readNative(input.kind, table, issues, input.references);
  return result({ notes, ...read, records: parsed });
}
