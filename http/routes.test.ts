import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isNextInternalRequest } from "./next-internals.mjs";
import { cacheKey } from "./response-cache.mjs";
// The one import of lib/ in http/: the test checks that the two lists of languages agree.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/routing";
import { BUILD_ASSETS, LOCALE_PREFIXES, ROUTES, routeCaching, routeMatcher } from "./routes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const appDir = path.join(root, "app");

type Found = { route: string; kind: "page" | "handler" | "metadata"; file: string };

const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const ROUTE_FILE = /^route\.(ts|js)$/;
/** Metadata files Next serves as they are, at their own name. */
const STATIC_METADATA = /^((icon|apple-icon|opengraph-image|twitter-image)\d*\.(ico|jpe?g|png|gif|svg)|favicon\.ico|robots\.txt|sitemap\.xml|manifest\.(json|webmanifest))$/;
/** Metadata files whose URL Next derives from code: this walk does not guess it. */
const GENERATED_METADATA = /^(icon|apple-icon|opengraph-image|twitter-image|sitemap|robots|manifest)\d*\.(tsx|ts|jsx|js)$/;

/**
 * Every route app/ defines, written as in the manifest: route groups `(name)` and parallel-route
 * slots `@name` leave no trace in the URL, private folders `_name` define none. Folders and files
 * this walk cannot turn into a URL are returned as `unknown`, so that the test fails on them
 * instead of skipping them.
 */
