import "server-only";
// kind=baci for full yearly files (about 10 million rows, 400 MB), read by the streaming command
// (scripts/import.ts) in its own process: the file goes through once in 1 MB chunks, hashed and
// split into lines as it comes; each line is validated and, if its code is the product's, added to
// the accumulator's totals. Memory holds one chunk, one line and those totals, whatever the size.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { BaciAccumulator, baciHeaderProblem, BACI_LAYOUT, type CountryCodes } from "./baci";
import { BUILT_IN_HINT, readCountryCodes } from "./baci-read";
import { decodeText } from "./decode";
import type { ReadResult } from "./read";
import { Issues, readTable } from "./table";

/** A line longer than this is no BACI row (about 60 characters): the reading stops there. */
export const MAX_BACI_LINE_CHARS = 10_000;
const CHUNK_BYTES = 1 << 20;

export interface StreamedBaci {
  read: ReadResult;
  sha256: string;
  /** Rows with one of the product's codes. */
  rowsKept: number;
  bytes: number;
}

/** The built-in codes, overridden and extended by a country table (CEPII's country_codes_V….csv); errors say where. */
export function loadCountryCodes(file: string, base: Map<number, string>): { countries: Map<number, string>; issues: Issues } {
  const issues = new Issues();
  const decoded = decodeText(new Uint8Array(fs.readFileSync(file)), ["windows-1252"]);
  if (!decoded) {
    issues.add(1, null, "The country table is not text in UTF-8 or Latin-1.");
    return { countries: base, issues };
  }
  const table = readTable(decoded.text, issues);
  const countries = new Map(base);
  if (table) for (const [code, iso3] of readCountryCodes(table, issues)) countries.set(code, iso3);
  return { countries, issues };
}

/** Reads a BACI file line by line; the result is what the reader's worker answers for an upload. */
export async function streamBaciFile(file: string, countries: CountryCodes, hint = BUILT_IN_HINT): Promise<StreamedBaci> {
  const issues = new Issues();
  const acc = new BaciAccumulator(countries, issues, hint);
  const hash = createHash("sha256");
  const decoder = new StringDecoder("utf8");
  let header: string[] | null = null;
  let headerOk = false;
  let line = 0;
  let rest = "";
  let bytes = 0;
  let stopped = false;

  const take = (text: string) => {
    if (!header) {
      header = text.replace(/^\uFEFF/, "").split(",");
      const problem = baciHeaderProblem(header);
      if (problem) issues.add(line, null, problem);
      headerOk = !problem;
      return;
    }
    if (headerOk) acc.row(text.split(","), line);
  };

  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
    if (stopped || (header && !headerOk)) continue;
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      line++;
      const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
      if (raw.trim() !== "") take(raw);
    }
    rest = text.slice(start);
    if (rest.length > MAX_BACI_LINE_CHARS) {
      issues.add(line + 1, null, `A line is longer than ${MAX_BACI_LINE_CHARS.toLocaleString("en-US")} characters; this is no BACI file. Nothing was read further.`);
      stopped = true;
    }
  }
  rest += decoder.end();
  if (!stopped && rest.trim() !== "" && (!header || headerOk)) {
    line++;
    take(rest.replace(/\r$/, ""));
  }
  if (!header) issues.add(1, null, "The file is empty.");

  const read = headerOk ? acc.finish() : { rowsRead: 0, rowsSkipped: 0, warnings: [], skippedCodes: [], baci: null };
  return {
    read: { layout: headerOk ? BACI_LAYOUT : null, notes: [], shares: null, records: null, ...read, issues: issues.snapshot() },
    sha256: hash.digest("hex"),
    rowsKept: acc.kept,
    bytes,
  };
}
