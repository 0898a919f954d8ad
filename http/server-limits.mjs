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
