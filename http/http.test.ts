import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ResponseCache, cacheKey, negotiatedEncoding, storableEncoding } from "./response-cache.mjs";
import { contentSecurityPolicy, inlineScriptHashes } from "./security-headers.mjs";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { "accept-encoding": "gzip, br", ...headers } });
const response = (text: string) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(text) });

describe("cacheKey", () => {
  it("keys the dashboard pages and the read API by URL and accepted encoding", () => {
    expect(cacheKey(get("/?material=graphite&from=2015"))).toBe('["gzip","/?material=graphite&from=2015"]');
    expect(cacheKey(get("/api/v1/dependence?material=gallium", { "accept-encoding": "" }))).toBe('["identity","/api/v1/dependence?material=gallium"]');
    expect(cacheKey(get("/incidents/3"))).not.toBeNull();
    expect(cacheKey(get("/sources?id=8"))).not.toBeNull();
    expect(cacheKey(get("/_next/static/chunks/a.js"))).toBe('["gzip","/_next/static/chunks/a.js"]');
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

describe("cache key: no collision, one entry per negotiated encoding", () => {
  it("cannot be steered into another URL's entry through Accept-Encoding", () => {
    // Before: `${encoding}|${url}` made these two keys equal, so /?a=|/incidents served /incidents.
    const incidents = cacheKey(get("/incidents", { "accept-encoding": "x|/?a=" }));
    const home = cacheKey(get("/?a=|/incidents", { "accept-encoding": "x" }));
    expect(incidents).not.toBeNull();
    expect(home).not.toBeNull();
    expect(incidents).not.toBe(home);
    expect(incidents).toBe('["identity","/incidents"]');
  });

  it("reduces Accept-Encoding to the encoding Next will answer with", () => {
    expect(negotiatedEncoding("gzip, deflate, br")).toBe("gzip");
    expect(negotiatedEncoding("br")).toBe("identity");
    expect(negotiatedEncoding("deflate;q=1, gzip;q=0.5")).toBe("deflate");
    expect(negotiatedEncoding("gzip;q=0, deflate")).toBe("deflate");
    expect(negotiatedEncoding("*")).toBe("gzip");
    expect(negotiatedEncoding(undefined)).toBe("identity");
    // Requests that differ only in the unusable parts of the header share one entry.
    expect(cacheKey(get("/", { "accept-encoding": "gzip, br, zstd" }))).toBe(cacheKey(get("/", { "accept-encoding": "GZIP" })));
  });

  it("keeps a response only under a key whose clients all accept its encoding", () => {
    expect(storableEncoding("gzip", "gzip")).toBe(true);
    expect(storableEncoding("gzip", undefined)).toBe(true);
    expect(storableEncoding("identity", "gzip")).toBe(false);
    expect(storableEncoding("gzip", "deflate")).toBe(false);
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

describe("CSP: only the inline scripts Next and React write get a hash", () => {
  const hashOf = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  const page = (...scripts: string[]) => `<html><body>${scripts.join("")}</body></html>`;

  it("approves the framework's shapes", () => {
    const framework = [
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
      "<script>requestAnimationFrame(function(){$RT=performance.now()});</script>",
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});</script>',
    ];
    expect(inlineScriptHashes(page(...framework))).toHaveLength(4);
    // The two constant scripts, by their fixed hashes.
    expect(inlineScriptHashes(page(framework[0]))).toEqual(["'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='"]);
    expect(inlineScriptHashes(page(framework[2]))).toEqual(["'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='"]);
  });

  it("approves React's streaming runtime as this build writes it, with data-only calls", () => {
    const runtime = readFileSync(new URL("./fixtures/react-fizz-complete-boundary.txt", import.meta.url), "utf8").trimEnd();
    expect(runtime.endsWith('$RC("B:0","S:0")')).toBe(true);
    expect(inlineScriptHashes(page(`<script>${runtime}</script>`))).toEqual([hashOf(runtime)]);
    expect(inlineScriptHashes(page('<script>$RC("B:1","S:1")</script>'))).toHaveLength(1);
  });

  it("gives injected script markup no hash, whatever it imitates", () => {
    const injected = [
      "<script>alert(1)</script>",
      "<script>fetch('/x?t='+sessionStorage.getItem('ree-admin-token'))</script>",
      '<script>self.__next_f.push([1,"x"]);alert(1)</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0]);alert(1)</script>',
      '<script>$RC("a");alert(1)</script>',
      '<script>$RC("a",[1]);alert(1);$RC("b",[2])</script>',
      "<script>$RB=[];$RV=function(a){alert(1)};$RC(\"B:0\",\"S:0\")</script>",
      '<script id="_R_">alert(1)</script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));</script>',
      '<script type="module">self.__next_f.push([1,"x"])</script>',
    ];
    for (const s of injected) expect(inlineScriptHashes(page(s)), s).toEqual([]);
  });
});
