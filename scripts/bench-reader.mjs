// What a reader waits for and what a flood costs, on a freshly SEEDED store (the store readers get),
// the production server, this machine: the table of issue 15, every row measured in one run, the goal
// beside each figure. Called by `npm run bench` (scripts/bench.mjs) after the large-store rows;
// `node scripts/bench-reader.mjs [--duration 10] [--port 3460]` runs it alone.
//
// 1. time until the dependence chart's line is in the page, FCP and CLS: 3 cold loads of `/` at 1280 px
//    (a new browser each time; scripts/first-paint.mjs);
// 2. the overview HTML for PAGE_URL: raw, gzip, inline script (scripts/page-weight.mjs);
// 3. throughput of that page and of the dependence API vs. a ~13 kB JS asset of the same server,
//    autocannon at 16 connections, the three measured one after the other in this run;
// 4. the flood: renders per second when every URL is distinct, p99 and the 503 share (scripts/flood.mjs);
// 5. axe-core: serious and critical violations on every page type, in English and Japanese.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { bin, buildIfStale, root } from "./build-if-stale.mjs";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { chartLineTimes } from "./first-paint.mjs";
import { floodRound } from "./flood.mjs";
import { pageWeight } from "./page-weight.mjs";

/** The overview URL of the issue's size figures. */
export const PAGE_URL = "/?material=rare-earths&from=2005&to=2026";
const API_URL = "/api/v1/dependence?material=rare-earths&from=2005&to=2026";
/** The reference asset's size: the script chunk of `/` nearest to it. */
const ASSET_BYTES = 13 * 1024;
/** The pages the axe sweep opens (English paths; each also under /ja). States are swept by e2e/a11y.spec.ts. */
const AXE_PATHS = ["/", PAGE_URL, "/materials", "/incidents", "/incidents/{incident}", "/projects", "/projects/{project}", "/sources", "/changes", "/data", "/accessibility", "/embed/dependence", "/no-such-page"];

/** The figures of the issue as filed (2026-12-01), for the "before" column. */
const BEFORE = {
  chartLineMs: "830–900",
  fcpMs: "90–300",
  html: "238 kB raw, 43 kB gzip (140 kB inline script)",
  pageRatio: "0.08×",
  apiRatio: "0.41×",
  flood: "65/s, p99 21 s",
  axe: "3 pages' worth: / 2 nodes, /sources 7 nodes",
};

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

function cannon(url, { connections, duration }) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration, headers: { "accept-encoding": "gzip" } }, (err, r) => (err ? reject(err) : resolve(r))),
  );
}

/** Starts the production server on a freshly seeded temporary store; resolves when it listens. */
async function startSeededServer(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-bench-reader-"));
  const file = path.join(dir, "seeded.db");
  const seeded = spawnSync(bin("tsx"), ["db/seed/index.ts"], { cwd: root, env: { ...env, DATABASE_PATH: file }, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(seeded.stderr);
  const server = spawn(process.execPath, ["server.mjs"], {
    cwd: root,
    env: { ...env, DATABASE_PATH: file, PORT: String(port), HOST: "127.0.0.1", ADMIN_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stderr.on("data", (d) => (log += d));
  await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => String(d).includes("REE Monitor on") && resolve());
    server.once("exit", () => reject(new Error(`server exited:\n${log}`)));
  });
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { stop };
}

/** The script chunk of `/` whose size is nearest to ASSET_BYTES. */
async function referenceAsset(base) {
  const html = await (await fetch(`${base}/`)).text();
  let best = null;
  for (const src of new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))) {
    const size = (await (await fetch(base + src)).arrayBuffer()).byteLength;
    if (!best || Math.abs(size - ASSET_BYTES) < Math.abs(best.size - ASSET_BYTES)) best = { src, size };
  }
  return best;
}

/**
 * The stress test's round 3 as the issue measured it (2026-12-01): overview URLs made distinct by
 * an unknown parameter (`&nocache=N`). Each is now sent to its canonical URL (302), whose page is
 * rendered once and then served from the cache: what such a flood costs today.
 */
async function noiseFlood(base, { connections, duration }) {
  const materials = ["rare-earths", "graphite", "gallium", "germanium", "dysprosium", "permanent-magnets"];
  const pathOf = (n) => `/?material=${materials[n % materials.length]}&from=${2008 + (n % 10)}&nocache=${n}`;
  const r = await floodRound({ base, connections, duration, pathOf });
  // Here a 302 (to the canonical URL) is the expected answer and a 503 is not: floodRound counts the other way round.
  return { perSec: r.requests / duration, p99: r.p99, statuses: r.statuses, errors: r.errors - (r.statuses["302"] ?? 0) + (r.statuses["503"] ?? 0) };
}

