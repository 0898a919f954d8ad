// @ts-check
// The production server (`npm start`, `npm run bench`): Next's request handler behind a thin layer
// that (1) answers repeated GETs of the dashboard pages and the read API (the routes http/routes.mjs
// marks cacheable) from the rendered-response cache (http/response-cache.mjs), dropped whenever the
// database changes, and (2) gives every HTML page a Content-Security-Policy with the hashes of its
// own inline scripts, plus the other security headers, (3) sends links to the pages with filters
// to their canonical URL (http/canonical.mjs), so variants of a URL share one cache entry, (4)
// admits at most a few renders at once, with a bounded queue, and answers 503 with Retry-After
// past that (http/admission.mjs), and (5) names the client for the admin-token limiter
// (x-ree-client). `next dev` runs without this layer (next.config.ts sets the static headers there).
import { createServer } from "node:http";
import Database from "better-sqlite3";
import next from "next";
import { bufferResponse, decodeBody } from "./http/buffered-response.mjs";
import { ResponseCache, cacheKey, negotiatedEncoding, storableEncoding } from "./http/response-cache.mjs";
import { reactRuntimeDefinitionCount } from "./http/inline-scripts.mjs";
import { applyServerLimits, renderLimits, serverOptions } from "./http/server-limits.mjs";
import { AdmissionControl, needsAdmission, sendOverloaded } from "./http/admission.mjs";
import { canonicalUrl, urlOf } from "./http/canonical.mjs";
import { isNextInternalRequest } from "./http/next-internals.mjs";
import { FRAME_DENY, STATIC_HEADERS, contentSecurityPolicy, frameAncestors, inlineScriptHashes } from "./http/security-headers.mjs";
import { dataVersionReader, httpCaching, readBuildId } from "./http/http-caching.mjs";
import { databaseFile as databasePath, env } from "./config/env.mjs";

const port = env.PORT;
const hostname = env.HOST;
const databaseFile = databasePath();
const cacheDisabled = env.REE_RESPONSE_CACHE === "off";

// The cache's own read-only connection: its data_version changes whenever another connection commits.
let versionDb = null;
try {
  versionDb = new Database(databaseFile, { readonly: true, fileMustExist: true });
} catch (error) {
  console.warn(`response cache off: cannot open ${databaseFile} (${error instanceof Error ? error.message : error})`);
}
const dataVersion = versionDb ? versionDb.prepare("PRAGMA data_version").pluck() : null;
const cache = new ResponseCache({ version: () => (dataVersion ? Number(dataVersion.get()) : null) });
const caching = Boolean(dataVersion) && !cacheDisabled;
// ETags, 304s and Cache-Control for shared caches in front (http/http-caching.mjs).
const httpCache = httpCaching({ buildId: readBuildId(), dataVersion: dataVersionReader(versionDb), maxAge: env.SHARED_CACHE_MAX_AGE });

if (reactRuntimeDefinitionCount === 0) console.warn("CSP: React's streaming runtime was not found in next/dist/compiled; streamed pages will be refused their inline scripts");

// Not given `hostname`: with HOST=127.0.0.1 Next then wrote the proxy's locale rewrite for another
// origin (localhost) and answered every page with a 307 to itself. HOST only binds the socket.
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * Renders in flight, by cache key: a request for a URL that is being rendered waits for that
 * render instead of starting another (without this, a burst of requests for a new filter renders
 * it once per request, and under load the renders pile up).
 * @type {Map<string, Promise<import("./http/response-cache.mjs").CachedResponse | null>>}
 */
const inflight = new Map();

// ---- Floods: canonical URLs, admission control, the client's address (issue 15) ----

const limits = renderLimits(env);
const admission = new AdmissionControl(limits);
/** Counters for the stress test and the flood test: `kill -USR2 <pid>` prints them as one line on stdout. */
const floodStats = { renders: 0, redirects: 0, rejected: 0 };
process.on("SIGUSR2", () => {
  console.log(`ree-stats ${JSON.stringify({ ...floodStats, ...admission.stats, active: admission.active, queued: admission.queue.length, cache: cache.stats })}`);
});

/** The header the admin-token limiter reads (server/admin-auth.ts): never taken from the client. */
const CLIENT_HEADER = "x-ree-client";
/**
 * Names the client for the app: the socket's address, or behind a trusted proxy
 * (REE_TRUSTED_PROXIES) the last X-Forwarded-For address that is not itself a trusted proxy.
 * @param {import("node:http").IncomingMessage} req
 */
