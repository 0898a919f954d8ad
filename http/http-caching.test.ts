import fs from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PRIVATE_NO_STORE,
  SHARED_CACHE,
  VARY,
  cachingHeaders,
  classifyRequest,
  dataVersionReader,
  entityTag,
  httpCaching,
  ifNoneMatchMatches,
  mergeVary,
  sharedCacheControl,
} from "./http-caching.mjs";

const kind = (url: string, headers: Record<string, string> = {}, method = "GET") => classifyRequest({ method, url, headers }).kind;

describe("entityTag", () => {
  it("is weak and names the build, the data version, the negotiated encoding and the UTC year", () => {
    expect(entityTag({ buildId: "ArZhA6gJaB8GNldlMnavo", dataVersion: 3, encoding: "gzip", year: 2026 })).toBe('W/"ArZhA6gJaB8GNldlMnavo-3-gzip-2026"');
    expect(entityTag({ buildId: "b", dataVersion: 4, encoding: "identity", year: 2027 })).toBe('W/"b-4-identity-2027"');
  });
});

describe("ifNoneMatchMatches", () => {
  const tag = 'W/"b-3-gzip-2026"';
  it("compares weakly, within a list, and takes * as any", () => {
    expect(ifNoneMatchMatches(tag, tag)).toBe(true);
    expect(ifNoneMatchMatches('"b-3-gzip-2026"', tag)).toBe(true);
    expect(ifNoneMatchMatches('W/"x", W/"b-3-gzip-2026"', tag)).toBe(true);
    expect(ifNoneMatchMatches(["W/\"x\"", tag], tag)).toBe(true);
    expect(ifNoneMatchMatches("*", tag)).toBe(true);
  });
  it("does not match another version, encoding, build or year, nor no header", () => {
    expect(ifNoneMatchMatches('W/"b-2-gzip-2026"', tag)).toBe(false);
    expect(ifNoneMatchMatches('W/"b-3-identity-2026"', tag)).toBe(false);
    expect(ifNoneMatchMatches('W/"c-3-gzip-2026"', tag)).toBe(false);
    expect(ifNoneMatchMatches('W/"b-3-gzip-2025"', tag)).toBe(false);
    expect(ifNoneMatchMatches("b-3-gzip-2026", tag)).toBe(false);
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
    expect(ifNoneMatchMatches("", tag)).toBe(false);
  });
});

describe("classifyRequest", () => {
  it("shares the pages and the read API, in both languages", () => {
    for (const url of ["/", "/ja", "/materials", "/ja/materials?material=graphite", "/incidents/3", "/embed/peers", "/changes?since=2", "/api/v1/dependence?material=graphite", "/api/v1/versions"]) {
      expect(kind(url), url).toBe("shared");
    }
    expect(kind("/api/v1/materials", {}, "HEAD")).toBe("shared");
  });
  it("keeps private the admin page and API, the health probe, anything authorised, writes and Next's own requests", () => {
    for (const url of ["/data", "/ja/data", "/api/v1/imports", "/api/v1/imports?view=admin", "/api/v1/imports/whoami", "/api/health"]) expect(kind(url), url).toBe("private");
    expect(kind("/api/v1/dependence", { authorization: "Bearer x" })).toBe("private");
    expect(kind("/", { authorization: "Basic eDp5" })).toBe("private");
    expect(kind("/api/v1/imports", {}, "POST")).toBe("private");
    expect(kind("/materials", { rsc: "1" })).toBe("private");
    expect(kind("/materials", { "next-router-prefetch": "1" })).toBe("private");
    expect(kind("/materials?_rsc=1x2y")).toBe("private");
    expect(kind("/api/v1/all-data", { range: "bytes=0-9" })).toBe("private");
  });
  it("leaves the build assets, the feed, the icon and unknown paths to Next", () => {
    for (const url of ["/_next/static/chunks/a.js", "/feed.xml", "/ja/feed.xml", "/icon.svg", "/robots.txt"]) expect(kind(url), url).toBe("own");
  });
});

