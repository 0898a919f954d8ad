// `npm run test:stress`: the load test (about three minutes, so not part of `npm test` or CI).
//
// Starts the production server (server.mjs) on a freshly seeded database of its own and runs:
//   rounds 1 and 2: 200 concurrent connections for 30 s each over a mix of overview pages and API
//     requests with 24 different filters (requested once first). Pass: 0 errors (connection
//     errors, timeouts, non-2xx) in both, and the server's RSS after round 2 within 20% of after
//     round 1 (memory stable, not growing with traffic);
//   round 3, the flood: every request a different valid overview URL (scripts/flood.mjs), so each
//     is a render or a 503 from admission control. Reports renders/s (2xx), p50, p99 and the 503
//     share; pass: ≥ 150 renders/s, p99 ≤ 2 s, no error other than 503;
//   round 4, parameter noise: unknown, duplicate, reordered and invalid variants of 6 overview
//     URLs. Pass: every answer a 302 to the canonical URL, none rendered (the server's render
//     counter, printed on SIGUSR2), and, following the redirects, at most one render per
//     canonical URL, the rest served from the cache;
//   round 5, wrong admin tokens: pass when the first 10 (REE_ADMIN_MAX_FAILURES) get 401 and the next 429
//     with Retry-After, a correct token included.
//
//   npm run test:stress [-- --duration 30 --connections 200 --port 3450]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { bin, buildIfStale, root } from "./build-if-stale.mjs";
import { floodChecks, floodRound } from "./flood.mjs";
import { canonicalUrl, urlOf } from "../http/canonical.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const DURATION = opt("duration", 30);
const CONNECTIONS = opt("connections", 200);
const PORT = opt("port", 3450);
const base = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
const ADMIN_TOKEN = `stress-${Math.random().toString(36).slice(2)}-token`;
// The failed-token limit of the stress server (config/env.mjs REE_ADMIN_MAX_FAILURES; the default is lib/limits.ts's).
const ADMIN_MAX_FAILURES = 10;

buildIfStale(env);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-stress-"));
const file = path.join(dir, "stress.db");
const seeded = spawnSync(bin("tsx"), ["db/seed/index.ts"], { cwd: root, env: { ...env, DATABASE_PATH: file }, encoding: "utf8" });
if (seeded.status !== 0) throw new Error(seeded.stderr);

const server = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  env: { ...env, DATABASE_PATH: file, PORT: String(PORT), HOST: "localhost", ADMIN_TOKEN, REE_ADMIN_MAX_FAILURES: String(ADMIN_MAX_FAILURES) },
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => {
  if (server.exitCode === null) server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});
/** @type {((line: string) => void)[]} */
const statsWaiters = [];
let pendingOut = "";
server.stdout.on("data", (d) => {
  pendingOut += String(d);
  const lines = pendingOut.split("\n");
  pendingOut = lines.pop() ?? "";
  for (const line of lines) if (line.startsWith("ree-stats ")) statsWaiters.shift()?.(line.slice("ree-stats ".length));
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("REE Monitor on") && resolve());
  server.once("exit", () => reject(new Error("server exited")));
});
/** The server's counters (renders, redirects, rejected, …), printed on SIGUSR2. */
function serverStats() {
  return new Promise((resolve) => {
    statsWaiters.push((line) => resolve(JSON.parse(line)));
    server.kill("SIGUSR2");
  });
}

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
for (const p of paths) await fetch(base + p, { headers: { "accept-encoding": "gzip" } }).then((r) => r.arrayBuffer());
const cycle = paths.map((p) => ({ method: "GET", path: p }));
const r1 = await round("round 1 (overview + API, 24 filters)", cycle);
const r2 = await round("round 2 (same)", cycle);

// Round 3: the flood of distinct URLs.
const beforeFlood = await serverStats();
const r3 = await floodRound({ base, connections: CONNECTIONS, duration: DURATION });
const afterFlood = await serverStats();
console.log(
  `  ${"round 3, flood: every overview URL distinct".padEnd(44)} ${String(r3.requests).padStart(7)} answers  ${r3.rendersPerSec.toFixed(0).padStart(5)} renders/s  p50 ${r3.p50} ms  p99 ${r3.p99} ms  503 share ${(r3.share503 * 100).toFixed(1)}%  other errors ${r3.errors}  statuses ${JSON.stringify(r3.statuses)}`,
);
console.log(`    server: ${afterFlood.renders - beforeFlood.renders} renders, ${afterFlood.rejectedFull - beforeFlood.rejectedFull} refused (queue full), ${afterFlood.rejectedTimeout - beforeFlood.rejectedTimeout} refused (waited too long), ${afterFlood.abandoned - beforeFlood.abandoned} left while queued`);

