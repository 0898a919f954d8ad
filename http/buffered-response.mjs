// @ts-check
// Holds back a response Next is writing, so the server can add the page's script hashes to its
// Content-Security-Policy and keep a copy for the response cache. HTML, and anything the cache
// will keep, is buffered whole (Next's compression runs before this layer, so the bytes held are
// the bytes sent); everything else (scripts, fonts, CSV downloads that are not cached) streams
// through untouched once its headers are known.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/** @typedef {import("node:http").ServerResponse} ServerResponse */
/** @typedef {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer }} Finished */

const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "date"];

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
}

/** The body as text, whatever content-encoding the compression layer chose. @param {Buffer} body @param {unknown} encoding */
export function decodeBody(body, encoding) {
  const e = String(encoding ?? "").toLowerCase();
  if (e === "gzip") return gunzipSync(body).toString("utf8");
  if (e === "deflate") return inflateSync(body).toString("utf8");
  if (e === "br") return brotliDecompressSync(body).toString("utf8");
  return body.toString("utf8");
}

/**
 * Wraps `res` before Next sees it. `shouldBuffer(status, contentType)` decides, when the headers are
 * ready, whether to hold the body; `finish(response)` then receives the whole response and returns
 * the headers to send (it may add some). A failure inside finish falls back to sending as is.
 * @param {ServerResponse} res
 * @param {{ shouldBuffer: (status: number, contentType: string) => boolean, finish: (r: Finished) => Record<string, string | string[] | number> }} hooks
 */
export function bufferResponse(res, { shouldBuffer, finish }) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  /** @type {"undecided" | "buffer" | "pass"} */
  let mode = "undecided";
  /** @type {Buffer[]} */
  const chunks = [];

  const decide = () => {
    if (mode !== "undecided") return;
    const type = String(res.getHeader("content-type") ?? "");
    mode = shouldBuffer(res.statusCode, type) ? "buffer" : "pass";
    // Layers above this one (Next's compression) wrapped these methods after us: keep ours in
    // place and forward, rather than putting the originals back over theirs.
    if (mode === "pass" && !res.headersSent) original.writeHead.call(res, res.statusCode);
  };

  // writeHead(status[, reason][, headers]): keep the status and headers on `res`; send nothing yet.
  res.writeHead = /** @type {any} */ (
    function (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) {
      if (mode === "pass") return original.writeHead.apply(res, /** @type {any} */ (arguments));
      res.statusCode = status;
      const h = typeof reason === "object" && reason !== null ? reason : headers;
      if (Array.isArray(h)) for (let i = 0; i + 1 < h.length; i += 2) res.setHeader(h[i], h[i + 1]);
      else if (h) for (const [k, v] of Object.entries(h)) if (v !== undefined) res.setHeader(k, v);
      return res;
    }
  );
  res.flushHeaders = function () {
    if (mode === "pass") original.flushHeaders.call(res);
  };
  res.write = /** @type {any} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
      decide();
      if (mode === "pass") return original.write.apply(res, /** @type {any} */ (arguments));
      if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
      const callback = typeof encoding === "function" ? encoding : cb;
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
  );
  res.end = /** @type {any} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
      decide();
      if (mode === "pass") return original.end.apply(res, /** @type {any} */ (arguments));
      if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
      const callback = [chunk, encoding, cb].find((f) => typeof f === "function");
      mode = "pass";
      const body = Buffer.concat(chunks);
      /** @type {Record<string, string | string[] | number>} */
      const headers = {};
      for (const [k, v] of Object.entries(res.getHeaders())) if (v !== undefined && !HOP_BY_HOP.includes(k)) headers[k] = v;
      headers["content-length"] = body.length;
      let send = headers;
      try {
        send = finish({ status: res.statusCode, headers, body });
      } catch (error) {
        console.error("response post-processing failed:", error instanceof Error ? error.message : error);
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      original.writeHead.call(res, res.statusCode, send);
      return original.end.call(res, body, callback);
    }
  );
}
