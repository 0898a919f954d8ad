import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { startNginx, type Nginx } from "./support/nginx";

// The cache tier: a real nginx (deploy/nginx/ree-monitor.conf) in front of a production server of
// our own (server.mjs on its own seeded store, SHARED_CACHE_MAX_AGE a few seconds), both started
// here and stopped at the end. Under load most requests are answered by nginx; conditional GETs
// get 304s; an import is visible through nginx within s-maxage; the admin API never comes from
// nginx's cache. The figures are printed and written to test-results/cache-tier/figures.json.

const PORT = Number(process.env.E2E_PORT) || 3100;
const BACKEND_PORT = PORT + 1100;
const NGINX_PORT = PORT + 1200;
const READER_PORT = PORT + 1300;
const BACKEND = `http://127.0.0.1:${BACKEND_PORT}`;
const READER = `http://127.0.0.1:${READER_PORT}`;
const TOKEN = "cache-tier-token-0123456789";
/** s-maxage of the test server (SHARED_CACHE_MAX_AGE), seconds. */
const S_MAXAGE = 4;
const OUT = "test-results/cache-tier";
const REAL = ["../shared", "/work/shared"].map((d) => path.resolve(d, "research/real/comtrade_jpn_2504_graphite.csv")).find((f) => fs.existsSync(f))!;

/** The load: ~10 URLs, pages and API, English and Japanese. */
const URLS = [
  "/",
  "/ja",
  "/materials",
  "/ja/materials",
  "/ja/incidents",
  "/sources",
  "/api/v1/materials",
  "/api/v1/dependence?material=rare-earths&from=2005&to=2026",
  "/api/v1/peers?material=permanent-magnets",
  "/api/v1/summary",
];
const ACCEPT_ENCODINGS = ["gzip, deflate, br, zstd", "gzip, deflate, br", "identity", "gzip", "gzip, deflate"];
const LOAD_REQUESTS = 2000;
const CONCURRENCY = 16;

let dir = "";
let backend: ChildProcess;
let reader: ChildProcess | null = null;
let nginx: Nginx;
const figures: Record<string, number | string> = {};

/** A request's answer with its body read (fetch decompresses; the headers are as sent). */
async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { "accept-encoding": "gzip", ...headers } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, cache: res.headers.get("x-cache-status") };
}

