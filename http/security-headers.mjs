// @ts-check
// Security headers of the production server. The Content-Security-Policy of an HTML page allows
// scripts from this origin and exactly the inline scripts of that page, by their SHA-256 hashes,
// computed from the finished HTML (the server buffers HTML responses; a cached page keeps its
// policy). No per-request nonce, so pages stay cacheable. Chart export needs data: and blob:
// images (the SVG and PNG are drawn through an <img>) and data: fonts (fonts embedded in the SVG).
import { createHash } from "node:crypto";
import { isFrameworkInlineScript } from "./inline-scripts.mjs";

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

/** @param {string[]} scriptHashes */
export function contentSecurityPolicy(scriptHashes) {
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
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers on every response, set through next.config.ts (also under `next dev`). */
export const STATIC_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  // No other origin's window keeps a handle on ours, and no other origin may embed our responses.
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};
