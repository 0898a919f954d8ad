import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ResponseCache, cacheKey } from "./response-cache.mjs";
import { contentSecurityPolicy, inlineScriptHashes } from "./security-headers.mjs";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { "accept-encoding": "gzip, br", ...headers } });
const response = (text: string) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(text) });

describe("cacheKey", () => {
  it("keys the dashboard pages and the read API by URL and accepted encoding", () => {
    expect(cacheKey(get("/?material=graphite&from=2015"))).toBe("gzip,br|/?material=graphite&from=2015");
    expect(cacheKey(get("/api/v1/dependence?material=gallium", { "accept-encoding": "" }))).toBe("|/api/v1/dependence?material=gallium");
    expect(cacheKey(get("/incidents/3"))).not.toBeNull();
    expect(cacheKey(get("/sources?id=8"))).not.toBeNull();
    expect(cacheKey(get("/_next/static/chunks/a.js"))).toBe("gzip,br|/_next/static/chunks/a.js");
  });

  it("never caches writes, the admin page and API, authorised or RSC requests", () => {
    expect(cacheKey({ ...get("/api/v1/imports"), method: "POST" })).toBeNull();
    expect(cacheKey(get("/api/v1/imports"))).toBeNull();
    expect(cacheKey(get("/data"))).toBeNull();
    expect(cacheKey(get("/api/health"))).toBeNull();
    expect(cacheKey(get("/api/v1/dependence", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheKey(get("/incidents", { rsc: "1" }))).toBeNull();
    expect(cacheKey(get("/incidents?_rsc=abc"))).toBeNull();
    expect(cacheKey({ ...get("/"), method: "HEAD" })).toBeNull();
    expect(cacheKey(get("/_next/static/chunks/a.js", { range: "bytes=0-10" }))).toBeNull();
    expect(cacheKey(get("/robots.txt"))).toBeNull();
  });
});

describe("ResponseCache", () => {
  it("serves a stored response until the data version changes, then drops everything", () => {
    let version = 1;
    const cache = new ResponseCache({ version: () => version });
    expect(cache.set("a", response("<p>a</p>"), 1)).toBe(true);
    expect(cache.get("a")?.body.toString()).toBe("<p>a</p>");
    version = 2; // an import committed
    expect(cache.get("a")).toBeNull();
    expect(cache.bytes).toBe(0);
    expect(cache.stats.flushes).toBe(1);
  });

  it("does not keep a response rendered before a commit that landed while it rendered", () => {
    let version = 1;
    const cache = new ResponseCache({ version: () => version });
    const before = cache.seenVersion;
    version = 2;
    expect(cache.set("a", response("old"), before)).toBe(false);
    expect(cache.get("a")).toBeNull();
  });

  it("expires entries after the TTL", () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 1000, now: () => now });
    cache.set("a", response("x"), null);
    now = 999;
    expect(cache.get("a")).not.toBeNull();
    now = 1000;
    expect(cache.get("a")).toBeNull();
  });

  it("evicts the least recently used entries beyond the entry and byte limits", () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1000 });
    cache.set("a", response("1"), null);
    cache.set("b", response("2"), null);
    cache.get("a"); // a is now more recent than b
    cache.set("c", response("3"), null);
    expect([...cache.entries.keys()]).toEqual(["a", "c"]);
    const big = new ResponseCache({ maxEntries: 10, maxBytes: 40 });
    big.set("a", response("x".repeat(10)), null);
    big.set("b", response("y".repeat(10)), null);
    big.set("c", response("z".repeat(10)), null);
    big.set("d", response("w".repeat(10)), null);
    big.set("e", response("v".repeat(10)), null);
    expect(big.bytes).toBeLessThanOrEqual(40);
    expect(big.entries.has("a")).toBe(false);
    expect(big.entries.has("e")).toBe(true);
    // One response larger than a quarter of the budget is never kept.
    expect(big.set("huge", response("h".repeat(11)), null)).toBe(false);
  });
});

describe("Content-Security-Policy", () => {
  it("hashes exactly the inline scripts, not external ones", () => {
    const inline = 'self.__next_f.push([1,"a<\\/b"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>${inline}</script><script id="x">${inline}</script><script></script></body></html>`;
    const expected = `'sha256-${createHash("sha256").update(inline).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
    const policy = contentSecurityPolicy(inlineScriptHashes(html));
    expect(policy).toContain(`script-src 'self' ${expected};`);
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("font-src 'self' data:");
  });
});
