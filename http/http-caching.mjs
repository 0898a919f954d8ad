// @ts-check
// HTTP caching for shared caches (nginx, a CDN) in front of one or many instances of the
// production server (server.mjs); see docs/operations.md, "Deployment for many readers".
//
// - Pages and read-API answers (the routes http/routes.mjs marks cacheable) carry a weak ETag made
//   of what their body depends on besides the URL: the build, the store's data version (the
//   `data_versions` table: the same number on every copy of the store), the negotiated encoding,
//   and the UTC year (the default year range of the pages and the API ends at the current year).
// - A GET whose If-None-Match names that ETag is answered 304 before any cache lookup or render.
// - Their 200 answers say `public, max-age=0, s-maxage=N, stale-while-revalidate=M`: a shared
//   cache keeps them N seconds and may serve them M seconds longer while it asks again; a browser
//   asks every time (a 304 when nothing changed). `Vary` keeps Next's request headers and adds
//   Accept-Encoding.
// - Everything that must not be shared says `private, no-store`: the private routes (`/data`,
//   the admin import API, `/api/health`), any request with Authorization, any response with
//   Set-Cookie, any error, and Next's own client requests (RSC payloads, prefetches, actions: they
//   vary with headers a shared cache key does not hold). The feed keeps its own `no-cache` and
//   ETag; the build assets keep Next's immutable caching; a metadata file keeps Next's headers.
import fs from "node:fs";
import path from "node:path";
import { isNextInternalRequest } from "./next-internals.mjs";
import { negotiatedEncoding } from "./response-cache.mjs";
import { BUILD_ASSETS, ROUTES, routeMatcher, withoutLocale } from "./routes.mjs";

/** Seconds (the one home of these two): how long a shared cache keeps an answer, and how long it may serve it stale while it revalidates. */
export const SHARED_CACHE = { maxAge: 60, staleWhileRevalidate: 300 };

export const PRIVATE_NO_STORE = "private, no-store";

/**
 * The Vary of a shared answer: the request headers of Next's client protocol (Next 16 sends them
 * on every App Router response, pages and route handlers alike: a shared cache must not hand an
 * RSC payload to a page request, or the reverse) and Accept-Encoding. A 304 repeats it.
 */
