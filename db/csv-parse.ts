// Reading CSV (seed files, tests). Kept apart from `./csv.ts`, which browser code imports, because
// papaparse is ~7 kB gzip the browser never needs.

import Papa from "papaparse";
import { UTF8_BOM } from "@/lib/csv";

/** Parses CSV text with a header row into records of strings (BOM stripped, nothing coerced). */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[]; errors: Papa.ParseError[] } {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: "greedy" });
  return { fields: result.meta.fields ?? [], rows: result.data, errors: result.errors };
}
