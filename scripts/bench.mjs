// `npm run bench`: REE Monitor's speed as numbers, on a large SYNTHETIC store (never the default
// database). Reproducible by anyone with the repository:
//
//   npm run bench [-- --duration 10 --connections 16 --port 3400]
//
// 1. builds when the build is missing or stale;
// 2. generates synthetic stores of 10k, 100k and 1M trade-share rows (scripts/db-scale.ts) in data/bench/;
// 3. times the dependence query in-process on each (p50 over 300 runs) and prints the growth;
// 4. starts the production server on the 1M store and measures, with autocannon at 16 connections in
//    one run, a static file (/robots.txt, the reference), the overview with a filter, the dependence
//    API and the trade-shares CSV: requests/s, p50, p99, errors and each route's ratio to the static file;
// 5. reports the first-load JS of / and /ja (gzip sizes of the scripts their HTML references) and the LCP of /
//    in Chromium, median of 3 cold loads (a new browser each time);
// 6. on a freshly SEEDED store, what a reader waits for and what a flood costs, as one table with the
//    goal beside each figure (scripts/bench-reader.mjs): the chart's line in the page, FCP, CLS, the
//    overview's HTML weight, page and API throughput against a ~13 kB asset, the flood of distinct
//    URLs (renders/s, p99, 503 share) and the axe sweep.
// Results are printed and written to test-results/bench.json.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { bin, buildIfStale, root } from "./build-if-stale.mjs";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { firstLoadJs } from "./first-load-js.mjs";
import { readerTable } from "./bench-reader.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const DURATION = opt("duration", 10);
const CONNECTIONS = opt("connections", 16);
const PORT = opt("port", 3400);
const SCALES = [10_000, 100_000, 1_000_000];
const base = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
const results = { machine: `${process.platform} ${process.arch}, ${(await import("node:os")).cpus().length} cores, Node ${process.version}` };

function run(cmd, cmdArgs, extraEnv = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, env: { ...env, ...extraEnv }, encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${cmdArgs.join(" ")} failed`);
  }
  return r.stdout.trim();
}

console.log(`REE Monitor benchmark · ${results.machine}\n`);
buildIfStale(env);

// --- 2 and 3: synthetic stores and the dependence query -------------------------------------
// All stores first, then the timings: writing the 1M file just before timing it measures the
// disk's write-back, not the query.
const made = SCALES.map((rows) => {
  const file = path.join(root, "data", "bench", `scale-${rows}.db`);
  return { rows, file, note: run(bin("tsx"), ["scripts/db-scale.ts", "--rows", String(rows), "--out", file]).split(" in ")[0] };
});
console.log("Dependence query (rare earths, 2008–2026), in-process: median of 3 rounds of 300 runs each:");
results.query = [];
for (const { rows, file, note } of made) {
  const rounds = [0, 1, 2].map(() =>
    JSON.parse(run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-query.ts", "--db", file]).split("\n").at(-1)),
  );
  const q = rounds.sort((a, b) => a.p50 - b.p50)[1];
  results.query.push({ ...q, roundsP50: rounds.map((r) => r.p50).sort((a, b) => a - b) });
  console.log(
    `  ${String(rows).padStart(9)} rows: p50 ${q.p50.toFixed(2)} ms (rounds ${rounds.map((r) => r.p50.toFixed(2)).join(", ")}), p90 ${q.p90.toFixed(2)} ms, ${q.returned} points returned   (${note})`,
  );
}
const growth = results.query.at(-1).p50 / results.query[0].p50;
results.queryGrowth = growth;
console.log(`  growth 10k → 1M: ${growth.toFixed(2)}×   (goal: p50 < 5 ms at 1M, growth < 3×)\n`);

// --- 4: the production server on the 1M store -------------------------------------------------
const store = path.join(root, "data", "bench", `scale-${SCALES.at(-1)}.db`);
const server = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  env: { ...env, DATABASE_PATH: store, PORT: String(PORT), HOST: "127.0.0.1", ADMIN_TOKEN: "" },
  stdio: ["ignore", "pipe", "pipe"],
});
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stop);

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (server.exitCode !== null) throw new Error(`server exited:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not become healthy in 60 s");
}
await waitForHealth();

function rssKb() {
  try {
    const out = spawnSync("ps", ["-o", "rss=", "-p", String(server.pid)], { encoding: "utf8" }).stdout;
    return Number(out.trim());
  } catch {
    return null;
  }
}

