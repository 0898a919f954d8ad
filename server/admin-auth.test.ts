import { afterEach, describe, expect, it, vi } from "vitest";

// config/env.mjs reads the environment once, at import: each case imports a fresh copy.
async function withToken(token: string | undefined) {
  vi.resetModules();
  if (token === undefined) delete process.env.ADMIN_TOKEN;
  else process.env.ADMIN_TOKEN = token;
  return import("./admin-auth");
}

const req = (authorization?: string) => new Request("http://x/api/v1/imports?kind=comtrade", { method: "POST", headers: authorization ? { authorization } : {} });

function statusOf(fn: () => void): number | "ok" {
  try {
    fn();
    return "ok";
  } catch (e) {
    // A fresh module copy has its own ApiError class: read the status it carries.
    const status = (e as { status?: number }).status;
    if (typeof status === "number") return status;
    throw e;
  }
}

describe("requireAdmin", () => {
  const saved = process.env.ADMIN_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADMIN_TOKEN;
    else process.env.ADMIN_TOKEN = saved;
  });

  it("disables imports (403, with how to enable them) when no token is configured", async () => {
    const { requireAdmin, importsEnabled } = await withToken(undefined);
    expect(importsEnabled()).toBe(false);
    try {
      requireAdmin(req("Bearer anything-at-all"));
      expect.unreachable();
    } catch (e) {
      expect((e as { status: number }).status).toBe(403);
      expect((e as Error).message).toContain("set ADMIN_TOKEN");
    }
  });

  it("accepts the exact token only: missing, wrong, prefixed or differently sized tokens are 401", async () => {
    const { requireAdmin, importsEnabled } = await withToken("correct-horse-battery");
    expect(importsEnabled()).toBe(true);
    const cases = vi.fn((h?: string) => statusOf(() => requireAdmin(req(h))));
    expect(cases("Bearer correct-horse-battery")).toBe("ok");
    expect(cases("bearer   correct-horse-battery")).toBe("ok");
    expect(cases()).toBe(401);
    expect(cases("correct-horse-battery")).toBe(401);
    expect(cases("Bearer correct-horse-batter")).toBe(401);
    expect(cases("Bearer correct-horse-battery-and-more")).toBe(401);
    expect(cases("Basic Y29ycmVjdA==")).toBe(401);
  });
});
