// @ts-check
// Admission control of the production server (server.mjs): at most `maxConcurrentRenders` requests
// render in Next at once, at most `maxQueuedRenders` wait for a slot, and none waits longer than
// `queueTimeoutMs`. Past that the request is answered 503 with Retry-After at once: a flood of
// distinct URLs costs a bounded amount of work, and no connection is held for many seconds.
// The numbers live in http/server-limits.mjs.

import { LOCALE_PREFIXES, routeCaching } from "./routes.mjs";
import { FRAME_DENY, STATIC_HEADERS } from "./security-headers.mjs";

/** @typedef {import("./server-limits.mjs").RenderLimits} RenderLimits */
/** @typedef {() => void} Release */
/** @typedef {{ setTimer?: (fn: () => void, ms: number) => unknown, clearTimer?: (timer: any) => void }} Clock */

export class AdmissionControl {
  /** @param {Pick<RenderLimits, "maxConcurrentRenders" | "maxQueuedRenders" | "queueTimeoutMs">} limits @param {Clock} [clock] */
  constructor(limits, { setTimer = setTimeout, clearTimer = clearTimeout } = {}) {
    this.limits = limits;
    this.setTimer = setTimer;
    this.clearTimer = clearTimer;
    this.active = 0;
    /** @type {{ resolve: (r: Release | null) => void, timer: unknown }[]} */
    this.queue = [];
    this.stats = { admitted: 0, queued: 0, rejectedFull: 0, rejectedTimeout: 0, abandoned: 0 };
  }

  /** A release function that gives the slot back once, whatever calls it. @returns {Release} */
  slot() {
    this.active++;
    this.stats.admitted++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.next();
    };
  }

  next() {
    while (this.active < this.limits.maxConcurrentRenders && this.queue.length) {
      const waiter = /** @type {NonNullable<(typeof this.queue)[number]>} */ (this.queue.shift());
      this.clearTimer(waiter.timer);
      waiter.resolve(this.slot());
    }
  }

  /**
   * A slot to render in: the release function (call it when the response is done), or null when
   * the request must be refused (the queue is full, it waited too long, or `signal` aborted: the
   * client went away while it waited).
   * @param {AbortSignal} [signal]
   * @returns {Promise<Release | null>}
   */
  acquire(signal) {
    if (this.active < this.limits.maxConcurrentRenders && this.queue.length === 0) return Promise.resolve(this.slot());
    if (this.queue.length >= this.limits.maxQueuedRenders) {
      this.stats.rejectedFull++;
      return Promise.resolve(null);
    }
    this.stats.queued++;
    return new Promise((resolve) => {
      /** @type {{ resolve: (r: Release | null) => void, timer: unknown }} */
      const waiter = { resolve, timer: null };
      const leave = (/** @type {"rejectedTimeout" | "abandoned"} */ why) => {
        const i = this.queue.indexOf(waiter);
        if (i < 0) return;
        this.queue.splice(i, 1);
        this.clearTimer(waiter.timer);
        this.stats[why]++;
        resolve(null);
      };
      waiter.timer = this.setTimer(() => leave("rejectedTimeout"), this.limits.queueTimeoutMs);
      signal?.addEventListener("abort", () => leave("abandoned"), { once: true });
      this.queue.push(waiter);
    });
  }
}

/**
 * Whether a request path renders in Next and so needs a slot: the pages and read API (cacheable
 * routes, whether or not this request is kept), and unknown paths (the 404 page is a render too).
 * Not: build assets and public files (served as files), the health probe and the import endpoint
 * (private routes with their own limits).
 * @param {string} path the request path without its query string
 */
export function needsAdmission(path) {
  const caching = routeCaching(path);
  if (caching === "cacheable") return !path.startsWith("/_next/static/");
  if (caching === "private") return false;
  // Unknown: Next's own files and public files (a dot in the last segment) are not renders.
  return !path.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(path);
}

/**
 * The reader-facing words of the 503 answer, per language. http/ imports nothing from lib/, so they
 * are repeated from the `overload` catalogue (`common.overload` in lib/i18n/messages/{en,ja}/common.json; the 503 page is written by server.mjs, not rendered by the app) and
 * http/admission.test.ts checks that they match it.
 */
export const OVERLOAD_TEXT = {
  en: { title: "The server is busy", message: "Too many pages are being prepared at once. Please try again in a few seconds." },
  ja: { title: "混雑しています", message: "ただいまアクセスが集中しているため、ページを表示できません。数秒後に再度お試しください。" },
};

/** @param {string} path */
const languageOf = (path) => (LOCALE_PREFIXES.find((p) => path === `/${p}` || path.startsWith(`/${p}/`)) === "ja" ? "ja" : "en");

/**
 * Answers 503 with Retry-After: JSON for the API (`{"error":{"code":"overloaded",…}}`, as every
 * API error), a small HTML page in the page's language otherwise.
 * @param {import("node:http").ServerResponse} res @param {string} path @param {number} retryAfterSeconds
 */
export function sendOverloaded(res, path, retryAfterSeconds) {
  const lang = languageOf(path);
  const text = OVERLOAD_TEXT[lang];
  const api = path.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: { code: "overloaded", message: `${OVERLOAD_TEXT.en.title}: ${OVERLOAD_TEXT.en.message}` } })
    : `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text.title}</title></head><body><h1>${text.title}</h1><p>${text.message}</p></body></html>`;
  res.writeHead(503, {
    ...STATIC_HEADERS,
    ...FRAME_DENY,
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "cache-control": "no-store",
    "retry-after": String(retryAfterSeconds),
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}
