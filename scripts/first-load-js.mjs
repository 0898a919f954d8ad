// Sums the gzip sizes of the script chunks the HTML of a page references (Next 16 no longer prints
// "First Load JS"). Usage: node scripts/first-load-js.mjs [url]  (default http://localhost:3000/)
import { gzipSync } from "node:zlib";

/** @param {string} url */
export async function firstLoadJs(url) {
  const html = await (await fetch(url)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: srcs.length, rawKb: raw / 1024, gzipKb: gz / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? "http://localhost:3000/";
  const r = await firstLoadJs(url);
  console.log(`${url}: ${r.scripts} scripts, ${r.rawKb.toFixed(1)} kB raw, ${r.gzipKb.toFixed(1)} kB gzip (first-load JS)`);
}