// A second static reference the size of a page: the largest script chunk the overview loads.
const overviewHtml = await (await fetch(`${base}/`)).text();
let largestChunk = null;
for (const src of new Set([...overviewHtml.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))) {
  const size = (await (await fetch(base + src)).arrayBuffer()).byteLength;
  if (!largestChunk || size > largestChunk.size) largestChunk = { src, size };
}

const routes = [
  { name: "static /robots.txt (reference)", path: "/robots.txt" },
  { name: "static largest JS chunk of / (page-sized)", path: largestChunk.src },
  { name: "overview /?material=rare-earths&from=2010", path: "/?material=rare-earths&from=2010" },
  // For scale: gallium has no synthetic rows, so its page is the size of a real one.
  { name: "overview /?material=gallium&from=2010 (info)", path: "/?material=gallium&from=2010" },
  { name: "GET /api/v1/dependence", path: "/api/v1/dependence?material=rare-earths&from=2010" },
  { name: "GET /api/v1/trade-shares?format=csv", path: "/api/v1/trade-shares?material=rare-earths&from=2010&format=csv" },
];

function cannon(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers: { "accept-encoding": "gzip" } }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

console.log(`HTTP, production server on the 1M-row store, autocannon ${CONNECTIONS} connections × ${DURATION} s per route (after a 2 s warm-up):`);
results.rssBeforeKb = rssKb();
results.http = [];
for (const route of routes) {
  // The first request renders (and fills the response cache for this URL and encoding): timed alone.
  const t0 = performance.now();
  const first = await fetch(base + route.path, { headers: { "accept-encoding": "gzip" } });
  const bytes = (await first.arrayBuffer()).byteLength;
  const firstMs = performance.now() - t0;
  if (first.status !== 200) throw new Error(`${route.path} answered ${first.status}`);
  await cannon(base + route.path, 2);
  const r = await cannon(base + route.path, DURATION);
  const row = {
    route: route.name,
    path: route.path,
    bytes,
    firstMs,
    cache: first.headers.get("x-ree-cache") ?? "none",
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx, // autocannon counts timeouts among errors
  };
  results.http.push(row);
}
results.rssAfterKb = rssKb();
const ref = results.http[0].rps;
for (const row of results.http) {
  row.ratio = row.rps / ref;
  console.log(
    `  ${row.route.padEnd(42)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  ${row.ratio.toFixed(2)}× static  errors ${row.errors}  (${(row.bytes / 1024).toFixed(1)} kB; first, uncached: ${row.firstMs.toFixed(0)} ms)`,
  );
}
console.log("  (first, uncached: the one request that rendered the response; the rest are served from the response cache, dropped on any import)");
console.log(`  goal: overview and dependence API ≥ 0.5× static · server RSS ${(results.rssBeforeKb / 1024).toFixed(0)} MB before, ${(results.rssAfterKb / 1024).toFixed(0)} MB after\n`);

// --- 5: first-load JS and LCP ----------------------------------------------------------------
results.firstLoadJs = await firstLoadJs(`${base}/`);
const fl = results.firstLoadJs;
console.log(`First-load JS of /: ${fl.scripts} scripts, ${fl.rawKb.toFixed(1)} kB raw, ${fl.gzipKb.toFixed(1)} kB gzip   (goal ≤ 250 kB gzip)`);
results.firstLoadJsJa = await firstLoadJs(`${base}/ja`);
const flJa = results.firstLoadJsJa;
console.log(`First-load JS of /ja: ${flJa.scripts} scripts, ${flJa.rawKb.toFixed(1)} kB raw, ${flJa.gzipKb.toFixed(1)} kB gzip   (goal ≤ 250 kB gzip)`);

const lcps = [];
for (let i = 0; i < 3; i++) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/`, { waitUntil: "load" });
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ ms: entries.at(-1).startTime, element: entries.at(-1).element?.tagName ?? null });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  lcps.push(lcp);
  await browser.close();
}
const sorted = [...lcps].sort((a, b) => a.ms - b.ms);
results.lcp = { runsMs: lcps.map((l) => l.ms), medianMs: sorted[1].ms, element: sorted[1].element };
console.log(`LCP of / (cold browser, 3 loads): ${lcps.map((l) => l.ms.toFixed(0)).join(", ")} ms → median ${sorted[1].ms.toFixed(0)} ms (${sorted[1].element})   (goal < 1000 ms)`);

stop();

// --- 6: the reader table on the seeded store --------------------------------------------------
console.log("");
results.reader = await readerTable({ port: PORT + 1, duration: DURATION });

fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
fs.writeFileSync(path.join(root, "test-results", "bench.json"), JSON.stringify(results, null, 2));
console.log("\nWritten to test-results/bench.json");
process.exit(0);