export const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** @param {number} maxAge @param {number} [staleWhileRevalidate] */
export const sharedCacheControl = (maxAge, staleWhileRevalidate = SHARED_CACHE.staleWhileRevalidate) => `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

/** routes.mjs's list, read once. */
const SHARED_ROUTES = ROUTES.filter((r) => r.caching === "cacheable").map((r) => routeMatcher(r.route));
const PRIVATE_ROUTES = ROUTES.filter((r) => r.caching === "private").map((r) => ({ match: routeMatcher(r.route), route: r.route }));

/** Routes marked private in routes.mjs that keep the headers their handler or Next gives them (not `private, no-store`). */
const OWN_HEADERS = new Set(["/feed.xml", "/icon.svg"]);

/**
 * @typedef {{ kind: "shared" | "private" | "own" }} RequestClass
 *   shared: a page or read-API answer a shared cache may keep (when it is a 200 without Set-Cookie);
 *   private: `private, no-store` whatever the answer (or its own no-store); own: left as Next or the handler answers
 *   (build assets, the feed, the icon, paths of no route, whose errors still become private).
 */

/**
 * How a request's answer may be cached by others.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {RequestClass}
 */
export function classifyRequest(req) {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const requestPath = q < 0 ? url : url.slice(0, q);
  if (requestPath.startsWith(BUILD_ASSETS.prefix)) return { kind: "own" };
  const routePath = withoutLocale(requestPath);
  const privateRoute = PRIVATE_ROUTES.find((r) => r.match.test(routePath));
  if (req.headers.authorization !== undefined) return { kind: "private" };
  if (privateRoute) return OWN_HEADERS.has(privateRoute.route) ? { kind: "own" } : { kind: "private" };
  if (!SHARED_ROUTES.some((m) => m.test(routePath))) return { kind: "own" };
  if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range !== undefined || isNextInternalRequest(req)) return { kind: "private" };
  return { kind: "shared" };
}

/**
 * The ETag of a shared answer: weak (the bytes differ with the compression level, the content does not).
 * @param {{ buildId: string, dataVersion: number, encoding: string, year: number }} parts
 */
export function entityTag({ buildId, dataVersion, encoding, year }) {
  return `W/"${buildId}-${dataVersion}-${encoding}-${year}"`;
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2: `W/` is
 * ignored on both sides; `*` matches any current answer).
 * @param {string | string[] | undefined} header @param {string} etag
 */
export function ifNoneMatchMatches(header, etag) {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(",") : header;
  if (text.trim() === "*") return true;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//i, "");
  const wanted = opaque(etag);
  return (text.match(/(?:W\/)?"[^"]*"/gi) ?? []).some((tag) => opaque(tag) === wanted);
}

/**
 * The caching headers of an answer, from its class, status and headers (as Next wrote them).
 * Returns the headers to set (a null value: remove it).
 * @param {RequestClass} cls @param {number} status
 * @param {{ etag: string | null, maxAge: number, setCookie: boolean, vary: unknown, cacheControl?: unknown }} a
 * @returns {Record<string, string | null>}
 */
export function cachingHeaders(cls, status, { etag, maxAge, setCookie, vary, cacheControl }) {
  if (cls.kind === "own") return status >= 400 ? { "cache-control": PRIVATE_NO_STORE } : {};
  // A private answer whose handler already forbids storing (`no-store`, e.g. the sign-in check) keeps its own words.
  if (cls.kind === "private" && /\bno-store\b/i.test(String(cacheControl ?? ""))) return {};
  if (cls.kind === "private" || (status !== 200 && status !== 304) || setCookie || etag === null) {
    // Not a shared answer: no validator that would let a cache think it may keep it.
    return { "cache-control": PRIVATE_NO_STORE, ...(cls.kind === "shared" ? { etag: null } : {}) };
  }
  return { "cache-control": sharedCacheControl(maxAge), etag, vary: mergeVary(vary, VARY) };
}

/** Next's Vary and ours, each header once (case-insensitive), Next's order first. @param {unknown} current @param {string} wanted */
export function mergeVary(current, wanted) {
  const names = [String(Array.isArray(current) ? current.join(",") : (current ?? "")), wanted]
    .join(",")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  /** @type {Map<string, string>} */
  const unique = new Map();
  for (const n of names) if (!unique.has(n.toLowerCase())) unique.set(n.toLowerCase(), n);
  return [...unique.values()].join(", ");
}

/** The build's id (`.next/BUILD_ID`), or null when there is no build. @param {string} [dir] */
export function readBuildId(dir = process.cwd()) {
  try {
    return fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/**
 * The current data version of the store, read through the server's read-only connection: the
 * latest committed row of `data_versions` (0 before anything was stored), re-read only when
 * SQLite's per-connection `PRAGMA data_version` says another connection committed. Null when the
 * store has no such table (ETags are then left out).
 * @param {import("better-sqlite3").Database | null} db
 * @returns {() => number | null}
 */
export function dataVersionReader(db) {
  if (!db) return () => null;
  try {
    const pragma = db.prepare("PRAGMA data_version").pluck();
    const latest = db.prepare("SELECT coalesce(max(id), 0) FROM data_versions WHERE open = 0").pluck();
    /** @type {unknown} */
    let seen = null;
    /** @type {number | null} */
    let version = null;
    return () => {
      try {
        const now = pragma.get();
        if (now !== seen || version === null) {
          version = Number(latest.get());
          seen = now;
        }
        return version;
      } catch {
        return null;
      }
    };
  } catch (error) {
    console.warn(`ETags off: cannot read the data version (${error instanceof Error ? error.message : error})`);
    return () => null;
  }
}

/**
 * The server's hook: `httpCaching({ buildId, dataVersion, maxAge }).handle(req, res)` answers a
 * matching conditional GET with 304 (returns true: the request is done), or wraps `res.writeHead`
 * so that whatever answers the request (Next, the response cache, the buffering layer) leaves with
 * the caching headers above. Call it before the response cache and before bufferResponse.
 * @param {{ buildId: string | null, dataVersion: () => number | null, maxAge?: number, now?: () => Date }} options
 */
export function httpCaching({ buildId, dataVersion, maxAge = SHARED_CACHE.maxAge, now = () => new Date() }) {
  /** @param {import("node:http").IncomingMessage} req */
  const etagFor = (req) => {
    const version = dataVersion();
    if (buildId === null || version === null) return null;
    return entityTag({ buildId, dataVersion: version, encoding: negotiatedEncoding(req.headers["accept-encoding"]), year: now().getUTCFullYear() });
  };
  return {
    /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
    handle(req, res) {
      const cls = classifyRequest(req);
      // Read before the render: the body is never older than its tag (an import during the render makes the tag older, never the body).
      const etag = cls.kind === "shared" ? etagFor(req) : null;
      if (cls.kind === "shared" && etag && ifNoneMatchMatches(req.headers["if-none-match"], etag)) {
        res.writeHead(304, { etag, "cache-control": sharedCacheControl(maxAge), vary: VARY, "x-ree-cache": "not-modified" });
        res.end();
        return true;
      }
      const writeHead = res.writeHead;
      res.writeHead = /** @type {any} */ (
        function (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) {
          const h = typeof reason === "object" && reason !== null ? reason : headers;
          if (Array.isArray(h)) for (let i = 0; i + 1 < h.length; i += 2) res.setHeader(h[i], h[i + 1]);
          else if (h) for (const [k, v] of Object.entries(h)) if (v !== undefined) res.setHeader(k, v);
          const set = cachingHeaders(cls, status, { etag, maxAge, setCookie: res.hasHeader("set-cookie"), vary: res.getHeader("vary"), cacheControl: res.getHeader("cache-control") });
          for (const [k, v] of Object.entries(set)) {
            if (v === null) res.removeHeader(k);
            else res.setHeader(k, v);
          }
          return typeof reason === "string" ? writeHead.call(res, status, /** @type {any} */ (reason)) : writeHead.call(res, status);
        }
      );
      return false;
    },
  };
}
