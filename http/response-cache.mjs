// @ts-check
// The rendered-response cache of the production server (server.mjs): the HTML of the dashboard
// pages, the bodies of the read API and the compressed build assets (what http/routes.mjs marks
// cacheable), kept per URL (the filter key: path and query string) and per accepted encoding.
// Any commit to the database by another connection (an import through the app, `npm run db:seed`,
// the sqlite3 shell) changes SQLite's `PRAGMA data_version` on the cache's own read-only
// connection, and the next lookup then drops every entry: nothing stale is served after an import.
// Entries also expire after `ttlMs` (the default year range follows the clock).

import { isNextInternalRequest } from "./next-internals.mjs";
import { routeCaching } from "./routes.mjs";

/** The encodings Next's compression can answer with, in its order of preference. */
const ENCODINGS = ["gzip", "deflate", "identity"];

/**
 * The one encoding this request will be answered with (gzip, deflate or identity), negotiated
 * from Accept-Encoding by q-value as Next's compression does: the only part of the header that
 * can change the response, so the only part that belongs in the key.
 * @param {string | string[] | undefined} header
 */
export function negotiatedEncoding(header) {
  const text = (Array.isArray(header) ? header.join(",") : header ?? "").toLowerCase();
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of text.split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const star = q.get("*");
  const weight = (/** @type {string} */ e) => q.get(e) ?? (e === "identity" ? 1 : (star ?? 0));
  // The highest q wins; on a tie, the first in Next's order of preference.
  const max = Math.max(...ENCODINGS.map(weight));
  return (max > 0 && ENCODINGS.find((e) => weight(e) === max)) || "identity";
}

/**
 * Whether a response's Content-Encoding may be kept under a key negotiated to `encoding`: every
 * client mapped to that key accepts it (identity is acceptable to all).
 * @param {string} encoding @param {unknown} contentEncoding
 */
export function storableEncoding(encoding, contentEncoding) {
  const actual = typeof contentEncoding === "string" && contentEncoding ? contentEncoding.toLowerCase() : "identity";
  return actual === "identity" || actual === encoding;
}

/**
 * The cache key for a request, or null when its response must not be cached. Built as a JSON
 * array, so no URL or header value can make two requests' keys collide. `url` is the request's
 * canonical URL (http/canonical.mjs) when the server has one: variants of a URL share its entry.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {string | undefined} [url]
 */
export function cacheKey(req, url = req.url) {
  if (req.method !== "GET" || !req.url || !url) return null;
  if (req.headers.authorization || req.headers.range || isNextInternalRequest(req)) return null;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  if (routeCaching(path) !== "cacheable") return null;
  return JSON.stringify([negotiatedEncoding(req.headers["accept-encoding"]), url]);
}

/**
 * @typedef {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer }} CachedResponse
 */

export class ResponseCache {
  /**
   * @param {{ maxEntries?: number, maxBytes?: number, ttlMs?: number, version?: () => number | bigint | null, now?: () => number }} [options]
   *   version: the store's data version; when it changes, every entry is dropped.
   */
  constructor({ maxEntries = 1000, maxBytes = 64 * 1024 * 1024, ttlMs = 5 * 60_000, version = () => null, now = Date.now } = {}) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.ttlMs = ttlMs;
    this.version = version;
    this.now = now;
    /** @type {Map<string, CachedResponse & { expires: number }>} insertion order = least recently used first */
    this.entries = new Map();
    this.bytes = 0;
    this.seenVersion = version();
    this.stats = { hits: 0, misses: 0, stored: 0, flushes: 0 };
  }

  /** Drops every entry when the database changed since the last look. */
  checkVersion() {
    const v = this.version();
    if (v !== this.seenVersion) {
      this.seenVersion = v;
      if (this.entries.size) this.stats.flushes++;
      this.clear();
    }
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  /** @param {string} key @returns {CachedResponse | null} */
  get(key) {
    this.checkVersion();
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= this.now()) {
      if (entry) this.delete(key);
      this.stats.misses++;
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry;
  }

  /**
   * Stores a response rendered while the store was at `version` (read before rendering): when an
   * import committed in between, the response may predate it, and it is not kept.
   * @param {string} key @param {CachedResponse} response @param {number | bigint | null} version
   */
  set(key, response, version) {
    this.checkVersion();
    if (version !== this.seenVersion || response.body.length > this.maxBytes / 4) return false;
    this.delete(key);
    this.entries.set(key, { ...response, expires: this.now() + this.ttlMs });
    this.bytes += response.body.length;
    this.stats.stored++;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
