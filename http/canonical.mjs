// @ts-check
// Canonical URLs for the response cache (server.mjs), decided by syntax alone, before the cache is
// looked up: URLs that differ only by unknown, invalid, duplicate or reordered parameters share one
// cache entry, so a flood of such variants costs one render.
//
// Pages with filters (the overview and the incidents list, in every language): a request whose
// query is not canonical is redirected (302) to its canonical URL. Unknown parameters are dropped;
// parameters are put in one fixed order; a syntactically invalid value (a year that is not four
// digits in MIN_YEAR–MAX_YEAR, an unknown incident category, a severity outside 1–5, a window or
// view the page does not know, a single-value parameter given twice) is dropped and named in the
// `ignored` marker (`?ignored=from:not_year,window:invalid`): names and reason codes only, from a
// fixed list, never the value, so the set of canonical URLs stays bounded. The page turns the
// marker into its filter notice (lib/validation/ignored-marker.ts). Well-formed values the page
// must look up (a material name) pass as they are: the app decides, under admission control.
//
// The read API: parameters are put in one order for the cache key (no redirect). An unknown,
// repeated or invalid parameter keeps its 400 answer from the app, which names it (docs/api.md).
//
// http/ imports nothing from lib/, so the lists below repeat lib/'s; http/canonical.test.ts
// checks that they match.

import { LOCALE_PREFIXES } from "./routes.mjs";

/** lib/validation/filter-params.ts */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;
export const MAX_PARAM_LENGTH = 200;
/** lib/enums.ts INCIDENT_CATEGORIES */
export const CATEGORY_VALUES = ["export_control", "trade_retaliation", "diplomatic", "military", "legal", "agreement", "de_escalation", "other"];
/** lib/analysis/event-study.ts MAX_WINDOW */
export const MAX_WINDOW = 10;
/** lib/enums.ts DEPENDENCE_VIEWS */
export const DEPENDENCE_VIEWS = ["share", "value"];
/** lib/validation/ignored-marker.ts IGNORED_PARAM and IGNORED_REASONS */
export const IGNORED_PARAM = "ignored";
/** @type {Record<string, readonly string[]>} */
export const IGNORED_REASONS = {
  material: ["too_long"],
  from: ["too_long", "repeated", "not_year", "before_min", "after_max"],
  to: ["too_long", "repeated", "not_year", "before_min", "after_max"],
  category: ["too_long", "unknown_category"],
  severity: ["too_long", "repeated", "bad_severity"],
  window: ["invalid"],
  view: ["invalid"],
  peersYear: ["not_year"],
};

/** The parameters each page with filters reads (server and browser), in their canonical order. */
export const PAGE_PARAMS = {
  "/": ["material", "from", "to", "category", "severity", "window", "view", "peersYear", "peers", "era", "v"],
  "/incidents": ["material", "from", "to", "category", "severity"],
};

/** @typedef {[string, string]} Entry */
/** @typedef {{ kind: "page", path: string, query: string, redirect: boolean } | { kind: "api", path: string, query: string, redirect: false } | { kind: "other", path: string, query: string, redirect: false }} Canonical */

/** The app's reading of a value list: every value, split at commas, trimmed, empty ones dropped. @param {string[]} list */
const pieces = (list) => list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");

/** @param {string} v */
const yearReason = (v) => (!/^\d{4}$/.test(v) ? "not_year" : Number(v) < MIN_YEAR ? "before_min" : Number(v) > MAX_YEAR ? "after_max" : null);

/**
 * One parameter's canonical value (or none) and the reasons it was not taken as given.
 * @param {string} name @param {string[]} raw every value given, in order
 * @returns {{ value: string | null, reasons: string[] }}
 */
