import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEmbedOrigins } from "../config/env.mjs";
import { cacheKey } from "./response-cache.mjs";
import { contentSecurityPolicy, frameAncestors, isEmbedPath, nextHeaderRules, NOT_EMBED_SOURCE, STATIC_HEADERS } from "./security-headers.mjs";

// Framing: the embed routes may be framed by EMBED_ALLOWED_ORIGINS, every other route by no one.

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("which paths are embeds", () => {
  it("takes /embed/<chart> in each language, with or without a query, and nothing else", () => {
    for (const p of ["/embed/peers", "/embed/peers?material=graphite&peersYear=2022", "/ja/embed/peers", "/ja/embed/monthly?material=graphite", "/embed", "/embed/unknown"]) {
      expect(isEmbedPath(p), p).toBe(true);
    }
    for (const p of ["/", "/ja", "/materials", "/ja/materials", "/embedded", "/embeds/peers", "/x/embed/peers", "/api/v1/peers", "/?next=/embed/peers", "/jaembed/peers", "/fr/embed/peers"]) {
      expect(isEmbedPath(p), p).toBe(false);
    }
  });
});

describe("frame-ancestors", () => {
  it("is the allowed origins on an embed route and 'none' on every other", () => {
    expect(frameAncestors("/embed/peers?material=rare-earths", ["*"])).toBe("*");
    expect(frameAncestors("/ja/embed/peers", ["https://think-tank.example", "http://localhost:8080"])).toBe("https://think-tank.example http://localhost:8080");
    expect(frameAncestors("/", ["*"])).toBe("'none'");
    expect(frameAncestors("/materials?embed=1", ["*"])).toBe("'none'");
    // No origin configured is no permission, never an empty (invalid) directive.
    expect(frameAncestors("/embed/peers", [])).toBe("'none'");
  });

  it("is written into the page's policy, the rest of the policy unchanged", () => {
    const normal = contentSecurityPolicy(["'sha256-abc'"]);
    const embed = contentSecurityPolicy(["'sha256-abc'"], frameAncestors("/embed/peers", ["https://other.example"]));
    expect(directive(normal, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(embed, "frame-ancestors")).toBe("frame-ancestors https://other.example");
    expect(embed.replace(/frame-ancestors [^;]+/, "")).toBe(normal.replace(/frame-ancestors [^;]+/, ""));
    expect(directive(embed, "script-src")).toBe("script-src 'self' 'sha256-abc'");
  });
});

describe("X-Frame-Options through next.config.ts", () => {
  // Next matches `source` with its own path-to-regexp build, as here.
  const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as { pathToRegexp: (s: string, k: unknown[], o: object) => RegExp };
  const notEmbed = pathToRegexp(NOT_EMBED_SOURCE, [], { strict: true, sensitive: false, delimiter: "/" });

  it("says DENY on every path but the embeds", () => {
    for (const p of ["/", "/ja", "/materials", "/ja/materials", "/incidents/3", "/api/v1/peers", "/api/health", "/_next/static/chunks/a.js", "/embedded", "/feed.xml"]) {
      expect(notEmbed.test(p), p).toBe(true);
    }
    for (const p of ["/embed", "/embed/peers", "/ja/embed/peers", "/embed/materials"]) expect(notEmbed.test(p), p).toBe(false);
  });

  it("sends the other static headers everywhere, and X-Frame-Options only through the rule that leaves the embeds out", () => {
    const [all, deny] = nextHeaderRules();
    expect(all.source).toBe("/:path*");
    expect(all.headers.map((h) => h.key)).not.toContain("x-frame-options");
    expect(Object.keys(STATIC_HEADERS)).not.toContain("x-frame-options");
    expect(deny).toEqual({ source: NOT_EMBED_SOURCE, headers: [{ key: "x-frame-options", value: "DENY" }] });
  });
});

describe("EMBED_ALLOWED_ORIGINS", () => {
  it("takes * or a space-separated list of http(s) origins", () => {
    expect(parseEmbedOrigins("*")).toEqual({ ok: true, origins: ["*"] });
    expect(parseEmbedOrigins("  https://Think-Tank.example   http://localhost:8080/ ")).toEqual({ ok: true, origins: ["https://think-tank.example", "http://localhost:8080"] });
    expect(parseEmbedOrigins("https://a.example https://a.example")).toEqual({ ok: true, origins: ["https://a.example"] });
  });

  it("refuses anything that is not an origin, naming it", () => {
    for (const bad of ["example.org", "ftp://example.org", "https://example.org/path", "https://example.org?x=1", "'self'", "https://user:pw@example.org", "javascript:alert(1)", ";", ""]) {
      const parsed = parseEmbedOrigins(bad);
      expect(parsed.ok, bad).toBe(false);
    }
    expect(parseEmbedOrigins("https://ok.example https://bad.example/x")).toEqual({ ok: false, bad: "https://bad.example/x" });
  });

  it("fails the start with a clear message on a bad value", () => {
    // A process of its own, as `npm start` would be: the module reads the environment once, at import.
    const start = (value: string) =>
      spawnSync(process.execPath, ["--input-type=module", "-e", "await import('./config/env.mjs'); console.log('started')"], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { ...process.env, EMBED_ALLOWED_ORIGINS: value },
        encoding: "utf8",
      });
    const bad = start("https://ok.example example.org");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Invalid environment: EMBED_ALLOWED_ORIGINS: "example.org" is not an origin; give a space-separated list of http(s) origins');
    expect(bad.stdout).not.toContain("started");
    expect(start("https://ok.example http://localhost:8080").stdout).toContain("started");
  });
});

describe("response cache", () => {
  it("keeps each embed per URL, apart from the page it shows and from the other language", () => {
    const get = (url: string) => ({ method: "GET", url, headers: { "accept-encoding": "gzip" } });
    const keys = ["/embed/peers?material=graphite", "/ja/embed/peers?material=graphite", "/?material=graphite"].map((u) => cacheKey(get(u)));
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(3);
  });
});
