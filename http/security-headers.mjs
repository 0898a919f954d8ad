// @ts-check
// Security headers of the production server. The Content-Security-Policy of an HTML page allows
// scripts from this origin and exactly the inline scripts of that page, by their SHA-256 hashes,
// computed from the finished HTML (the server buffers HTML responses; a cached page keeps its
// policy). No per-request nonce, so pages stay cacheable. Chart export needs data: and blob:
// images (the SVG and PNG are drawn through an <img>) and data: fonts (fonts embedded in the SVG).
//
// Framing: the embed routes (`/embed/<chart>`, `/ja/embed/<chart>`) may be framed by the origins
// of EMBED_ALLOWED_ORIGINS (`frame-ancestors`, default `*`) and carry no X-Frame-Options; every
// other response says `frame-ancestors 'none'` and `X-Frame-Options: DENY`.
import { createHash } from "node:crypto";
import { isFrameworkInlineScript } from "./inline-scripts.mjs";
import { LOCALE_PREFIXES } from "./routes.mjs";

/** The first path segment of the embed routes (app/[locale]/embed/[chart]). */
export const EMBED_SEGMENT = "embed";

const EMBED_PATH = new RegExp(`^(?:/(?:${LOCALE_PREFIXES.join("|")}))?/${EMBED_SEGMENT}(?:/|$)`);

/** Whether a request path (a query string is ignored) is an embed route, in any language. @param {string} requestUrl */
export function isEmbedPath(requestUrl) {
  const q = requestUrl.search(/[?#]/);
  return EMBED_PATH.test(q < 0 ? requestUrl : requestUrl.slice(0, q));
}

/**
 * The frame-ancestors sources of a response: the allowed origins on an embed route, 'none' on any
 * other. `origins` is config/env.mjs's EMBED_ALLOWED_ORIGINS (already validated).
 * @param {string} requestUrl @param {readonly string[]} origins
 */
export function frameAncestors(requestUrl, origins) {
  return isEmbedPath(requestUrl) && origins.length ? origins.join(" ") : "'none'";
}

/** Inline <script> elements (no src attribute): the text the browser hashes is everything up to </script. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc\s*=)([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The distinct 'sha256-…' sources for the page's inline scripts that Next and React wrote; any
 * other inline script (markup injected into the page) gets no hash, so the browser refuses it.
 * @param {string} html @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (!match[2] || !isFrameworkInlineScript(match[1], match[2])) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** @param {string[]} scriptHashes @param {string} [ancestors] frameAncestors(): who may frame the page */
export function contentSecurityPolicy(scriptHashes, ancestors = "'none'") {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}`.trim(),
    // React renders style attributes (chart sizes, colours); no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}

/** Headers on every response, set through next.config.ts (also under `next dev`); X-Frame-Options on all but the embed routes (FRAME_DENY). */
export const STATIC_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  // No other origin's window keeps a handle on ours, and no other origin may embed our responses.
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/** On every response but the embed routes: no frame may show it (older browsers that ignore frame-ancestors). */
export const FRAME_DENY = { "x-frame-options": "DENY" };

/**
 * next.config.ts `headers()` source for every path except the embed routes (path-to-regexp with a
 * negative lookahead; `/` included): `/embed`, `/embed/…`, `/ja/embed`, `/ja/embed/…` are left out.
 */
export const NOT_EMBED_SOURCE = `/:path((?!(?:(?:${LOCALE_PREFIXES.join("|")})/)?${EMBED_SEGMENT}(?:/|$)).*)`;

/** @param {Record<string, string>} headers */
const list = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** The rules of next.config.ts `headers()`: the static headers everywhere, X-Frame-Options DENY everywhere but the embed routes. */
export function nextHeaderRules() {
  return [
    { source: "/:path*", headers: list(STATIC_HEADERS) },
    { source: NOT_EMBED_SOURCE, headers: list(FRAME_DENY) },
  ];
}
