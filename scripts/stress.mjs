// `npm run test:stress`: the load test (about two minutes, so not part of `npm test` or CI).
//
// Starts the production server (server.mjs) on a freshly seeded database of its own and sends
// 200 concurrent connections for 30 s, twice, over a mix of overview pages and API requests with
// 24 different filters. Passes when both rounds have 0 errors (connection errors, timeouts and
// non-2xx answers) and the server's RSS after the second round is within 20% of after the first
// (memory stable, not growing with traffic). Then, for information only, a third round in which
// every overview request has a distinct URL (nothing can be served from the response cache).
//
//   npm run test:stress [-- --duration 30 --connections 200 --port 3450]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { bin, buildIfStale, root } from "./build-if-stale.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const DURATION = opt("duration", 30);
const CONNECTIONS = opt("connections", 200);
const PORT = opt("port", 3450);
const base = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

buildIfStale(env);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-stress-"));
const file = path.join(dir, "stress.db");
const seeded = spawnSync(bin("tsx"), ["db/seed/index.ts"], { cwd: root, env: { ...env, DATABASE_PATH: file }, encoding: "utf8" });
if (seeded.status !== 0) throw new Error(seeded.stderr);

const server = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  env: { ...env, DATABASE_PATH: file, PORT: String(PORT), HOST: "127.0.0.1", ADMIN_TOKEN: "" },
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => {
  if (server.exitCode === null) server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("REE Monitor on") && resolve());
  server.once("exit", () => reject(new Error("server exited")));
});

const rssMb = () => Number(spawnSync("ps", ["-o", "rss=", "-p", String(server.pid)], { encoding: "utf8" }).stdout.trim()) / 1024;

const materials = ["rare-earths", "graphite", "gallium", "germanium", "dysprosium", "permanent-magnets"];
const froms = [2008, 2012, 2016, 2020];
const paths = [];
for (const [i, m] of materials.entries()) {
  for (const from of froms.slice(0, 2)) paths.push(`/?material=${m}&from=${from + (i % 2)}`);
  paths.push(`/api/v1/dependence?material=${m}&from=${froms[i % 4]}`);
  paths.push(`/api/v1/incidents?material=${m}&severity=${1 + (i % 5)}`);
}

function round(name, requests) {
  return new Promise((resolve, reject) => {
    let peak = rssMb();
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 1000);
    autocannon(
      { url: base, connections: CONNECTIONS, duration: DURATION, timeout: 30, requests, headers: { "accept-encoding": "gzip" } },
      (err, r) => {
        clearInterval(sampler);
        if (err) return reject(err);
        const errors = r.errors + r.non2xx; // autocannon counts timeouts among errors
        const row = { name, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors, peakMb: peak, afterMb: rssMb() };
        console.log(
          `  ${name.padEnd(44)} ${String(row.requests).padStart(7)} requests  ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${errors} (non-2xx ${r.non2xx}, timeouts ${r.timeouts})  RSS peak ${peak.toFixed(0)} MB, after ${row.afterMb.toFixed(0)} MB`,
        );
        resolve(row);
      },
    );
  });
}

const before = rssMb();
console.log(`Load: ${CONNECTIONS} connections × ${DURATION} s per round, ${paths.length} URLs (overview pages and API), server RSS before: ${before.toFixed(0)} MB`);
const cycle = paths.map((p) => ({ method: "GET", path: p }));
const r1 = await round("round 1 (overview + API, 24 filters)", cycle);
const r2 = await round("round 2 (same)", cycle);
let n = 0;
const r3 = await round("round 3, info: every overview URL distinct", [
  { method: "GET", setupRequest: (req) => ({ ...req, path: `/?material=${materials[n % materials.length]}&from=${2008 + (n % 10)}&nocache=${n++}` }) },
]);

const growth = (r2.afterMb - r1.afterMb) / r1.afterMb;
const checks = [
  [`round 1: 0 errors (${r1.errors})`, r1.errors === 0],
  [`round 2: 0 errors (${r2.errors})`, r2.errors === 0],
  [`RSS stable: ${r1.afterMb.toFixed(0)} MB after round 1 → ${r2.afterMb.toFixed(0)} MB after round 2 (${(growth * 100).toFixed(1)}%, limit 20%)`, growth < 0.2],
];
for (const [label, ok] of checks) console.log(`${ok ? "✓" : "✘"} ${label}`);
console.log(`(round 3 is information: ${r3.errors} errors, p99 ${r3.p99} ms when nothing is cached)`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
