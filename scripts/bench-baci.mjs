// `npm run bench:baci [-- --rows 10000000]` (node --import tsx: it reads the product's codes from lib/): the streaming BACI command (scripts/import.ts) on
// generated, SYNTHETIC full-year files in CEPII's standard layout (t,i,j,k,v,q), never real data:
//
// 1. generates a 1M-row and a 10M-row file in os.tmpdir() with a deterministic PRNG: 200
//    countries (China, Japan, Korea, "Other Asia" 490 among them), 5,000 other HS6 codes and the
//    product's 31, about 1% of rows with one of the product's codes, quantities NA now and then;
// 2. on a freshly migrated and seeded temporary store, runs the command on each file with
//    --dry-run and then for real, and reads its figures (wall time, peak RSS from
//    process.resourceUsage() inside the command, rows) from its last line;
// 3. prints them (and writes test-results/bench-baci.json), then deletes the files and the store.
// Peak RSS should be the same at 1M and 10M rows: what the command keeps is bounded by
// countries × the product's codes, not by the file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BILATERAL_CODES } from "../lib/bilateral/codes.ts";
import { builtInCountryCodes } from "../lib/bilateral/iso-numeric.ts";
import { bin, root } from "./build-if-stale.mjs";
import { mulberry32 } from "./random.ts";

const args = process.argv.slice(2);
const big = args.includes("--rows") ? Number(args[args.indexOf("--rows") + 1]) : 10_000_000;
const SIZES = [1_000_000, big];
const PRODUCT = BILATERAL_CODES.map((c) => c.hs);


// 200 codes of the built-in table, as BACI writes them (842 USA, 251 France, 699 India, 490 Other Asia …).
const COUNTRIES = [156, 392, 410, 490, 842, 251, 699, 276, 826, 380, 36, 76, 124, 484, 643, 710, 360, 458, 608, 704, 764, 702, 344, 50, 586];
for (const c of builtInCountryCodes().keys()) {
  if (COUNTRIES.length < 200 && ![250, 356, 578, 756, 840].includes(c) && !COUNTRIES.includes(c)) COUNTRIES.push(c);
}

function generate(file, rows, seed) {
  const rand = mulberry32(seed);
  const others = Array.from({ length: 5000 }, (_, n) => String(100000 + ((n * 1543 + 7) % 899999)).padStart(6, "0")).filter((c) => !PRODUCT.includes(c));
  const fd = fs.openSync(file, "w");
  let buf = "t,i,j,k,v,q\n";
  for (let r = 0; r < rows; r++) {
    const i = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    let j = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    if (j === i) j = COUNTRIES[(COUNTRIES.indexOf(i) + 1) % COUNTRIES.length];
    const k = rand() < 0.01 ? PRODUCT[Math.floor(rand() * PRODUCT.length)] : others[Math.floor(rand() * others.length)];
    const v = (rand() * 5000).toFixed(3);
    const q = rand() < 0.05 ? "NA" : (rand() * 900).toFixed(3);
    buf += `2022,${i},${j},${k},${v},${q}\n`;
    if (buf.length > 1 << 22) {
      fs.writeSync(fd, buf);
      buf = "";
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

function run(cmd, cmdArgs, env) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${cmdArgs.join(" ")} exited ${r.status}`);
  }
  return r.stdout.trim();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-bench-baci-"));
const env = { DATABASE_PATH: path.join(dir, "bench.db") };
const results = { machine: `${process.platform} ${process.arch}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`, runs: [] };
console.log(`BACI streaming import benchmark · ${results.machine}\n`);
try {
  run(bin("tsx"), ["db/migrate.ts"], env);
  run(bin("tsx"), ["db/seed/index.ts"], env);
  for (const rows of SIZES) {
    const file = path.join(dir, `baci-synthetic-${rows}.csv`);
    const t0 = performance.now();
    const bytes = generate(file, rows, 20260601 + rows);
    console.log(`generated ${rows.toLocaleString("en-US")} rows, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    for (const dryRun of [true, false]) {
      const out = run(bin("tsx"), ["--conditions=react-server", "scripts/import.ts", "--kind", "baci", "--file", file, "--actor", "bench", ...(dryRun ? ["--dry-run"] : [])], env);
      const r = JSON.parse(out.split("\n").at(-1));
      const line = { rows, mb: Math.round(bytes / 1e6), mode: dryRun ? "dry run" : "write", outcome: r.outcome, seconds: Number(r.seconds.toFixed(1)), readSeconds: Number(r.readSeconds.toFixed(1)), peakRssMb: Math.round(r.peakRssKb / 1024), rowsKept: r.rowsKept, written: r.rowsWritten, inserted: r.inserted, unchanged: r.unchanged };
      results.runs.push(line);
      console.log(
        `  ${line.mode.padEnd(7)} ${line.outcome.padEnd(8)} ${String(line.seconds).padStart(6)} s (read ${line.readSeconds} s)  peak RSS ${String(line.peakRssMb).padStart(4)} MB  kept ${line.rowsKept.toLocaleString("en-US")} rows → ${line.inserted.toLocaleString("en-US")} to insert, ${line.written.toLocaleString("en-US")} written`,
      );
    }
    fs.rmSync(file);
  }
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  fs.writeFileSync(path.join(root, "test-results", "bench-baci.json"), JSON.stringify(results, null, 2));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
