import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

// Floods cost nothing (issue 15): a second production server of its own, on its own seeded store,
// with a low render cap (one render at a time, two waiting, 400 ms at most in the queue) and a low
// failed-token limit (3), so the test can see admission control and the 429 at work. The filter
// notice after a canonical redirect is checked on the shared e2e server, in both languages.

const PORT = Number(process.env.E2E_PORT) || 3100;
const OWN_PORT = PORT + 2000;
const OWN = `http://127.0.0.1:${OWN_PORT}`;
const TOKEN = "flood-admin-token-0123456789";
const MAX_FAILURES = 3;
const SHOTS = "test-results/flood";

let server: ChildProcess;
let dir: string;
const statsWaiters: ((line: string) => void)[] = [];

/** The server's counters (renders, redirects, rejected, …): `kill -USR2` prints them on stdout. */
function stats(): Promise<{ renders: number; redirects: number; rejected: number }> {
  return new Promise((resolve) => {
    statsWaiters.push((line) => resolve(JSON.parse(line)));
    server.kill("SIGUSR2");
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-flood-"));
  const file = path.join(dir, "flood.db");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const, DATABASE_PATH: file };
  const seeded = spawnSync("node_modules/.bin/tsx", ["db/seed/index.ts"], { env, encoding: "utf8" });
  expect(seeded.status, seeded.stderr).toBe(0);
  server = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...env,
      PORT: String(OWN_PORT),
      // "localhost", as Next writes its proxy's rewrites (with 127.0.0.1, Next sends the rewrite of
      // every English page back over HTTP as to another host, and next-intl answers it 307).
      HOST: "localhost",
      ADMIN_TOKEN: TOKEN,
      REE_MAX_RENDERS: "1",
      REE_RENDER_QUEUE: "2",
      REE_RENDER_QUEUE_TIMEOUT_MS: "400",
      REE_ADMIN_MAX_FAILURES: String(MAX_FAILURES),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let pending = "";
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (d: Buffer) => {
      pending += String(d);
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.includes("REE Monitor on")) resolve();
        if (line.startsWith("ree-stats ")) statsWaiters.shift()?.(line.slice("ree-stats ".length));
      }
    });
    server.once("exit", (code) => reject(new Error(`the flood test's server exited (${code})`)));
  });
});