function appRoutes(dir = appDir, segments: string[] = [], out = { found: [] as Found[], unknown: [] as string[] }) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const file = path.relative(root, full);
    const url = (...rest: string[]) => `/${[...segments, ...rest].join("/")}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue;
      if (entry.name.startsWith("(.")) out.unknown.push(`${file} (intercepting route)`);
      else if (/^\(.+\)$/.test(entry.name) || entry.name.startsWith("@")) appRoutes(full, segments, out);
      // The language segment: the proxy (proxy.ts) fills it from the URL's prefix (none for
      // English, /ja for Japanese), so the manifest lists each page once, without it.
      else if (entry.name === "[locale]" && segments.length === 0) appRoutes(full, segments, out);
      // The one catch-all: a language's 404 for any path no page takes (never cached: no route matches it).
      else if (entry.name === "[...rest]" && segments.length === 0) continue;
      else if (entry.name.includes("...")) out.unknown.push(`${file} (catch-all segment)`);
      else appRoutes(full, [...segments, entry.name], out);
    } else if (PAGE_FILE.test(entry.name)) out.found.push({ route: url(), kind: "page", file });
    else if (ROUTE_FILE.test(entry.name)) out.found.push({ route: url(), kind: "handler", file });
    else if (STATIC_METADATA.test(entry.name)) out.found.push({ route: url(entry.name), kind: "metadata", file });
    else if (GENERATED_METADATA.test(entry.name)) out.unknown.push(`${file} (generated metadata route)`);
  }
  return out;
}

/** A concrete path of a route: `/incidents/[id]` → `/incidents/12`. */
const example = (route: string) => route.replace(/\[[^\]]+\]/g, "12");

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { "accept-encoding": "gzip", ...headers } });

describe("route manifest (http/routes.mjs)", () => {
  const { found, unknown } = appRoutes();
  const listed = new Map(ROUTES.map((r) => [r.route, r]));

  it("finds the app's routes on disk", () => {
    expect(unknown).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(found.map((f) => f.route)).toContain("/incidents/[id]");
  });

  it("classifies every page, route handler and metadata file of app/", () => {
    const missing = found.filter((f) => listed.get(f.route)?.kind !== f.kind).map((f) => `${f.file} → ${f.kind} ${f.route}`);
    expect(missing, "routes in app/ that http/routes.mjs does not classify (add them as cacheable or private)").toEqual([]);
  });

  it("lists no route that app/ does not have", () => {
    const onDisk = new Set(found.map((f) => f.route));
    const stale = ROUTES.filter((r) => !onDisk.has(r.route)).map((r) => r.route);
    expect(stale, "entries of http/routes.mjs with no page or route file in app/").toEqual([]);
  });

  it("lists each route once, and says why each private one is never cached", () => {
    expect(new Set(ROUTES.map((r) => r.route)).size).toBe(ROUTES.length);
    for (const r of ROUTES) if (r.caching === "private") expect(r.reason?.trim(), r.route).toBeTruthy();
  });

  it("compiles each entry into a matcher that classifies the route's own URLs as the entry says", () => {
    for (const r of ROUTES) {
      expect(routeCaching(example(r.route)), r.route).toBe(r.caching);
      expect(cacheKey(get(`${example(r.route)}?a=1`)) !== null, r.route).toBe(r.caching === "cacheable");
    }
  });

  it("keeps the fixed classifications", () => {
    expect(routeCaching("/")).toBe("cacheable");
    expect(routeCaching("/incidents/12")).toBe("cacheable");
    expect(routeCaching("/projects/abc")).toBe("cacheable");
    expect(routeCaching("/api/v1/dependence")).toBe("cacheable");
    expect(routeCaching("/data")).toBe("private");
    expect(routeCaching("/api/v1/imports")).toBe("private");
    expect(routeCaching("/api/health")).toBe("private");
    expect(routeCaching(`${BUILD_ASSETS.prefix}chunks/x.js`)).toBe("cacheable");
    expect(routeCaching("/unknown-page")).toBeNull();
    expect(cacheKey(get("/unknown-page"))).toBeNull();
    expect(routeCaching("/robots.txt")).toBeNull();
  });

  it("matches whole paths only: no trailing slash, no extra segment, no prefix", () => {
    for (const path of ["/incidents/", "/incidents/12/x", "/incidents//", "/sources/x", "/api/v1/dependence/x", "/api/v1", "//", "", "/_next/image"]) {
      expect(routeCaching(path), path).toBeNull();
    }
    expect(routeMatcher("/api/v1/trade-shares").test("/api/v1/trade-shares")).toBe(true);
    expect(routeMatcher("/a.b").test("/aXb")).toBe(false);
    expect(() => routeMatcher("/docs/[...slug]")).toThrow(/unsupported/);
    expect(() => routeMatcher("incidents")).toThrow();
  });
});

describe("language prefixes", () => {
  it("are the languages of lib/i18n/routing.ts other than the default", () => {
    expect([...LOCALE_PREFIXES]).toEqual(LOCALES.filter((l) => l !== DEFAULT_LOCALE));
  });

  it("classify a Japanese page as the page itself", () => {
    expect(routeCaching("/ja")).toBe("cacheable");
    expect(routeCaching("/ja/materials")).toBe("cacheable");
    expect(routeCaching("/ja/incidents/3")).toBe("cacheable");
    expect(routeCaching("/ja/data")).toBe("private");
    expect(cacheKey(get("/ja/materials?x=1"))).not.toBeNull();
    expect(cacheKey(get("/ja/data"))).toBeNull();
    // Not a language prefix: no route.
    expect(routeCaching("/jam")).toBeNull();
    expect(routeCaching("/en/materials")).toBeNull();
  });
});

describe("isNextInternalRequest (http/next-internals.mjs)", () => {
  it("recognises Next's internal request headers and the _rsc query parameter", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"]) {
      expect(isNextInternalRequest(get("/incidents", { [header]: "1" })), header).toBe(true);
    }
    expect(isNextInternalRequest(get("/incidents?_rsc=abc"))).toBe(true);
    expect(isNextInternalRequest(get("/incidents?material=x&_rsc=abc"))).toBe(true);
    expect(isNextInternalRequest(get("/incidents?x_rsc=abc"))).toBe(false);
    expect(isNextInternalRequest(get("/incidents/_rsc=1"))).toBe(false);
    expect(isNextInternalRequest(get("/incidents?material=x"))).toBe(false);
    expect(isNextInternalRequest({ headers: {} })).toBe(false);
  });

  it("is the only module of the server that names those headers", () => {
    const sources = [
      "server.mjs",
      ...fs
        .readdirSync(path.join(root, "http"))
        .filter((f) => f.endsWith(".mjs"))
        .map((f) => `http/${f}`),
    ];
    const readers = sources.filter((f) => f !== "http/next-internals.mjs" && /["'`](rsc|next-router-[a-z-]+|next-action|next-url)["'`]|_rsc/i.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(readers).toEqual([]);
  });
});
