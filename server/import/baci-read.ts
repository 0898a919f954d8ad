import "server-only";
// kind=baci through the API: a file under the upload limit, already split by table.ts in the
// reader's worker, fed row by row to the accumulator; and the country-codes table CEPII ships
// beside each BACI release (country_code,country_name,country_iso2,country_iso3), which the
// streaming command takes with --country-codes to override and extend the built-in codes.
import { clip } from "@/lib/imports";
import { BaciAccumulator, baciHeaderProblem, BACI_LAYOUT, type BaciRead, type CountryCodes } from "./baci";
import { headerKey, Issues, readTable, type Table, type TableLimits } from "./table";

export type { BaciRows } from "./baci";

/** Where an API import's unknown country code could be found instead. */
export const BUILT_IN_HINT = "ISO 3166-1 numeric or UN Comtrade's codes; for others, import with `npm run import -- --kind baci --country-codes …`";

/** Where a full yearly file goes when it passes an upload limit. */
export const FULL_YEAR_HINT = "A full BACI year goes through the streaming command: npm run import -- --kind baci --file FILE --country-codes country_codes_V….csv.";

/** table.ts's reading, with the way out added to the limit that stopped it (a full BACI year is ten million rows). */
export function readBaciText(text: string, issues: Issues, limits: TableLimits): Table | null {
  const own = new Issues();
  const table = readTable(text, own, limits);
  const { first, count } = own.snapshot();
  const stop = table ? -1 : first.length - 1;
  issues.absorb({ count, first: first.map((i, n) => (n === stop && /limit/.test(i.message) ? { ...i, message: `${i.message} ${FULL_YEAR_HINT}` } : i)) });
  return table;
}

export function readBaciTable(table: Table, issues: Issues, countries: CountryCodes): BaciRead & { layout: string | null } {
  const problem = baciHeaderProblem(table.header);
  if (problem) {
    issues.add(1, null, problem);
    return { layout: null, rowsRead: table.rows.length, rowsSkipped: 0, skippedCodes: [], warnings: [], baci: null };
  }
  const acc = new BaciAccumulator(countries, issues, BUILT_IN_HINT);
  for (const row of table.rows) acc.row(row.cells, row.line);
  return { layout: BACI_LAYOUT, ...acc.finish() };
}

const COUNTRY_COLUMNS = ["country_code", "country_name", "country_iso2", "country_iso3"] as const;

/**
 * CEPII's country table → numeric code → alpha-3 (as the table writes it: S19 for "Other Asia,
 * n.e.s.", R20 … for groupings). country_code and country_iso3 are required, the other two columns
 * optional; a blank alpha-3 is a code with no country (its flows count in totals only).
 */
export function readCountryCodes(table: Table, issues: Issues): Map<number, string> {
  const keys = table.header.map(headerKey);
  const unknown = keys.filter((k) => !(COUNTRY_COLUMNS as readonly string[]).includes(k));
  const code = keys.indexOf("country_code");
  const iso3 = keys.indexOf("country_iso3");
  const out = new Map<number, string>();
  if (code < 0 || iso3 < 0 || unknown.length) {
    issues.add(1, null, `The country table must have the columns ${COUNTRY_COLUMNS.join(",")} (CEPII's country_codes_V….csv); found "${clip(table.header.join(","))}".`);
    return out;
  }
  for (const row of table.rows) {
    const c = (row.cells[code] ?? "").trim();
    const a = (row.cells[iso3] ?? "").trim().toUpperCase();
    if (!/^\d{1,4}$/.test(c)) issues.add(row.line, "country_code", `The country code must be a number; found "${clip(c)}".`);
    else if (a !== "" && !/^[A-Z0-9]{3}$/.test(a)) issues.add(row.line, "country_iso3", `The alpha-3 code must be 3 letters or digits; found "${clip(a)}".`);
    else if (out.has(Number(c)) && out.get(Number(c)) !== a) issues.add(row.line, "country_code", `Country code ${Number(c)} is listed twice, as ${out.get(Number(c)) || "blank"} and ${a || "blank"}.`);
    else out.set(Number(c), a);
  }
  return out;
}