test.afterAll(() => {
  if (server?.exitCode === null) server.kill("SIGTERM");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const distinct = (n: number) => `/?material=graphite&from=${1995 + (n % 20)}&to=${2016 + Math.floor(n / 20)}`;

test.describe("floods", () => {
  test("a burst of distinct uncached URLs: some 503 with Retry-After at once, every request answered", async () => {
    // A fresh server loads the page's modules on its first render, holding its event loop: warm it first.
    await expect.poll(async () => (await fetch(`${OWN}/?material=graphite`)).status, { timeout: 30_000 }).toBe(200);
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        const t0 = Date.now();
        const res = await fetch(OWN + distinct(n), { signal: AbortSignal.timeout(20_000) });
        const body = await res.text();
        return { status: res.status, retryAfter: res.headers.get("retry-after"), type: res.headers.get("content-type"), ms: Date.now() - t0, body };
      }),
    );
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.every((a) => a.status === 200 || a.status === 503), JSON.stringify(answers.map((a) => a.status))).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    // One render at a time and two waiting: most of a burst of 40 is refused.
    expect(refused.length).toBeGreaterThan(20);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.type).toContain("text/html");
      expect(r.body).toContain("The server is busy");
    }
    // Refused at once (queue full) or after the queue timeout of 400 ms, never held for long (the bound
    // leaves room for a loaded test machine, where one render holds the event loop for a second or more).
    expect(Math.max(...refused.map((r) => r.ms))).toBeLessThan(5_000);
    expect(Date.now() - started).toBeLessThan(20_000);
    // The API's 503 is JSON, like its other errors; Japanese pages get Japanese words.
    const api = await Promise.all(Array.from({ length: 12 }, (_, n) => fetch(`${OWN}/api/v1/dependence?material=gallium&from=${1995 + n}`)));
    const apiRefused = api.find((r) => r.status === 503);
    if (apiRefused) expect(await apiRefused.json()).toMatchObject({ error: { code: "overloaded" } });
    const ja = await Promise.all(Array.from({ length: 12 }, (_, n) => fetch(`${OWN}/ja?material=germanium&from=${1995 + n}`)));
    const jaRefused = ja.find((r) => r.status === 503);
    expect(jaRefused, "a Japanese page refused").toBeTruthy();
    expect(await jaRefused!.text()).toContain("アクセスが集中");
  });

  test("noise variants of a URL redirect to one canonical URL, rendered once", async () => {
    const canonical = "/?material=dysprosium&from=2011&to=2021";
    await expect.poll(async () => (await fetch(OWN + canonical)).status, { timeout: 15_000 }).toBe(200);
    const variants = [
      "/?to=2021&from=2011&material=dysprosium",
      `${canonical}&nocache=1`,
      `${canonical}&utm_source=mail&utm_campaign=x`,
      "/?material=dysprosium&from=2011&to=2021&window=4&window=9&view=share&view=value&v=0",
      "/?material=dysprosium&to=2021&from=2011&nocache=2&nocache=3",
    ];
    const before = await stats();
    for (const v of variants) {
      const first = await fetch(OWN + v, { redirect: "manual" });
      expect(first.status, v).toBe(302);
      const location = first.headers.get("location")!;
      const landed = await fetch(OWN + location);
      expect(landed.status, v).toBe(200);
      if (location === canonical) expect(landed.headers.get("x-ree-cache"), v).toMatch(/^(hit|shared)$/);
    }
    const after = await stats();
    // Only the URL with the window and view of its own (a different page) renders: once.
    expect(after.renders - before.renders).toBeLessThanOrEqual(1);
    expect(after.redirects - before.redirects).toBe(variants.length);
  });

  test("wrong admin tokens: 401, then 429 with Retry-After after K, the right token refused too; x-ree-client cannot be forged", async () => {
    const whoami = (token?: string, headers: Record<string, string> = {}) =>
      fetch(`${OWN}/api/v1/imports/whoami`, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    expect((await whoami(TOKEN)).status).toBe(200);
    // A missing token is not a guess.
    for (let i = 0; i < MAX_FAILURES + 2; i++) expect((await whoami()).status).toBe(401);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await whoami(`guess-${i}-0123456789`)).status).toBe(401);
    const limited = await whoami("guess-x-0123456789");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "too_many_requests" } });
    expect((await whoami(TOKEN)).status).toBe(429);
    // The client's name is the socket's: a forged header or X-Forwarded-For (no trusted proxy) changes nothing.
    expect((await whoami(TOKEN, { "x-ree-client": "203.0.113.9", "x-forwarded-for": "203.0.113.10" })).status).toBe(429);
    // The import endpoint itself is behind the same lock.
    const post = await fetch(`${OWN}/api/v1/imports?kind=trade_shares`, { method: "POST", body: "id\n", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(post.status).toBe(429);
  });
});

test.describe("the notice after a canonical redirect", () => {
  test("English: a bad year and noise → the canonical URL, and the notice names what was ignored", async ({ page }) => {
    await page.goto("/?from=abc&material=unobtainium&nocache=7");
    await expect(page).toHaveURL(/\?material=unobtainium&ignored=from:not_year$/);
    const notice = page.getByTestId("filter-notice");
    await expect(notice).toContainText("from ignored (not a four-digit year)");
    await expect(notice).toContainText("unobtainium");
    await notice.screenshot({ path: `${SHOTS}/notice-en.png` });
    // A change of filter clears the notice, marker included.
    await page.getByTestId("material-filter").selectOption("graphite");
    await expect(notice).toHaveCount(0);
    await expect(page).not.toHaveURL(/ignored=/);
  });

  test("Japanese: the notice names the parameter in Japanese, never its value", async ({ page }) => {
    await page.goto("/ja?to=%3Cb%3E9999&window=77");
    await expect(page).toHaveURL(/\/ja\?ignored=to:not_year,window:invalid$/);
    const notice = page.getByTestId("filter-notice");
    await expect(notice).toContainText("toは無視しました");
    await expect(notice).toContainText("windowは無視しました");
    await expect(notice).not.toContainText("9999");
    await notice.screenshot({ path: `${SHOTS}/notice-ja.png` });
  });

  test("the incidents list keeps its notice too", async ({ page }) => {
    await page.goto("/incidents?severity=9&category=military,nope");
    await expect(page).toHaveURL(/\/incidents\?category=military&ignored=category:unknown_category,severity:bad_severity$/);
    await expect(page.getByTestId("filter-notice")).toContainText("severity ignored (must be a minimum severity from 1 to 5)");
    await expect(page.getByTestId("filter-notice")).toContainText("category ignored (unknown incident category)");
  });
});
