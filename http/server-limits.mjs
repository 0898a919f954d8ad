// @ts-check
// Connection limits of the production server. Node's defaults let a client hold a socket for
// minutes by sending one header line every few seconds; a dashboard needs far less.

/** @typedef {{ headersTimeout: number, requestTimeout: number, keepAliveTimeout: number, maxConnections: number, connectionsCheckingInterval: number }} ServerLimits */

/** @type {ServerLimits} */
export const SERVER_LIMITS = {
  // The whole request head must arrive within 10 s.
  headersTimeout: 10_000,
  // The whole request, body included (a 20 MB import on a slow line), within 2 minutes.
  requestTimeout: 120_000,
  keepAliveTimeout: 5_000,
  // Beyond this many open sockets, new connections are refused at once instead of queueing.
  maxConnections: 1024,
  // How often Node checks the two timeouts above (its default, 30 s, would let them overrun).
  connectionsCheckingInterval: 1_000,
};

/**
 * Options for `http.createServer` and the limits to set on the server it returns.
 * @param {ServerLimits} [limits]
 */
export function serverOptions(limits = SERVER_LIMITS) {
  return { connectionsCheckingInterval: limits.connectionsCheckingInterval, headersTimeout: limits.headersTimeout, requestTimeout: limits.requestTimeout, keepAliveTimeout: limits.keepAliveTimeout };
}

/**
 * @param {import("node:http").Server} server
 * @param {ServerLimits} [limits]
 */
export function applyServerLimits(server, limits = SERVER_LIMITS) {
  server.headersTimeout = limits.headersTimeout;
  server.requestTimeout = limits.requestTimeout;
  server.keepAliveTimeout = limits.keepAliveTimeout;
  server.maxConnections = limits.maxConnections;
  return server;
}

/**
 * Admission control of renders (http/admission.mjs): the requests that reach Next (cache misses of
 * the pages and the read API, Next's RSC requests, unknown paths that render the 404 page). Cache
 * hits, build assets, the health probe and the import endpoint bypass it.
 * @typedef {{ maxConcurrentRenders: number, maxQueuedRenders: number, queueTimeoutMs: number, retryAfterSeconds: number }} RenderLimits
 */

/** @type {RenderLimits} */
export const RENDER_LIMITS = {
  // Renders run on one event loop and are CPU-bound (React, SQLite, compression on the same
  // thread): more at once do not finish more per second, they only make each one slower (a render's
  // latency grows with the number sharing the loop). Two keep the loop busy while one waits.
  maxConcurrentRenders: 2,
  // Renders waiting for a slot; one more is answered 503 at once. A quiet server drains 32 in well
  // under a second (docs/performance.md); a burst of a page's API requests fits.
  maxQueuedRenders: 32,
  // A render that waited this long for a slot is answered 503 (the reader is told to retry)
  // instead of waiting on. On a quiet server the queue drains long before (32 renders of ~15 ms on
  // two slots: a quarter of a second); the bound is for a starved machine, where renders take
  // seconds: 1.5 s refused a test's four parallel page requests on a 2-core machine at load 20,
  // so it leaves room for a few slow renders while keeping a flood far from 20 s waits.
  queueTimeoutMs: 5_000,
  // Retry-After of the 503 answer, in seconds.
  retryAfterSeconds: 2,
};

/**
 * The render limits, with the overrides of the environment (config/env.mjs: REE_MAX_RENDERS,
 * REE_RENDER_QUEUE, REE_RENDER_QUEUE_TIMEOUT_MS), e.g. a low cap for the flood test.
 * @param {{ REE_MAX_RENDERS?: number, REE_RENDER_QUEUE?: number, REE_RENDER_QUEUE_TIMEOUT_MS?: number }} [e]
 * @returns {RenderLimits}
 */
export function renderLimits(e = {}) {
  return {
    ...RENDER_LIMITS,
    ...(e.REE_MAX_RENDERS !== undefined ? { maxConcurrentRenders: e.REE_MAX_RENDERS } : {}),
    ...(e.REE_RENDER_QUEUE !== undefined ? { maxQueuedRenders: e.REE_RENDER_QUEUE } : {}),
    ...(e.REE_RENDER_QUEUE_TIMEOUT_MS !== undefined ? { queueTimeoutMs: e.REE_RENDER_QUEUE_TIMEOUT_MS } : {}),
  };
}