function stampClient(req) {
  delete req.headers[CLIENT_HEADER];
  let client = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  if (env.REE_TRUSTED_PROXIES.includes(client) && typeof forwarded === "string") {
    const hops = forwarded.split(",").map((h) => h.trim()).filter(Boolean);
    client = hops.reverse().find((h) => !env.REE_TRUSTED_PROXIES.includes(h)) ?? client;
  }
  req.headers[CLIENT_HEADER] = client;
}

/**
 * The canonical URL of a GET (null: none, or Next's own requests), or true when the reader was
 * sent there with a 302.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @returns {string | null | true}
 */
function canonicalOrRedirect(req, res) {
  if (req.method !== "GET" || !req.url || isNextInternalRequest(req)) return null;
  const c = canonicalUrl(req.url);
  if (!c.redirect) return urlOf(c);
  floodStats.redirects++;
  res.writeHead(302, { ...STATIC_HEADERS, ...FRAME_DENY, location: urlOf(c), "cache-control": "no-store", "content-length": 0 });
  res.end();
  return true;
}

/**
 * A slot to render in, for the requests that reach Next (http/admission.mjs); false when the
 * request was answered 503. The slot is given back when the response ends or the client leaves.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 */
async function admit(req, res) {
  const path = (req.url ?? "/").split("?")[0];
  if (!needsAdmission(path)) return true;
  const left = new AbortController();
  /** @type {(() => void) | null} */
  let release = null;
  res.once("close", () => {
    left.abort();
    release?.();
  });
  release = await admission.acquire(left.signal);
  if (!release) {
    floodStats.rejected++;
    if (!res.headersSent && !res.destroyed) sendOverloaded(res, path, limits.retryAfterSeconds);
    return false;
  }
  // The client may have left in the tick the slot was given.
  if (res.destroyed) {
    release();
    return false;
  }
  floodStats.renders++;
  return true;
}

/** @param {import("node:http").ServerResponse} res @param {import("./http/response-cache.mjs").CachedResponse} hit @param {string} how */
function sendCached(res, hit, how) {
  res.writeHead(hit.status, { ...hit.headers, "x-ree-cache": how });
  res.end(hit.body);
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
async function serve(req, res) {
  if (httpCache.handle(req, res)) return;
  // The static security headers come from next.config.ts (stored with each cached answer too).
  stampClient(req);
  if (req.method === "HEAD") return (await admit(req, res)) ? handle(req, res) : undefined;

  const canonical = canonicalOrRedirect(req, res);
  if (canonical === true) return;
  const key = caching ? cacheKey(req, canonical ?? req.url) : null;
  if (key) {
    const hit = cache.get(key);
    if (hit) return sendCached(res, hit, "hit");
    const pending = inflight.get(key);
    if (pending) {
      const shared = await pending;
      if (shared) return sendCached(res, shared, "shared");
    }
  }
  const version = key ? cache.seenVersion : null;
  /** @type {(r: import("./http/response-cache.mjs").CachedResponse | null) => void} */
  let settle = () => {};
  if (key && !inflight.has(key)) {
    inflight.set(key, new Promise((resolve) => (settle = resolve)));
    const done = () => {
      settle(null);
      inflight.delete(key);
    };
    res.once("finish", done);
    res.once("close", done);
  }
  if (!(await admit(req, res))) return;
  bufferResponse(res, {
    shouldBuffer: (status, type) => type.startsWith("text/html") || (key !== null && status === 200),
    finish: (r) => {
      const headers = { ...r.headers };
      if (String(headers["content-type"] ?? "").startsWith("text/html")) {
        headers["content-security-policy"] = contentSecurityPolicy(inlineScriptHashes(decodeBody(r.body, headers["content-encoding"])), frameAncestors(req.url ?? "/", env.EMBED_ALLOWED_ORIGINS));
      }
      if (key && r.status === 200 && !headers["set-cookie"] && storableEncoding(negotiatedEncoding(req.headers["accept-encoding"]), headers["content-encoding"])) {
        const response = { status: r.status, headers, body: r.body };
        if (cache.set(key, response, version)) settle(response);
        headers["x-ree-cache"] = "miss";
      }
      return headers;
    },
  });
  return handle(req, res);
}

const server = createServer(serverOptions(), (req, res) => {
  serve(req, res).catch((/** @type {unknown} */ error) => {
    console.error(error);
    if (!res.headersSent) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "internal", message: "Internal error" } }));
    }
  });
});
applyServerLimits(server);
server.listen(port, hostname, () => {
  console.log(`REE Monitor on http://${hostname ?? "localhost"}:${port} (response cache ${caching ? "on" : "off"})`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    versionDb?.close();
    process.exit(0);
  });
}