/** Serious and critical axe violations on every page of AXE_PATHS, in both languages. */
async function axeSweep(base) {
  const incident = (await (await fetch(`${base}/api/v1/incidents?material=all`)).json()).data?.[0]?.id ?? 1;
  const project = (await (await fetch(`${base}/api/v1/projects?material=all`)).json()).data?.[0]?.id ?? 1;
  const paths = AXE_PATHS.map((p) => p.replace("{incident}", String(incident)).replace("{project}", String(project)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const pages = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const p of paths.flatMap((p) => [p, p === "/" ? "/ja" : `/ja${p}`])) {
      const page = await context.newPage();
      await page.goto(base + p, { waitUntil: "load" });
      // The cards in view fetch after hydration; scan once they settle (a page that keeps fetching is scanned as it is).
      await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      pages.push({ path: p, serious: bad.reduce((n, v) => n + v.nodes.length, 0), rules: bad.map((v) => `${v.id} (${v.nodes.length})`) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { pages, nodes: pages.reduce((n, p) => n + p.serious, 0) };
}

/** Measures the whole table; prints it and returns the figures. */
export async function readerTable({ port = 3460, duration = 10 } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const server = await startSeededServer(port);
  try {
    console.log(`Reader figures: production server on a freshly seeded store (${base}):`);
    const paint = await chartLineTimes(`${base}/`, { loads: 3 });
    const weight = await pageWeight(base + PAGE_URL);

    console.log(`  chart line ${paint.medianMs.toFixed(0)} ms · HTML ${weight.rawKb} kB raw, ${weight.gzipKb} kB gzip`);
    const asset = await referenceAsset(base);
    const rates = {};
    for (const [name, url] of [["asset", asset.src], ["page", PAGE_URL], ["api", API_URL]]) {
      const first = await fetch(base + url, { headers: { "accept-encoding": "gzip" } });
      if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
      await first.arrayBuffer();
      await cannon(base + url, { connections: 16, duration: 2 });
      const r = await cannon(base + url, { connections: 16, duration });
      rates[name] = { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
    }
    const pageRatio = rates.page.rps / rates.asset.rps;
    const apiRatio = rates.api.rps / rates.asset.rps;

    const axe = await axeSweep(base);
    // Last: the flood leaves renders queued for a few seconds after it stops.
    const noise = await noiseFlood(base, { connections: 200, duration: Math.max(duration, 15) });
    const flood = await floodRound({ base, connections: 200, duration: Math.max(duration, 15) });

    const ms = (v) => `${Math.round(v)} ms`;
    const rows = [
      ["dependence chart's line in the page (median of 3 cold loads)", BEFORE.chartLineMs + " ms", `${ms(paint.medianMs)} (${paint.runsMs.map(Math.round).join(", ")})`, "≤ 300 ms", paint.medianMs <= 300],
      ["first contentful paint (median)", BEFORE.fcpMs + " ms", ms(paint.fcpMs), "—", null],
      ["layout shift after hydration (CLS, 1280 px)", "—", paint.cls.toFixed(3), "< 0.02", paint.cls < 0.02],
      [`overview HTML ${PAGE_URL}`, BEFORE.html, `${weight.rawKb.toFixed(1)} kB raw, ${weight.gzipKb.toFixed(1)} kB gzip (${weight.inlineScriptKb.toFixed(1)} kB inline script)`, "≤ 120 kB raw, ≤ 25 kB gzip", weight.rawKb <= 120 && weight.gzipKb <= 25],
      [`that page vs. a ${(asset.size / 1024).toFixed(1)} kB JS asset (16 connections)`, BEFORE.pageRatio, `${pageRatio.toFixed(2)}× (${rates.page.rps.toFixed(0)} vs ${rates.asset.rps.toFixed(0)} req/s)`, "≥ 0.2×", pageRatio >= 0.2],
      ["dependence API vs. that asset", BEFORE.apiRatio, `${apiRatio.toFixed(2)}× (${rates.api.rps.toFixed(0)} req/s)`, "≥ 0.6×", apiRatio >= 0.6],
      [
        "flood as the issue's round 3: URLs distinct by an unknown parameter (200 connections)",
        BEFORE.flood,
        `${noise.perSec.toFixed(0)}/s answered (${Object.entries(noise.statuses).map(([c, k]) => `${k} × ${c}`).join(", ")}), p99 ${ms(noise.p99)}, other errors ${noise.errors}`,
        "≥ 150/s, p99 ≤ 2 s",
        noise.perSec >= 150 && noise.p99 <= 2000 && noise.errors === 0,
      ],
      [
        "flood: every canonical URL distinct, each one a render (200 connections)",
        "—",
        `${flood.rendersPerSec.toFixed(0)}/s answered, p99 ${ms(flood.p99)}, 503 share ${(flood.share503 * 100).toFixed(1)}%, other errors ${flood.errors}`,
        "≥ 150/s, p99 ≤ 2 s",
        flood.rendersPerSec >= 150 && flood.p99 <= 2000,
      ],
      [`axe serious/critical nodes, ${axe.pages.length} pages (en + ja)`, BEFORE.axe, `${axe.nodes}${axe.nodes ? `: ${axe.pages.filter((p) => p.serious).map((p) => `${p.path} ${p.rules.join(", ")}`).join("; ")}` : ""}`, "0", axe.nodes === 0],
    ];
    console.log("");
    console.log("| measure | before | now | goal | met |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const [measure, before, now, goal, met] of rows) console.log(`| ${measure} | ${before} | ${now} | ${goal} | ${met === null ? "—" : met ? "yes" : "NO"} |`);
    return { paint, weight, asset, rates, pageRatio, apiRatio, noise, flood, axe, rows: rows.map(([measure, before, now, goal, met]) => ({ measure, before, now, goal, met })) };
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
  buildIfStale(env);
  const results = await readerTable({ port: opt("port", 3460), duration: opt("duration", 10) });
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  fs.writeFileSync(path.join(root, "test-results", "bench-reader.json"), JSON.stringify(results, null, 2));
  process.exit(0);
}
