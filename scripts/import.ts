// `npm run import -- --kind baci --file F [--country-codes C] [--dry-run] [--promote MODE] [--actor NAME]`:
// imports a full yearly CEPII BACI file (t,i,j,k,v,q; about 10 million rows, 400 MB: far past the
// upload limit) into the store (DATABASE_PATH). The file is streamed line by line in this process
// (server/import/baci-stream.ts); every line is validated first, and only then is anything
// planned, and written in one transaction with its audit row, as an upload through the API is.
// Exit 0 when imported (or previewed), 1 when the file is rejected (nothing written), 2 on misuse.
import os from "node:os";
import path from "node:path";
import { getDb } from "@/db/index";
import { builtInCountryCodes } from "@/lib/bilateral/iso-numeric";
import { PROMOTE_MODES, runReadImport, type PromoteMode } from "@/server/import/index";
import { loadCountryCodes, streamBaciFile } from "@/server/import/baci-stream";

const USAGE = "usage: npm run import -- --kind baci --file FILE [--country-codes COUNTRY_CODES.csv] [--dry-run] [--promote precedence|gaps|replace|none] [--actor NAME]";
const VALUED = ["--kind", "--file", "--country-codes", "--promote", "--actor"] as const;

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((VALUED as readonly string[]).includes(a)) {
      if (argv[i + 1] === undefined || argv[i + 1].startsWith("--")) throw new Error(`${a} needs a value`);
      out[a] = argv[++i];
    } else if (a === "--dry-run") out[a] = true;
    else throw new Error(`unknown argument "${a}"`);
  }
  return out;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const n = (x: number) => x.toLocaleString("en-US");

async function main(): Promise<number> {
  const started = process.hrtime.bigint();
  let args: Record<string, string | true>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const file = args["--file"];
  const promote = (args["--promote"] ?? "precedence") as PromoteMode;
  if (args["--kind"] !== "baci" || typeof file !== "string" || !PROMOTE_MODES.includes(promote)) {
    console.error(`${args["--kind"] && args["--kind"] !== "baci" ? "only --kind baci is streamed; import other kinds on /data or through the API\n" : ""}${USAGE}`);
    return 2;
  }

  let countries = builtInCountryCodes();
  const table = args["--country-codes"];
  if (typeof table === "string") {
    const loaded = loadCountryCodes(table, countries);
    if (loaded.issues.any) {
      for (const e of loaded.issues.first()) console.error(`${table}: line ${e.line}${e.column ? `, ${e.column}` : ""}: ${e.message}`);
      return 2;
    }
    countries = loaded.countries;
  }
  const hint = typeof table === "string" ? `neither in ${path.basename(table)} nor a built-in ISO 3166-1 or UN Comtrade code` : "ISO 3166-1 numeric or UN Comtrade's codes; give CEPII's table with --country-codes";

  const streamed = await streamBaciFile(file, countries, hint);
  const readSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const db = getDb();
  if (!db.$client.prepare("SELECT 1 FROM materials LIMIT 1").get()) {
    console.error("The store has no materials: run `npm run prepare-db` (or start the server once) first.");
    return 2;
  }
  const actor = typeof args["--actor"] === "string" ? args["--actor"] : `cli:${os.userInfo().username}`;
  const s = runReadImport(db, { kind: "baci", fileName: path.basename(file), sha256: streamed.sha256, actor, dryRun: args["--dry-run"] === true, promote }, streamed.read);
  db.$client.close();

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssKb = process.resourceUsage().maxRSS;
  console.log(`import #${s.importId} ${s.outcome}: ${path.basename(file)} (${(streamed.bytes / 1e6).toFixed(1)} MB, sha256 ${s.sha256.slice(0, 12)}…)`);
  console.log(`rows read ${n(s.rowsRead)}, kept ${n(streamed.rowsKept)} (the product's codes), skipped ${n(s.rowsSkipped)} (other codes: ${n(streamed.read.skippedCodes.length)}${streamed.read.skippedCodes.length === 100 ? "+" : ""})`);
  if (s.outcome !== "rejected") console.log(`rows ${s.outcome === "dry_run" ? "that would be " : ""}inserted ${n(s.inserted)}, updated ${n(s.updated)}, unchanged ${n(s.unchanged)}; written ${n(s.rowsWritten)}; source ${s.sourceId ?? "(created on import)"}`);
  for (const w of s.warnings) console.log(`note: ${w}`);
  if (s.outcome === "rejected") {
    console.error(`${n(s.errorCount)} error${s.errorCount === 1 ? "" : "s"}; nothing was written${s.errorCount > s.errors.length ? ` (the first ${s.errors.length} follow)` : ""}:`);
    for (const e of s.errors) console.error(`line ${e.line}${e.column ? `, column ${e.column}` : ""}: ${e.message}`);
  }
  console.log(`time ${seconds.toFixed(1)} s (reading and validating ${readSeconds.toFixed(1)} s, planning and writing ${(seconds - readSeconds).toFixed(1)} s), peak RSS ${mb(peakRssKb)}`);
  // The last line, for scripts (npm run bench:baci): the figures as JSON.
  console.log(JSON.stringify({ outcome: s.outcome, importId: s.importId, rowsRead: s.rowsRead, rowsKept: streamed.rowsKept, rowsWritten: s.rowsWritten, inserted: s.inserted, unchanged: s.unchanged, errorCount: s.errorCount, seconds, readSeconds, peakRssKb }));
  return s.outcome === "rejected" ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  },
);