// Round 4: parameter noise around 6 canonical URLs.
const bases = materials.map((m, i) => `/?material=${m}&from=${2008 + i}`);
for (const b of bases) await fetch(base + b).then((r) => r.arrayBuffer());
/** The n-th noisy variant: unknown, duplicate, reordered or invalid parameters. @param {number} n */
function noisy(n) {
  const b = bases[n % bases.length];
  const [m, from] = [materials[n % materials.length], 2008 + (n % materials.length)];
  switch (Math.floor(n / bases.length) % 4) {
    case 0:
      return `${b}&utm_source=stress&nocache=${n}`;
    case 1:
      return `/?from=${from}&x${n}=1&material=${m}`;
    case 2:
      return `${b}&window=3&window=${n}`;
    default:
      return `${b}&to=not-a-year-${n}`;
  }
}
const beforeNoise = await serverStats();
let k = 0;
const r4 = await new Promise((resolve, reject) =>
  autocannon(
    { url: base, connections: CONNECTIONS, duration: Math.max(5, Math.round(DURATION / 3)), timeout: 30, requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: noisy(k++) }) }] },
    (err, r) => (err ? reject(err) : resolve(r)),
  ),
);
const afterNoise = await serverStats();
const noiseStatuses = Object.fromEntries(Object.entries(r4.statusCodeStats ?? {}).map(([c, s]) => [c, s.count]));
const noiseRenders = afterNoise.renders - beforeNoise.renders;
console.log(
  `  ${"round 4, parameter noise (6 URLs)".padEnd(44)} ${String(r4.requests.total).padStart(7)} requests  ${r4.requests.average.toFixed(0).padStart(5)} req/s  p50 ${r4.latency.p50} ms  p99 ${r4.latency.p99} ms  statuses ${JSON.stringify(noiseStatuses)}  renders ${noiseRenders}`,
);
// Following the redirects: at most one render per canonical URL, the rest from the cache.
const sample = Array.from({ length: 240 }, (_, i) => noisy(i * 7 + 3));
const targets = new Set(sample.map((u) => urlOf(canonicalUrl(u))));
const beforeFollow = await serverStats();
/** @type {Record<string, number>} */
const how = {};
let followedOk = 0;
for (let i = 0; i < sample.length; i += 8) {
  await Promise.all(
    sample.slice(i, i + 8).map(async (u) => {
      const res = await fetch(base + u, { headers: { "accept-encoding": "gzip" } });
      await res.arrayBuffer();
      if (res.status === 200) followedOk++;
      const h = res.headers.get("x-ree-cache") ?? "none";
      how[h] = (how[h] ?? 0) + 1;
    }),
  );
}
const followRenders = (await serverStats()).renders - beforeFollow.renders;
console.log(`    following the redirects of ${sample.length} noisy URLs (${targets.size} canonical URLs): ${followedOk} answered 200, ${followRenders} renders, x-ree-cache ${JSON.stringify(how)}`);

// Round 5: wrong admin tokens from one client.
/** @type {{ status: number, retryAfter: string | null }[]} */
const attempts = [];
for (let i = 0; i < ADMIN_MAX_FAILURES + 5; i++) {
  const res = await fetch(`${base}/api/v1/imports/whoami`, { headers: { authorization: `Bearer wrong-guess-${i}-0123456789` } });
  await res.arrayBuffer();
  attempts.push({ status: res.status, retryAfter: res.headers.get("retry-after") });
}
const right = await fetch(`${base}/api/v1/imports/whoami`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
await right.arrayBuffer();
const first429 = attempts.findIndex((a) => a.status === 429);
console.log(
  `  ${"round 5, wrong admin tokens".padEnd(44)} ${attempts.length} wrong: ${attempts.filter((a) => a.status === 401).length} × 401 then ${attempts.filter((a) => a.status === 429).length} × 429 (Retry-After ${attempts[first429]?.retryAfter ?? "none"} s); then the right token: ${right.status}`,
);

const growth = (r2.afterMb - r1.afterMb) / r1.afterMb;
const checks = [
  [`round 1: 0 errors (${r1.errors})`, r1.errors === 0],
  [`round 2: 0 errors (${r2.errors})`, r2.errors === 0],
  [`RSS stable: ${r1.afterMb.toFixed(0)} MB after round 1 → ${r2.afterMb.toFixed(0)} MB after round 2 (${(growth * 100).toFixed(1)}%, limit 20%)`, growth < 0.2],
  ...floodChecks(r3),
  [`noise: every answer a 302 to the canonical URL (${JSON.stringify(noiseStatuses)}, ${r4.errors} errors)`, Object.keys(noiseStatuses).every((c) => c === "302") && r4.errors === 0 && r4.timeouts === 0],
  [`noise: no render for the noisy URLs themselves (${noiseRenders})`, noiseRenders === 0],
  [`noise, following the redirects: ${followedOk}/${sample.length} answered 200 with ${followRenders} renders for ${targets.size} canonical URLs`, followedOk === sample.length && followRenders <= targets.size],
  [`admin: ${ADMIN_MAX_FAILURES} wrong tokens answered 401, then 429 with Retry-After`, first429 === ADMIN_MAX_FAILURES && attempts.slice(first429).every((a) => a.status === 429 && Number(a.retryAfter) > 0)],
  [`admin: the right token is refused too during the lockout (${right.status})`, right.status === 429],
];
for (const [label, ok] of checks) console.log(`${ok ? "✓" : "✘"} ${label}`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