/** A load request: status and headers, the body read but not decoded (as a load generator does). */
function loadGet(url: string, headers: Record<string, string>, agent: Agent) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(url, { headers, agent }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** An instance of the production server on its own store: the writer (with the admin token) or a reader (without). */
async function startInstance(databasePath: string, port: number, adminToken: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATABASE_PATH: databasePath, ADMIN_TOKEN: adminToken, SHARED_CACHE_MAX_AGE: String(S_MAXAGE) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  process.once("exit", () => child.exitCode === null && child.kill("SIGKILL"));
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/REE Monitor on/.test(output)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return child;
}

const graphite2024 = (body: Buffer) => {
  const points = (JSON.parse(body.toString()) as { points: { year: number; basis: string; sharePct: number }[] }).points;
  return points.filter((p) => p.year === 2024 && p.basis === "value").map((p) => p.sharePct);
};

test.describe.serial("the cache tier: nginx in front of the production server", () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-cache-tier-"));
    const db = path.join(dir, "store.db");
    const seeded = spawnSync(path.join("node_modules", ".bin", "tsx"), ["db/seed/index.ts"], { env: { ...process.env, DATABASE_PATH: db }, encoding: "utf8" });
    expect(seeded.status, seeded.stderr).toBe(0);
    // A reader's copy of the store as it was before the import below (no server has opened it yet).
    fs.copyFileSync(db, path.join(dir, "reader.db"));
    backend = await startInstance(db, BACKEND_PORT, TOKEN);
    nginx = await startNginx({ dir: path.join(dir, "nginx"), port: NGINX_PORT, upstreams: [`127.0.0.1:${BACKEND_PORT}`] });
    fs.mkdirSync(OUT, { recursive: true });
  });

  test.afterAll(async () => {
    await nginx?.stop();
    for (const child of [backend, reader]) {
      if (!child || child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    fs.writeFileSync(`${OUT}/figures.json`, JSON.stringify(figures, null, 2) + "\n");
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`hit ratio under load: ${LOAD_REQUESTS} requests over ${URLS.length} URLs, ${CONCURRENCY} at a time, mostly answered by nginx`, async () => {
    test.setTimeout(180_000);
    const logBefore = nginx.log().length;
    const statuses = new Map<string, number>();
    let next = 0;
    let wrongEncoding = 0;
    const started = Date.now();
    const worker = async () => {
      for (let i = next++; i < LOAD_REQUESTS; i = next++) {
        // Browsers' Accept-Encoding as they send it (Chromium, Firefox and Safari, curl --compressed),
        // and one client in five that accepts no compression: two cache keys per URL.
        const acceptEncoding = ACCEPT_ENCODINGS[Math.floor(i / URLS.length) % ACCEPT_ENCODINGS.length];
        const gzip = acceptEncoding !== "identity";
        const r = await loadGet(`${nginx.url}${URLS[i % URLS.length]}`, { "accept-encoding": acceptEncoding }, agent);
        expect(r.status, URLS[i % URLS.length]).toBe(200);
        const cache = String(r.headers["x-cache-status"] ?? "none");
        statuses.set(cache, (statuses.get(cache) ?? 0) + 1);
        const encoding = r.headers["content-encoding"];
        if (gzip ? encoding !== undefined && encoding !== "gzip" : encoding !== undefined) wrongEncoding++;
      }
    };
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();
    const seconds = (Date.now() - started) / 1000;
    // Every line nginx logged for this load, background updates included; those that reached the server name it.
    const lines = nginx.log().slice(logBefore);
    const upstream = lines.filter((l) => l.upstream !== "-").length;
    const hits = statuses.get("HIT") ?? 0;
    Object.assign(figures, {
      requests: LOAD_REQUESTS,
      urls: URLS.length,
      concurrency: CONCURRENCY,
      seconds: Number(seconds.toFixed(2)),
      requestsPerSecond: Math.round(LOAD_REQUESTS / seconds),
      hitRatio: Number((hits / LOAD_REQUESTS).toFixed(4)),
      backendRequests: upstream,
      backendShare: Number((upstream / LOAD_REQUESTS).toFixed(4)),
      cacheStatuses: JSON.stringify(Object.fromEntries(statuses)),
    });
    console.log(`cache tier: ${JSON.stringify(figures)}`);
    expect(wrongEncoding, "every client got an encoding it accepts").toBe(0);
    expect(hits / LOAD_REQUESTS).toBeGreaterThanOrEqual(0.9);
    // The server sees the first render of each URL and encoding, and one revalidation per key each
    // time s-maxage runs out during the run (a few on a quiet machine, more on a busy one).
    expect(upstream / LOAD_REQUESTS).toBeLessThanOrEqual(0.1);
    // At least one render per URL and encoding reached the server; nothing else did, bar expiries.
    expect(upstream).toBeGreaterThanOrEqual(URLS.length);
    // A miss per URL and encoding (20), and a few more when a cold render outlasts the cache lock's wait on a busy machine.
    expect(statuses.get("MISS") ?? 0).toBeLessThanOrEqual(LOAD_REQUESTS * 0.03);
  });

  test("ETag and 304: the server and nginx answer a matching If-None-Match with 304 and no body", async () => {
    const buildId = fs.readFileSync(".next/BUILD_ID", "utf8").trim();
    const version = JSON.parse((await get(`${BACKEND}/api/v1/versions`)).body.toString()).current.version as number;
    const year = new Date().getUTCFullYear();
    for (const url of ["/api/v1/materials", "/ja/materials"]) {
      const first = await get(`${BACKEND}${url}`);
      const etag = first.headers.get("etag")!;
      expect(etag).toBe(`W/"${buildId}-${version}-gzip-${year}"`);
      expect(first.headers.get("cache-control")).toBe(`public, max-age=0, s-maxage=${S_MAXAGE}, stale-while-revalidate=300`);
      expect(first.headers.get("vary")).toContain("Accept-Encoding");
      expect(first.headers.get("vary")).toContain("rsc");
      const direct = await get(`${BACKEND}${url}`, { "if-none-match": etag });
      expect(direct.status).toBe(304);
      expect(direct.body.length).toBe(0);
      expect(direct.headers.get("etag")).toBe(etag);
      expect(direct.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
      // Another encoding is another variant: its tag says so.
      expect((await get(`${BACKEND}${url}`, { "if-none-match": etag, "accept-encoding": "identity" })).status).toBe(200);

      await get(`${nginx.url}${url}`);
      const proxied = await get(`${nginx.url}${url}`, { "if-none-match": etag });
      expect(proxied.status).toBe(304);
      expect(proxied.body.length).toBe(0);
      expect(proxied.headers.get("etag")).toBe(etag);
      expect((await get(`${nginx.url}${url}`, { "if-none-match": 'W/"another-build-1-gzip-2020"' })).status).toBe(200);
    }
  });

  test("the admin API, /data, the health probe and anything authorised are never served from nginx's cache", async () => {
    const logBefore = nginx.log().length;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const seen: { url: string; auth: string; status: number; cache: string | null; cc: string | null; view?: string }[] = [];
    const twice = async (url: string, headers: Record<string, string> = {}) => {
      for (let i = 0; i < 2; i++) {
        const r = await get(`${nginx.url}${url}`, headers);
        const view = r.headers.get("content-type")?.includes("json") ? (JSON.parse(r.body.toString()) as { view?: string }).view : undefined;
        seen.push({ url, auth: headers.authorization ? "token" : "none", status: r.status, cache: r.cache, cc: r.headers.get("cache-control"), view });
      }
    };
    await twice("/api/v1/imports", auth);
    await twice("/api/v1/imports");
    await twice("/api/v1/imports", { authorization: "Bearer wrong-token-0123456789" });
    await twice("/api/v1/imports/whoami", auth);
    await twice("/api/v1/imports/whoami");
    await twice("/data");
    await twice("/ja/data");
    await twice("/api/health");
    await twice("/api/v1/materials", auth);
    for (const s of seen) expect(s.cache, JSON.stringify(s)).not.toBe("HIT");
    // `private, no-store`, or the handler's or Next's own words when they already say no-store.
    for (const s of seen) {
      expect(s.cc, JSON.stringify(s)).toMatch(/\bno-store\b/);
      expect(s.cc, JSON.stringify(s)).not.toMatch(/public|s-maxage/);
    }
    // The audit log: the administrator's view with the token, the public view without it (never the
    // administrator's from a cache), 401 for a wrong token or a sign-in check without one.
    expect(seen.filter((s) => s.url === "/api/v1/imports").map((s) => `${s.status} ${s.view ?? "-"}`)).toEqual(["200 admin", "200 admin", "200 public", "200 public", "401 -", "401 -"]);
    expect(seen.filter((s) => s.url === "/api/v1/imports/whoami").map((s) => s.status)).toEqual([200, 200, 401, 401]);
    // Authorised requests bypass the cache; the others were not stored: every one reached the server.
    expect(seen.filter((s) => s.auth === "token").every((s) => s.cache === "BYPASS")).toBe(true);
    const lines = nginx.log().slice(logBefore);
    expect(lines.length).toBe(seen.length);
    expect(lines.every((l) => l.upstream !== "-")).toBe(true);
  });

  test(`an import becomes visible through nginx within s-maxage (${S_MAXAGE} s)`, async () => {
    test.setTimeout(60_000);
    const url = `${nginx.url}/api/v1/dependence?material=graphite`;
    const versions = `${nginx.url}/api/v1/versions`;
    await get(url);
    const cached = await get(url);
    expect(cached.cache).toBe("HIT");
    expect(graphite2024(cached.body)).not.toContain(87.197);
    const before = JSON.parse((await get(versions)).body.toString()).current.version as number;

    // Through nginx (authorised: straight to the server).
    const res = await fetch(`${nginx.url}/api/v1/imports?kind=comtrade&fileName=graphite-2504.csv`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv" },
      body: fs.readFileSync(REAL),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: "accepted", dataVersion: before + 1 });
    const imported = Date.now();
    // The server itself answers the new figure at once (its own cache follows the data version).
    expect(graphite2024((await get(`${BACKEND}/api/v1/dependence?material=graphite`)).body)).toContain(87.197);

    // nginx keeps the old answer until s-maxage, then revalidates (stale-while-revalidate: one more stale answer).
    const seenStatuses: string[] = [];
    await expect
      .poll(
        async () => {
          const r = await get(url);
          seenStatuses.push(`${r.cache}`);
          return graphite2024(r.body).includes(87.197);
        },
        { timeout: S_MAXAGE * 1000 + 10_000, intervals: [200] },
      )
      .toBe(true);
    const visibleAfter = Date.now() - imported;
    await expect.poll(async () => JSON.parse((await get(versions)).body.toString()).current.version, { timeout: S_MAXAGE * 1000 + 10_000, intervals: [200] }).toBe(before + 1);
    Object.assign(figures, { importVisibleAfterMs: visibleAfter, pollStatusesAfterImport: seenStatuses.join(" ") });
    console.log(`cache tier: the import was visible through nginx after ${visibleAfter} ms (s-maxage ${S_MAXAGE} s; nginx answers: ${seenStatuses.join(" ")})`);
    expect(visibleAfter).toBeLessThanOrEqual(S_MAXAGE * 1000 + 3000);
    const fresh = await get(url);
    expect(fresh.headers.get("etag")).toContain(`-${before + 1}-gzip-`);
  });

  test("a reader instance refreshed from the writer's backup through SQLite serves the new version, under the writer's ETag", async () => {
    test.setTimeout(120_000);
    const readerDb = path.join(dir, "reader.db");
    reader = await startInstance(readerDb, READER_PORT, "");
    const url = "/api/v1/dependence?material=graphite";
    const version = async (base: string) => JSON.parse((await get(`${base}/api/v1/versions`)).body.toString()).current.version as number;
    const writerVersion = await version(BACKEND);
    expect(await version(READER)).toBe(writerVersion - 1);
    const stale = await get(`${READER}${url}`);
    expect(graphite2024(stale.body)).not.toContain(87.197);
    // Imports are refused where no token is set.
    expect((await fetch(`${READER}/api/v1/imports?kind=comtrade`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` }, body: "x" })).status).toBe(403);

    // 1. On the writer: npm run db:backup -- --out FILE.
    const copy = path.join(dir, "outgoing.db");
    const backup = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/db-backup.ts", "--out", copy], { env: { ...process.env, DATABASE_PATH: path.join(dir, "store.db") }, encoding: "utf8" });
    expect(backup.status, backup.stderr).toBe(0);
    // 2. On the reader, into the live file through SQLite's backup API (what `sqlite3 FILE ".restore COPY"` does), while it serves.
    const source = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      await source.backup(readerDb);
    } finally {
      source.close();
    }
    await expect.poll(() => version(READER), { timeout: 10_000, intervals: [200] }).toBe(writerVersion);
    const fresh = await get(`${READER}${url}`);
    expect(graphite2024(fresh.body)).toContain(87.197);
    // Same build, same data version: the same ETag on both instances, so a cache revalidating
    // against either gets a 304.
    const writerAnswer = await get(`${BACKEND}${url}`);
    expect(fresh.headers.get("etag")).toBe(writerAnswer.headers.get("etag"));
    expect((await get(`${READER}${url}`, { "if-none-match": writerAnswer.headers.get("etag")! })).status).toBe(304);
  });

  test("a page from nginx's cache renders and hydrates in Chromium, English and Japanese (its CSP hashes still match)", async ({ page }) => {
    for (const [lang, url] of [
      ["en", "/?material=graphite"],
      ["ja", "/ja?material=graphite"],
    ] as const) {
      await get(`${nginx.url}${url}`);
      const response = await page.goto(`${nginx.url}${url}`);
      expect(response?.headers()["x-cache-status"]).toBe("HIT");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByTestId("dependence-chart")).toBeVisible();
      await page.screenshot({ path: `${OUT}/overview-${lang}-through-nginx.png` });
    }
  });
});
