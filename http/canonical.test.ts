import { describe, expect, it } from "vitest";
import { canonicalUrl, CATEGORY_VALUES, DEPENDENCE_VIEWS, IGNORED_PARAM, IGNORED_REASONS, MAX_PARAM_LENGTH, MAX_WINDOW, MAX_YEAR, MIN_YEAR, PAGE_PARAMS, urlOf } from "./canonical.mjs";
import { cacheKey } from "./response-cache.mjs";
// The lists of canonical.mjs repeat lib/'s (http/ imports nothing from lib/): the test holds them together.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import { DEPENDENCE_VIEWS as LIB_VIEWS, INCIDENT_CATEGORIES } from "../lib/enums";
import { MAX_WINDOW as LIB_MAX_WINDOW } from "../lib/analysis/event-study";
import { MAX_PARAM_LENGTH as LIB_MAX_PARAM_LENGTH, MAX_YEAR as LIB_MAX_YEAR, MIN_YEAR as LIB_MIN_YEAR, parseFilterParams, paramsFromSearch } from "../lib/validation/filter-params";
import { IGNORED_PARAM as LIB_IGNORED_PARAM, IGNORED_REASONS as LIB_IGNORED_REASONS, ignoredIssues } from "../lib/validation/ignored-marker";
import { ERA_PARAM } from "../lib/dependence-briefing";
import { VERSION_PARAM } from "../lib/versions";
/* eslint-enable @typescript-eslint/no-restricted-imports */

const key = (url: string) => {
  const c = canonicalUrl(url);
  return cacheKey({ method: "GET", url, headers: { "accept-encoding": "gzip" } }, urlOf(c));
};
/** Where a reader of `url` ends up: the canonical URL (after at most one redirect). */
const target = (url: string) => urlOf(canonicalUrl(url));

describe("canonical URLs of the pages with filters", () => {
  const base = "/?material=rare-earths&from=2010&to=2020";

  it("a canonical URL is served as it is (no redirect)", () => {
    for (const url of [base, "/", "/ja", "/incidents?material=all&severity=3", "/ja/incidents?category=military,legal", "/?material=Rare%20Earths", "/?material=a,b", "/?window=5&view=value&peersYear=2020&peers=USA,DEU&era=1&v=3"]) {
      expect(canonicalUrl(url).redirect, url).toBe(false);
    }
  });

  it("unknown, duplicate, reordered and invalid variants all lead to one URL and one cache key", () => {
    const variants = [
      "/?from=2010&material=rare-earths&to=2020", // reordered
      `${base}&nocache=1`, // unknown
      `${base}&nocache=2&utm_source=x`,
      `/?to=2020&nocache=3&from=2010&material=rare-earths`,
      "/?material=rare-earths&from=%202010&to=2020", // the app trims values
      "/?material=rare-earths&material=&from=2010&to=2020", // an empty one is nothing
    ];
    for (const v of variants) {
      expect(canonicalUrl(v).redirect, v).toBe(true);
      expect(target(v), v).toBe(base);
      expect(key(v), v).toBe(key(base));
    }
    // Invalid values: one URL per parameter and reason, whatever the value was.
    const invalid = ["/?material=rare-earths&from=abc", "/?from=xyz&material=rare-earths", "/?material=rare-earths&from=%3Cscript%3E&junk=1"];
    for (const v of invalid) expect(target(v), v).toBe("/?material=rare-earths&ignored=from:not_year");
    expect(new Set(invalid.map(key)).size).toBe(1);
  });

  it("names each dropped value by parameter and reason, never by value", () => {
    expect(target("/?from=1989")).toBe("/?ignored=from:before_min");
    expect(target("/?to=2099")).toBe("/?ignored=to:after_max");
    expect(target("/?from=2010&from=2011")).toBe("/?ignored=from:repeated");
    expect(target("/?from=2010,2011")).toBe("/?ignored=from:repeated");
    expect(target("/incidents?severity=9&category=military,nope")).toBe("/incidents?category=military&ignored=category:unknown_category,severity:bad_severity");
    expect(target(`/?from=${"9".repeat(MAX_PARAM_LENGTH + 1)}`)).toBe("/?ignored=from:too_long");
    expect(target("/ja?window=99&view=bars&peersYear=20x0")).toBe("/ja?ignored=window:invalid,view:invalid,peersYear:not_year");
    // What the page ignores silently is dropped silently.
    expect(target("/?peers=usa,DEU&era=2&v=0")).toBe("/?peers=DEU");
    const hostile = target("/?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&to=rare-earths%0D%0ASet-Cookie:%20a=b");
    expect(hostile).toBe("/?ignored=from:not_year,to:not_year");
  });

  it("is idempotent: the canonical URL of a canonical URL is itself, the marker included", () => {
    for (const v of ["/?from=abc&material=x&window=0", "/ja/incidents?severity=0&from=1&from=2", "/?ignored=bogus,from:not_year,from:evil", "/?material=%E0%A4%A&to=%zz"]) {
      const once = target(v);
      expect(canonicalUrl(once).redirect, once).toBe(false);
      expect(target(once)).toBe(once);
    }
  });

  it("keeps the material list as the app reads it (order, repeats, names) and leaves its meaning to the app", () => {
    expect(target("/?material=graphite&material=gallium")).toBe("/?material=graphite,gallium");
    expect(target("/?material=unobtainium")).toBe("/?material=unobtainium");
    expect(target("/?material=%E3%83%AC%E3%82%A2%E3%82%A2%E3%83%BC%E3%82%B9")).toBe("/?material=%E3%83%AC%E3%82%A2%E3%82%A2%E3%83%BC%E3%82%B9");
  });

  it("the canonical page parses to the same filters as the original link", () => {
    for (const v of ["/?from=2010&material=graphite&to=2020&x=1", "/?material=a&material=b&category=legal,legal,military", "/?severity=2&from=2005"]) {
      const parse = (u: string) => parseFilterParams(paramsFromSearch(new URLSearchParams(u.split("?")[1] ?? ""))).filters;
      expect(parse(target(v)), v).toEqual(parse(v));
    }
  });

  it("other pages and Next's own paths are left as they are", () => {
    expect(canonicalUrl("/materials?sort=name&x=1")).toMatchObject({ kind: "other", redirect: false, query: "sort=name&x=1" });
    expect(canonicalUrl("/projects?b=1&a=2").redirect).toBe(false);
  });
});

