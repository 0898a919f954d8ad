import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";

// Reads the seed CSVs directly (not through db/seed/load.ts), so tests derive expectations independently.
export function readSeedCsv(name: "sources" | "materials" | "trade_shares" | "incidents" | "projects" | "official/sources" | "official/trade_shares"): Record<string, string>[] {
  const text = fs.readFileSync(path.join(process.cwd(), "db", "seed", `${name}.csv`), "utf8").replace(/^\uFEFF/, "");
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" });
  if (result.errors.length) throw new Error(`${name}.csv: ${result.errors[0].message}`);
  return result.data;
}
