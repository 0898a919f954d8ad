// How soon the overview's dependence chart is in the page, from a cold browser (a new Chromium per
// load, 1280 px): when its line first exists in the DOM (a MutationObserver installed before the
// page's first byte), whether it was already in the parsed HTML at DOMContentLoaded, the first
// contentful paint, and the cumulative layout shift until the chart is interactive (hydrated and
// drawn at its measured width). Used by `npm run bench`; on its own:
//
//   node scripts/first-paint.mjs [base-url] [--loads 3] [--width 1280] [--path /]
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

/** The dependence chart's line, the mark whose arrival is measured. */
export const LINE_SELECTOR = '[data-testid="dependence-chart"] path.dependence-line';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs in the page before any of its own scripts: records the line's arrival, DOMContentLoaded and layout shifts. */
function instrument(selector) {
  const m = { lineMs: null, dclMs: null, lineAtDcl: null, cls: 0 };
  window.__firstPaint = m;
  const check = () => {
    if (m.lineMs === null && document.querySelector(selector)) m.lineMs = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => {
    m.dclMs = performance.now();
    m.lineAtDcl = document.querySelector(selector) !== null;
    check();
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
}

/** One cold load: a new browser, the page at `width` px, measured until the chart is hydrated. */
async function oneLoad(url, width, timeoutMs) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript(instrument, LINE_SELECTOR);
    await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    // Interactive: the browser has measured the chart's box and drawn it at that width.
    await page.waitForSelector('[data-testid="dependence-chart"][data-measured="true"]', { timeout: timeoutMs });
    // Two frames, so a shift caused by that drawing is laid out and reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return { ...window.__firstPaint, fcpMs: fcp ? fcp.startTime : null };
    });
  } finally {
    await browser.close();
  }
}

/**
 * `loads` cold loads of `baseUrl` + `path` (the page rendered once before, unless `warm` is false): the time until the chart's line is in the page (each
 * run and the median, ms from navigation start), the median FCP and DOMContentLoaded, whether the
 * line was in the parsed HTML at DOMContentLoaded on every run, and the worst CLS.
 */
export async function chartLineTimes(baseUrl, { loads = 3, path = "/", width = 1280, warm = true, timeoutMs = 30_000 } = {}) {
  const url = new URL(path, baseUrl).href;
  // The page as a reader usually gets it, from the response cache: one request renders it first
  // (warm: false measures the first load's render too).
  if (warm) await (await fetch(url)).arrayBuffer();
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await oneLoad(url, width, timeoutMs));
  if (runs.some((r) => r.lineMs === null)) throw new Error(`${url}: the chart's line (${LINE_SELECTOR}) never appeared`);
  return {
    runsMs: runs.map((r) => r.lineMs),
    medianMs: median(runs.map((r) => r.lineMs)),
    fcpMs: median(runs.map((r) => r.fcpMs ?? NaN)),
    dclMs: median(runs.map((r) => r.dclMs)),
    lineInHtml: runs.every((r) => r.lineAtDcl),
    cls: Math.max(...runs.map((r) => r.cls)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
  const base = args.find((a) => /^https?:/.test(a)) ?? "http://127.0.0.1:3000/";
  const width = Number(opt("width", 1280));
  const r = await chartLineTimes(base, { loads: Number(opt("loads", 3)), path: opt("path", "/"), width });
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(
    `${new URL(opt("path", "/"), base).href} at ${width} px: chart line in the page ${r.runsMs.map(ms).join(", ")} → median ${ms(r.medianMs)} (goal ≤ 300 ms); ` +
      `in the parsed HTML at DOMContentLoaded (median ${ms(r.dclMs)}): ${r.lineInHtml ? "yes" : "no"}; FCP ${ms(r.fcpMs)}; CLS ${r.cls.toFixed(4)} (goal < 0.02)`,
  );
}
