// Sums the gzip sizes of the script chunks the HTML of a page references (Next 16 no longer prints
// "First Load JS"). Usage: node scripts/first-load-js.mjs [url]  (default http://localhost:3000/)
import { gzipSync } from "node:zlib";

const url = process.argv[2] ?? "http://localhost:3000/";
const html = await (await fetch(url)).text();
const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
let raw = 0;
let gz = 0;
for (const src of srcs) {
  const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
  raw += body.length;
  gz += gzipSync(body, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${url}: ${srcs.length} scripts, ${kb(raw)} raw, ${kb(gz)} gzip (first-load JS)`);