describe("cachingHeaders", () => {
  const args = { etag: 'W/"b-3-gzip-2026"', maxAge: 60, setCookie: false, vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" };
  it("gives a shared 200 the shared Cache-Control, its ETag and Next's Vary with Accept-Encoding", () => {
    expect(cachingHeaders({ kind: "shared" }, 200, args)).toEqual({
      "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
      etag: 'W/"b-3-gzip-2026"',
      vary: VARY,
    });
    expect(cachingHeaders({ kind: "shared" }, 200, { ...args, maxAge: 4, vary: undefined })["cache-control"]).toBe("public, max-age=0, s-maxage=4, stale-while-revalidate=300");
  });
  it("makes errors, redirects, Set-Cookie and answers without a data version private, without an ETag", () => {
    for (const status of [301, 307, 400, 404, 429, 500, 503]) expect(cachingHeaders({ kind: "shared" }, status, args), String(status)).toEqual({ "cache-control": PRIVATE_NO_STORE, etag: null });
    expect(cachingHeaders({ kind: "shared" }, 200, { ...args, setCookie: true })).toEqual({ "cache-control": PRIVATE_NO_STORE, etag: null });
    expect(cachingHeaders({ kind: "shared" }, 200, { ...args, etag: null })).toEqual({ "cache-control": PRIVATE_NO_STORE, etag: null });
    expect(cachingHeaders({ kind: "private" }, 200, args)).toEqual({ "cache-control": PRIVATE_NO_STORE });
    expect(cachingHeaders({ kind: "private" }, 200, { ...args, cacheControl: "public, max-age=600" })).toEqual({ "cache-control": PRIVATE_NO_STORE });
    // A private answer that already says no-store keeps its words.
    expect(cachingHeaders({ kind: "private" }, 200, { ...args, cacheControl: "no-store" })).toEqual({});
  });
  it("leaves Next's own answers alone unless they are errors", () => {
    expect(cachingHeaders({ kind: "own" }, 200, args)).toEqual({});
    expect(cachingHeaders({ kind: "own" }, 304, args)).toEqual({});
    expect(cachingHeaders({ kind: "own" }, 404, args)).toEqual({ "cache-control": PRIVATE_NO_STORE });
  });
  it("has one home for the lifetimes", () => {
    expect(sharedCacheControl(SHARED_CACHE.maxAge)).toBe(`public, max-age=0, s-maxage=${SHARED_CACHE.maxAge}, stale-while-revalidate=${SHARED_CACHE.staleWhileRevalidate}`);
  });
});

describe("mergeVary", () => {
  it("adds what is missing, each header once, case-insensitively", () => {
    expect(mergeVary(undefined, "Accept-Encoding")).toBe("Accept-Encoding");
    expect(mergeVary("rsc, accept-encoding", "Accept-Encoding")).toBe("rsc, accept-encoding");
    expect(mergeVary(["rsc", "Authorization"], "Accept-Encoding")).toBe("rsc, Authorization, Accept-Encoding");
  });
});

describe("dataVersionReader on a real SQLite file", () => {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-http-caching-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the latest committed data version through a read-only connection, and follows other connections' commits", () => {
    const file = path.join(dir, "store.db");
    const writer = new Database(file);
    writer.exec("CREATE TABLE data_versions (id INTEGER PRIMARY KEY, open INTEGER NOT NULL DEFAULT 0)");
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    const version = dataVersionReader(reader);
    expect(version()).toBe(0);
    writer.prepare("INSERT INTO data_versions (id, open) VALUES (?, ?)").run(1, 0);
    writer.prepare("INSERT INTO data_versions (id, open) VALUES (?, ?)").run(2, 0);
    expect(version()).toBe(2);
    // A version still open (an import in progress) is not the current one.
    writer.prepare("INSERT INTO data_versions (id, open) VALUES (?, ?)").run(3, 1);
    expect(version()).toBe(2);
    writer.prepare("UPDATE data_versions SET open = 0 WHERE id = 3").run();
    expect(version()).toBe(3);
    reader.close();
    writer.close();
  });

  it("is null without a store or without the table (no ETags then)", () => {
    expect(dataVersionReader(null)()).toBeNull();
    const file = path.join(dir, "empty.db");
    new Database(file).close();
    const reader = new Database(file, { readonly: true });
    expect(dataVersionReader(reader)()).toBeNull();
    reader.close();
  });
});

