// The weight of a page's HTML as a browser receives it: raw bytes, gzip bytes on the wire (asked
// for with `accept-encoding: gzip`, as the server sends it; compressed here at level 6 if the
// server does not), and the raw bytes split into inline <script> (the RSC flight payload:
// hydration data, messages, client props) and the rest (markup). Used by `npm run bench` (e2e/page-weight.spec.ts
// measures the same way). kB are 1000 bytes.
//
//   node scripts/page-weight.mjs 'http://127.0.0.1:3000/?material=rare-earths&from=2005&to=2026'
import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

/** @param {number} bytes */
const kb = (bytes) => Math.round(bytes / 100) / 10;

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @returns {Promise<{ body: Buffer, encoding: string | undefined }>}
 */
function get(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => (res.statusCode === 200 ? resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/**
 * The figures of HTML in hand; `gzipBytes`, its compressed size as sent.
 * @param {Buffer} html
 * @param {number} [gzipBytes]
 */
export function weigh(html, gzipBytes = gzipSync(html, { level: 6 }).length) {
  let scripts = 0;
  for (const m of html.toString("utf8").matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) scripts += Buffer.byteLength(m[0]);
  return { rawKb: kb(html.length), gzipKb: kb(gzipBytes), inlineScriptKb: kb(scripts), markupKb: kb(html.length - scripts) };
}

/**
 * Raw and gzip kB of a page's HTML, and its raw kB split into inline scripts and markup.
 * @param {string} url
 * @returns {Promise<{ rawKb: number, gzipKb: number, inlineScriptKb: number, markupKb: number }>}
 */
export async function pageWeight(url) {
  const { body, encoding } = await get(url, { "accept-encoding": "gzip" });
  return encoding === "gzip" ? weigh(gunzipSync(body), body.length) : weigh(body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) console.log(url, await pageWeight(url));
}
