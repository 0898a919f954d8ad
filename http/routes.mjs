// @ts-check
// The route manifest of the response cache: every route of the app (each app/**/page.tsx, each
// app/**/route.ts and each metadata file), written as Next writes it (route groups such as
// `(dashboard)` left out, dynamic segments as `[id]`), with whether the server may keep its
// response. http/routes.test.ts walks app/ and fails when a route exists that is not listed here,
// or when an entry names a route that no longer exists: a new page is decided on, never cached or
// left out by accident.
//
// cacheable: the response depends only on the URL and the database (the cache key is the URL and
//   the accepted encoding; any commit to the database drops every entry).
// private: never kept, for the reason given.

/**
 * @typedef {"cacheable" | "private"} Caching
 * @typedef {{ route: string, kind: "page" | "handler" | "metadata", caching: "cacheable", reason?: undefined }
 *   | { route: string, kind: "page" | "handler" | "metadata", caching: "private", reason: string }} RouteEntry
 */

/** @type {readonly RouteEntry[]} */
export const ROUTES = [
  // Dashboard pages.
  { route: "/", kind: "page", caching: "cacheable" },
  { route: "/incidents", kind: "page", caching: "cacheable" },
  { route: "/incidents/[id]", kind: "page", caching: "cacheable" },
  { route: "/projects", kind: "page", caching: "cacheable" },
  { route: "/projects/[id]", kind: "page", caching: "cacheable" },
  { route: "/sources", kind: "page", caching: "cacheable" },
  { route: "/materials", kind: "page", caching: "cacheable" },
  { route: "/changes", kind: "page", caching: "cacheable" },
  { route: "/accessibility", kind: "page", caching: "cacheable" },
  { route: "/data", kind: "page", caching: "private", reason: "The import page shows the audit log live." },
  // A chart card for other sites' pages (framable: http/security-headers.mjs); like the dashboard
  // pages, it depends only on the URL and the database, and its stored headers keep its frame-ancestors.
  { route: "/embed/[chart]", kind: "page", caching: "cacheable" },

  // The read API.
  { route: "/api/v1/materials", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/trade-shares", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/dependence", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/incidents", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/projects", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/summary", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/event-study", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/concentration", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/all-data", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/materials/summary", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/peers", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/monthly", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/versions", kind: "handler", caching: "cacheable" },
  { route: "/api/v1/imports", kind: "handler", caching: "private", reason: "The admin import endpoint: token-protected writes, and its GET is the live audit log." },
  { route: "/api/v1/imports/whoami", kind: "handler", caching: "private", reason: "Checks the admin token at sign-in: the answer depends on the Authorization header, so it must reach the app every time." },
  { route: "/api/health", kind: "handler", caching: "private", reason: "A liveness probe must reach the app and the database every time." },
  { route: "/feed.xml", kind: "handler", caching: "private", reason: "The Atom feeds (/feed.xml, /ja/feed.xml) write absolute links from the request's Host header, which the cache key does not hold: a kept feed would hand one client's host to everyone." },

  // Metadata files (app/icon.svg).
  { route: "/icon.svg", kind: "metadata", caching: "private", reason: "Prerendered by next build and served by Next as a file; never kept here (it never was)." },
];

/**
 * The language prefixes of page paths (lib/i18n/routing.ts: English has none, Japanese is /ja).
 * Pages are listed once, without a prefix; "/ja/materials" is classified as "/materials".
 * http/ imports nothing from lib/, so the list is repeated here and http/routes.test.ts checks
 * that it matches lib/i18n/routing.ts.
 */
export const LOCALE_PREFIXES = /** @type {const} */ (["ja"]);

/** A page path without its language prefix ("/ja/materials" → "/materials"). @param {string} path */
export const withoutLocale = (path) => {
  for (const prefix of LOCALE_PREFIXES) {
    if (path === `/${prefix}`) return "/";
    if (path.startsWith(`/${prefix}/`)) return path.slice(prefix.length + 1);
  }
  return path;
};

/** Build output: content-hashed and immutable, compressed once here instead of on every request. Not a route of app/. */
export const BUILD_ASSETS = { prefix: "/_next/static/", caching: /** @type {const} */ ("cacheable") };

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The matcher of a route written as Next writes it: `/` only the root, `[name]` one non-empty
 * path segment, anything else literally; no trailing slash. Catch-all segments (`[...name]`) are
 * not used by the app and are refused rather than guessed at.
 * @param {string} route
 * @returns {RegExp}
 */
export function routeMatcher(route) {
  if (!route.startsWith("/")) throw new Error(`route must start with "/": ${route}`);
  if (route === "/") return /^\/$/;
  const segments = route.slice(1).split("/");
  const source = segments
    .map((segment) => {
      if (segment === "" || segment.includes("...")) throw new Error(`unsupported route segment "${segment}" in ${route}`);
      return /^\[[^\]/]+\]$/.test(segment) ? "\\/[^/]+" : `\\/${escapeRegExp(segment)}`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

const PRIVATE = ROUTES.filter((r) => r.caching === "private").map((r) => routeMatcher(r.route));
const CACHEABLE = ROUTES.filter((r) => r.caching === "cacheable").map((r) => routeMatcher(r.route));

/**
 * How the response cache treats a request path (the URL without its query string): "cacheable",
 * "private", or null for a path of no known route (never cached either). When a path matches both
 * a private and a cacheable route, private wins.
 * A page path under a language prefix is classified as the page itself.
 * @param {string} requestPath
 * @returns {Caching | null}
 */
export function routeCaching(requestPath) {
  const path = withoutLocale(requestPath);
  if (PRIVATE.some((m) => m.test(path))) return "private";
  if (path.startsWith(BUILD_ASSETS.prefix)) return BUILD_ASSETS.caching;
  if (CACHEABLE.some((m) => m.test(path))) return "cacheable";
  return null;
}
