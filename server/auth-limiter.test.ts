import { describe, expect, it, vi } from "vitest";
import { FailureLimiter } from "./auth-limiter";

const limits = { maxFailures: 3, windowMs: 60_000, maxClients: 100 };

describe("failed admin-token attempts per client", () => {
  it("locks a client out after K failures in the window, with the seconds left", () => {
    let now = 1_000_000;
    const l = new FailureLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) {
      expect(l.check("10.0.0.1").limited).toBe(false);
      l.fail("10.0.0.1");
    }
    expect(l.check("10.0.0.1")).toEqual({ limited: true, retryAfterSeconds: 60 });
    now += 45_500;
    expect(l.check("10.0.0.1")).toEqual({ limited: true, retryAfterSeconds: 15 });
    // Another client is not affected.
    expect(l.check("10.0.0.2").limited).toBe(false);
    now += 14_500; // the window is over
    expect(l.check("10.0.0.1").limited).toBe(false);
    l.fail("10.0.0.1");
    expect(l.check("10.0.0.1").limited).toBe(false); // counting starts again
  });

  it("a correct token outside a lockout clears the count", () => {
    const l = new FailureLimiter(limits, () => 0);
    l.fail("a");
    l.fail("a");
    l.succeed("a");
    l.fail("a");
    l.fail("a");
    expect(l.check("a").limited).toBe(false);
  });

  it("remembers at most maxClients: expired entries go first, then the oldest", () => {
    let now = 0;
    const l = new FailureLimiter({ maxFailures: 1, windowMs: 1000, maxClients: 3 }, () => now);
    l.fail("old");
    now = 2000;
    l.fail("a");
    l.fail("b");
    l.fail("c"); // "old" has expired: it goes
    expect(l.size).toBe(3);
    expect(["a", "b", "c"].every((c) => l.check(c).limited)).toBe(true);
    l.fail("d"); // full of live entries: the oldest ("a") goes
    expect(l.size).toBe(3);
    expect(l.check("a").limited).toBe(false);
    expect(l.check("d").limited).toBe(true);
    for (let i = 0; i < 1000; i++) l.fail(`flood-${i}`);
    expect(l.size).toBe(3);
  });
});

describe("requireAdmin with the limiter", () => {
  it("401 until K wrong tokens, then 429 with Retry-After, a correct token included; a missing token is not counted", async () => {
    vi.resetModules();
    const saved = process.env.ADMIN_TOKEN;
    process.env.ADMIN_TOKEN = "the-right-token-0123";
    try {
      const { requireAdmin, CLIENT_HEADER } = await import("./admin-auth");
      const l = new FailureLimiter(limits, () => 0);
      const req = (token?: string, client = "192.0.2.7") =>
        new Request("http://x/api/v1/imports/whoami", { headers: { [CLIENT_HEADER]: client, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      const outcome = (r: Request) => {
        try {
          requireAdmin(r, l);
          return { status: 200, retryAfter: null };
        } catch (e) {
          const res = (e as { toResponse: () => Response }).toResponse();
          return { status: res.status, retryAfter: res.headers.get("retry-after") };
        }
      };
      for (let i = 0; i < 5; i++) expect(outcome(req()).status).toBe(401);
      expect(outcome(req("the-right-token-0123")).status).toBe(200);
      for (let i = 0; i < 3; i++) expect(outcome(req("guess-" + i)).status).toBe(401);
      expect(outcome(req("guess-3"))).toEqual({ status: 429, retryAfter: "60" });
      expect(outcome(req("the-right-token-0123"))).toEqual({ status: 429, retryAfter: "60" });
      expect(outcome(req("the-right-token-0123", "192.0.2.8")).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.ADMIN_TOKEN;
      else process.env.ADMIN_TOKEN = saved;
    }
  });
});
