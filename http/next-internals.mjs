// @ts-check
// The one place that knows Next's internal request protocol. The App Router's client asks the
// server for things other than a page's HTML (RSC payloads for navigation and prefetch, server
// actions) on the same URLs, marked by these request headers or the `_rsc` query parameter. Such
// answers vary with headers the cache key does not hold, so the response cache never keeps them.

/** Request headers that make Next answer with something other than the page's HTML (RSC payloads, actions). */
const INTERNAL_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
/** The cache-busting query parameter Next adds to RSC requests. */
const RSC_QUERY = /(?:^|&)_rsc=/;

/**
 * Whether Next's client sent this request for its own protocol (RSC payload, prefetch, server action).
 * @param {{ url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function isNextInternalRequest(req) {
  if (INTERNAL_HEADERS.some((h) => req.headers[h] !== undefined)) return true;
  const q = req.url ? req.url.indexOf("?") : -1;
  return q >= 0 && RSC_QUERY.test(/** @type {string} */ (req.url).slice(q + 1));
}
