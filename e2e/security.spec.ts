import { expect, test } from "./fixtures";

// Security headers and the response cache, as a browser and a client see them.

const TOKEN = "e2e-admin-token-0123456789";

// The hash of `(self.__next_f=self.__next_f||[]).push([0])`, the first script of every Next page.
const NEXT_F_INIT_HASH = "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='";

const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? "";

test.describe("security headers", () => {
  for (const path of ["/", "/incidents?severity=3", "/projects", "/sources", "/data", "/incidents/999999"]) {
    test(`${path}: a CSP that allows exactly its inline scripts, and the other headers`, async ({ request, page, pageErrors }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(path.endsWith("999999") ? 404 : 200);
      const h = res.headers();
      const policy = h["content-security-policy"] ?? "";
      const scripts = directive(policy, "script-src");
      expect(scripts.startsWith("script-src 'self'")).toBe(true);
      expect(scripts).not.toContain("unsafe-inline");
      expect(scripts).not.toContain("unsafe-eval");
      expect(scripts).toContain(NEXT_F_INIT_HASH);
      expect(scripts.match(/'sha256-/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      // Every inline script the page needs runs: the browser logs a refused one as a console error
      // (the pageErrors fixture fails the test) and the page would not hydrate.
      await page.goto(path);
      expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
      // A 404 document is logged as a failed load: expected there; a refused script would be another message.
      expect(pageErrors.filter((e) => !e.includes("status of 404"))).toEqual([]);
      pageErrors.length = 0;
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob:");
      expect(directive(policy, "font-src")).toBe("font-src 'self' data:");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["cross-origin-opener-policy"]).toBe("same-origin");
      expect(h["cross-origin-resource-policy"]).toBe("same-origin");
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  test("API answers carry nosniff and no version banner", async ({ request }) => {
    for (const path of ["/api/v1/dependence", "/api/v1/dependence?from=abc", "/api/health"]) {
      const h = (await request.get(path)).headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["x-powered-by"]).toBeUndefined();
    }
  });

  test("a page served from the response cache hydrates and exports under its CSP, with no violation", async ({ page, pageErrors, request }) => {
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const url = "/?material=graphite&from=2012";
    // Rendered here (outside the browser, whose own HTTP cache would revalidate with the ETag and get a 304); the load comes from the cache.
    await request.get(url);
    const response = await page.goto(url);
    expect(response?.headers()["x-ree-cache"]).toBe("hit");
    const chart = page.getByTestId("dependence-chart");
    await expect(chart.locator("svg.dependence-surface")).toBeVisible();
    // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
    await expect(chart).toHaveAttribute("data-measured", "true");
    await expect(chart).toHaveAttribute("data-loading", "false");
    // Hydrated: a filter change is handled by the client, no reload.
    await page.getByTestId("year-from").selectOption("2015");
    await expect(page).toHaveURL(/from=2015/);
    const card = page.getByTestId("chart-card").filter({ has: chart });
    for (const id of ["export-png", "export-svg"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), card.getByTestId(id).click()]);
      expect(download.suggestedFilename()).toMatch(/^dependence-graphite-2015-\d{4}\.(png|svg)$/);
    }
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test("any write to the store drops the cached responses", async ({ request }) => {
    const url = "/api/v1/dependence?material=gallium&from=2015";
    await request.get(url);
    expect((await request.get(url)).headers()["x-ree-cache"]).toBe("hit");
    // A dry run writes only its audit row: still a commit, so the cache is dropped.
    const dry = await request.post("/api/v1/imports?kind=trade_shares&dryRun=1&fileName=cache.csv", {
      data: "id,year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId\n,2016,annual,,,gallium,CHN,90,,,,,,value,0,1,0,0,8\n",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(dry.status()).toBe(200);
    expect((await request.get(url)).headers()["x-ree-cache"]).toBe("miss");
    expect((await request.get(url)).headers()["x-ree-cache"]).toBe("hit");
  });
});