describe("httpCaching on a real HTTP server", () => {
  let server: Server;
  let base = "";
  let version: number | null = 3;
  let renders = 0;
  beforeAll(async () => {
    const caching = httpCaching({ buildId: "build1", dataVersion: () => version, maxAge: 4, now: () => new Date("2026-12-02T01:00:00Z") });
    server = createServer((req, res) => {
      if (caching.handle(req, res)) return;
      renders++;
      // What Next does: headers set one by one, then the body (the implicit writeHead).
      res.setHeader("content-type", "application/json");
      res.setHeader("vary", "rsc, Accept-Encoding");
      if (req.url === "/api/v1/materials?cookie") res.setHeader("set-cookie", "a=b");
      res.statusCode = req.url?.startsWith("/nope") ? 404 : 200;
      res.end(JSON.stringify({ version }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchRaw = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = request(`${base}${url}`, { headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers a matching If-None-Match with 304, no body and no render; another version renders again", async () => {
    version = 3;
    const first = await fetchRaw("/api/v1/materials", { "accept-encoding": "gzip" });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('W/"build1-3-gzip-2026"');
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=4, stale-while-revalidate=300");
    expect(first.headers.vary).toBe("rsc, Accept-Encoding, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    const rendersBefore = renders;

    const again = await fetchRaw("/api/v1/materials", { "accept-encoding": "gzip", "if-none-match": first.headers.etag! });
    expect(again).toMatchObject({ status: 304, body: "" });
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(again.headers.vary).toBe(VARY);
    expect(renders).toBe(rendersBefore);

    // The same tag asked without gzip: another variant, rendered.
    expect((await fetchRaw("/api/v1/materials", { "if-none-match": first.headers.etag! })).status).toBe(200);
    version = 4; // an import committed
    const after = await fetchRaw("/api/v1/materials", { "accept-encoding": "gzip", "if-none-match": first.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).toBe('W/"build1-4-gzip-2026"');
    expect(JSON.parse(after.body)).toEqual({ version: 4 });
  });

  it("never answers 304 or sends an ETag for private requests, errors or Set-Cookie", async () => {
    version = 4;
    const tag = 'W/"build1-4-identity-2026"';
    const health = await fetchRaw("/api/health", { "if-none-match": tag });
    expect(health.status).toBe(200);
    expect(health.headers["cache-control"]).toBe(PRIVATE_NO_STORE);
    expect(health.headers.etag).toBeUndefined();
    const authorised = await fetchRaw("/api/v1/materials", { "if-none-match": tag, authorization: "Bearer token" });
    expect(authorised).toMatchObject({ status: 200, headers: { "cache-control": PRIVATE_NO_STORE } });
    const cookie = await fetchRaw("/api/v1/materials?cookie");
    expect(cookie.headers["cache-control"]).toBe(PRIVATE_NO_STORE);
    expect(cookie.headers.etag).toBeUndefined();
    const missing = await fetchRaw("/nope");
    expect(missing).toMatchObject({ status: 404, headers: { "cache-control": PRIVATE_NO_STORE } });
  });

  it("sends no ETag and never 304 while the data version is unknown", async () => {
    version = null;
    const r = await fetchRaw("/api/v1/materials", { "if-none-match": "*" });
    expect(r.status).toBe(200);
    expect(r.headers.etag).toBeUndefined();
    expect(r.headers["cache-control"]).toBe(PRIVATE_NO_STORE);
  });
});