describe("canonical cache keys of the read API", () => {
  it("reordered parameters share one key; the order of a repeated parameter's values is kept; never a redirect", () => {
    const a = "/api/v1/dependence?material=graphite&from=2010&to=2020";
    const b = "/api/v1/dependence?to=2020&from=2010&material=graphite";
    expect(canonicalUrl(b).redirect).toBe(false);
    expect(key(b)).toBe(key(a));
    expect(key("/api/v1/trade-shares?material=a&material=b")).not.toBe(key("/api/v1/trade-shares?material=b&material=a"));
    // An unknown parameter is the app's 400, keyed apart (a 400 is never stored).
    expect(key(`${a}&bogus=1`)).not.toBe(key(a));
  });
});

describe("the lists repeated from lib/", () => {
  it("match lib/", () => {
    expect(CATEGORY_VALUES).toEqual([...INCIDENT_CATEGORIES]);
    expect(DEPENDENCE_VIEWS).toEqual([...LIB_VIEWS]);
    expect([MIN_YEAR, MAX_YEAR, MAX_WINDOW, MAX_PARAM_LENGTH]).toEqual([LIB_MIN_YEAR, LIB_MAX_YEAR, LIB_MAX_WINDOW, LIB_MAX_PARAM_LENGTH]);
    expect(IGNORED_PARAM).toBe(LIB_IGNORED_PARAM);
    expect(IGNORED_REASONS).toEqual(LIB_IGNORED_REASONS);
    expect(PAGE_PARAMS["/"]).toContain(ERA_PARAM);
    expect(PAGE_PARAMS["/"]).toContain(VERSION_PARAM);
  });

  it("every marker the server writes becomes a notice entry on the page", () => {
    for (const [param, reasons] of Object.entries(IGNORED_REASONS)) {
      for (const reason of reasons) expect(ignoredIssues(`${param}:${reason}`), `${param}:${reason}`).toHaveLength(1);
    }
  });
});