function canonicalParam(name, raw) {
  const keep = (/** @type {string | null} */ value, /** @type {string[]} */ reasons = []) => ({ value, reasons });
  const first = raw[0];
  switch (name) {
    case "material":
    case "from":
    case "to":
    case "category":
    case "severity": {
      if (raw.join(",").length > MAX_PARAM_LENGTH) return keep(null, ["too_long"]);
      const list = pieces(raw);
      if (list.length === 0) return keep(null);
      if (name === "material") return keep(list.join(","));
      if (name === "category") {
        const valid = [...new Set(list.filter((c) => CATEGORY_VALUES.includes(c)))];
        return keep(valid.length ? valid.join(",") : null, list.some((c) => !CATEGORY_VALUES.includes(c)) ? ["unknown_category"] : []);
      }
      // One value only: the app drops a repeated one.
      if (list.length > 1) return keep(null, ["repeated"]);
      const reason = name === "severity" ? (/^[1-5]$/.test(list[0]) ? null : "bad_severity") : yearReason(list[0]);
      return reason ? keep(null, [reason]) : keep(list[0]);
    }
    // The browser reads the first value of these (nuqs).
    case "window":
      return /^\d{1,2}$/.test(first) && Number(first) >= 1 && Number(first) <= MAX_WINDOW ? keep(first) : keep(null, ["invalid"]);
    case "view":
      return DEPENDENCE_VIEWS.includes(first) ? keep(first) : keep(null, ["invalid"]);
    case "peersYear":
      return /^\d{4}$/.test(first) ? keep(first) : keep(null, ["not_year"]);
    case "peers": {
      // The peers card takes three-letter codes and ignores anything else, silently.
      const codes = [...new Set(pieces([first]).filter((c) => /^[A-Z]{3}$/.test(c)))];
      return keep(codes.length ? codes.join(",") : null);
    }
    // era=1 (the Japanese era on the printed briefing) or nothing; a version number or nothing.
    case "era":
      return keep(first === "1" ? first : null);
    case "v":
      return keep(/^[1-9]\d{0,8}$/.test(first) ? first : null);
    default:
      return keep(null);
  }
}

/** The marker's valid pieces, in canonical order. @param {Iterable<string>} pairs @param {readonly string[]} params */
function markerValue(pairs, params) {
  const given = new Set(pairs);
  const out = [];
  for (const name of params) for (const reason of IGNORED_REASONS[name] ?? []) if (given.has(`${name}:${reason}`)) out.push(`${name}:${reason}`);
  return out.join(",");
}

/** @param {string} value */
const encode = (value) => encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":");
/** @param {Entry[]} entries */
const serialize = (entries) => entries.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
/** @param {Entry[]} a @param {Entry[]} b */
const sameEntries = (a, b) => a.length === b.length && a.every(([k, v], i) => b[i][0] === k && b[i][1] === v);

/** The page of PAGE_PARAMS a path shows ("/ja/incidents" → "/incidents"), or null. @param {string} path */
function pageOf(path) {
  let page = path;
  for (const prefix of LOCALE_PREFIXES) {
    if (path === `/${prefix}`) page = "/";
    else if (path.startsWith(`/${prefix}/`)) page = path.slice(prefix.length + 1);
  }
  return Object.hasOwn(PAGE_PARAMS, page) ? /** @type {keyof typeof PAGE_PARAMS} */ (page) : null;
}

/**
 * The canonical form of a request URL (path and query string as received).
 * page: a page with filters; `redirect` when the URL given is not already canonical (send the
 *   reader to `path?query`). api: the read API; `query` is for the cache key only. other: as given.
 * @param {string} url
 * @returns {Canonical}
 */
export function canonicalUrl(url) {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const search = q < 0 ? "" : url.slice(q + 1);
  const given = /** @type {Entry[]} */ ([...new URLSearchParams(search)]);
  if (path.startsWith("/api/v1/")) {
    // A stable sort: a repeated parameter keeps the order of its values.
    const sorted = given.map((e, i) => /** @type {const} */ ([e, i])).sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([e]) => e);
    return { kind: "api", path, query: serialize(sorted), redirect: false };
  }
  const page = pageOf(path);
  if (!page) return { kind: "other", path, query: search, redirect: false };

  const params = PAGE_PARAMS[page];
  /** @type {Entry[]} */
  const entries = [];
  /** @type {string[]} */
  const ignored = [];
  for (const name of params) {
    const raw = given.filter(([k]) => k === name).map(([, v]) => v);
    if (raw.length === 0) continue;
    const { value, reasons } = canonicalParam(name, raw);
    if (value !== null) entries.push([name, value]);
    for (const reason of reasons) ignored.push(`${name}:${reason}`);
  }
  // A marker already in the URL (the reader followed our redirect) keeps its valid pieces.
  for (const [k, v] of given) if (k === IGNORED_PARAM) ignored.push(...v.split(","));
  const marker = markerValue(ignored, params);
  if (marker) entries.push([IGNORED_PARAM, marker]);
  return { kind: "page", path, query: serialize(entries), redirect: !sameEntries(given, entries) };
}

/** The URL a reader is sent to, or the URL the cache keys: path, and `?query` when there is one. @param {{ path: string, query: string }} c */
export const urlOf = (c) => (c.query ? `${c.path}?${c.query}` : c.path);
