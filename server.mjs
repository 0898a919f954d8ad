// @ts-check
// The production server (`npm start`, `npm run bench`): Next's request handler behind a thin layer
// that (1) answers repeated GETs of the dashboard pages and the read API (the routes http/routes.mjs
// marks cacheable) from the rendered-response cache (http/response-cache.mjs), dropped whenever the
// database changes, and (2) gives every HTML page a Content-Security-Policy with the hashes of its
// own inline scripts, plus the other security headers. `next dev` runs without this layer
// (next.config.ts sets the static headers there).
import { createServer } from "node:http";
import Database from "better-sqlite3";
import next from "next";
import { bufferResponse, decodeBody } from "./http/buffered-response.mjs";
import { ResponseCache, cacheKey, negotiatedEncoding, storableEncoding } from "./http/response-cache.mjs";
import { reactRuntimeDefinitionCount } from "./http/inline-scripts.mjs";
import { applyServerLimits, serverOptions } from "./http/server-limits.mjs";
import { contentSecurityPolicy, frameAncestors, inlineScriptHashes } from "./http/security-headers.mjs";
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

/** @param {import("node:http").ServerResponse} res @param {import("./http/response-cache.mjs").CachedResponse} hit @param {string} how */
function sendCached(res, hit, how) {
  res.writeHead(hit.status, { ...hit.headers, "x-ree-cache": how });
  res.end(hit.body);
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
async function serve(req, res) {
  if (httpCache.handle(req, res)) return;
  // The static security headers come from next.config.ts (stored with each cached answer too).
  if (req.method === "HEAD") return handle(req, res);

  const key = caching ? cacheKey(req) : null;
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
