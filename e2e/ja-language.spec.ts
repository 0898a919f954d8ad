import { expect, test } from "./fixtures";

// The two languages in the URL: English unprefixed, Japanese under /ja; the switch keeps the view.
test.describe("languages", () => {
  test("the switch in the header keeps the view and its filters, both ways", async ({ page }) => {
    await page.goto("/?material=permanent-magnets&from=2010");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const toJa = page.getByTestId("language-switch");
    await expect(toJa).toHaveText("日本語");
    await expect(toJa).toHaveAttribute("href", "/ja?material=permanent-magnets&from=2010");
    await toJa.click();
    await expect(page).toHaveURL(/\/ja\?material=permanent-magnets&from=2010$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("navigation").getByRole("link", { name: "概要" })).toBeVisible();
    const toEn = page.getByTestId("language-switch");
    await expect(toEn).toHaveText("English");
    await toEn.click();
    await expect(page).toHaveURL(/\/\?material=permanent-magnets&from=2010$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the switch on a detail page goes to the same record", async ({ page }) => {
    await page.goto("/ja/incidents/3");
    await expect(page.getByTestId("language-switch")).toHaveAttribute("href", "/incidents/3");
  });

  test("each page links its other-language version (hreflang), filters kept", async ({ page }) => {
    await page.goto("/ja/materials?sort=name");
    const links = page.locator('head link[rel="alternate"][hreflang]');
    await expect(links).toHaveCount(3);
    await expect(page.locator('head link[hreflang="en"]')).toHaveAttribute("href", "/materials?sort=name");
    await expect(page.locator('head link[hreflang="ja"]')).toHaveAttribute("href", "/ja/materials?sort=name");
    await expect(page.locator('head link[hreflang="x-default"]')).toHaveAttribute("href", "/materials?sort=name");
  });

  test("links inside a Japanese page stay Japanese", async ({ page }) => {
    await page.goto("/ja");
    const nav = page.getByRole("navigation");
    await expect(nav.getByRole("link", { name: "鉱種" })).toHaveAttribute("href", "/ja/materials");
    await expect(nav.getByRole("link", { name: "事案" })).toHaveAttribute("href", "/ja/incidents");
    await nav.getByRole("link", { name: "出典" }).click();
    await expect(page).toHaveURL(/\/ja\/sources$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });

  test("an /en/ prefix redirects to the unprefixed English path", async ({ request }) => {
    const res = await request.get("/en/materials", { maxRedirects: 0 });
    expect([307, 308]).toContain(res.status());
    expect(res.headers()["location"]).toMatch(/\/materials$/);
  });

  test("the language is the URL's alone: a Japanese browser still gets English at /", async ({ request }) => {
    const res = await request.get("/", { headers: { "accept-language": "ja-JP,ja;q=0.9" }, maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('<html lang="en"');
    expect(res.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
  });

  test("Japanese renders in Noto Sans JP from the build, only the subsets the page needs, without moving the layout", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const fontRequests: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "font") fontRequests.push(new URL(r.url()).pathname);
    });
    await page.goto("/ja/incidents");
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    const faces = await page.evaluate(() => {
      const all = [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Noto Sans JP");
      return { declared: all.length, loaded: all.filter((f) => f.status === "loaded").length };
    });
    // Over 200 unicode-range subsets are declared (two weights); a page loads a few dozen at most.
    expect(faces.declared).toBeGreaterThan(200);
    expect(faces.loaded).toBeGreaterThan(0);
    expect(faces.loaded).toBeLessThan(faces.declared / 4);
    // Every font comes from the build, none from elsewhere.
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const f of fontRequests) expect(f).toMatch(/^\/_next\/static\/media\//);
    const h1Font = await page.locator("h1").first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(h1Font).toContain("Noto Sans JP");
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.02);
  });

  test("a Japanese page from the response cache hydrates under its CSP, in Japanese, with no violation", async ({ page, pageErrors, request }) => {
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const url = "/ja?material=graphite&from=2012";
    // Rendered here (outside the browser, whose own HTTP cache would revalidate with the ETag and get a 304); the load comes from the cache, keyed by the URL.
    await request.get(url);
    const response = await page.goto(url);
    expect(response?.headers()["x-ree-cache"]).toBe("hit");
    expect(response?.headers()["content-security-policy"]).toContain("script-src");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    const chart = page.getByTestId("dependence-chart");
    await expect(chart.locator("svg.dependence-surface")).toBeVisible();
    // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
    await expect(chart).toHaveAttribute("data-measured", "true");
    // Hydrated: a filter change is handled by the client, no reload, and stays Japanese.
    await page.getByTestId("year-from").selectOption("2015");
    await expect(page).toHaveURL(/\/ja\?(?=.*\bmaterial=graphite\b)(?=.*\bfrom=2015\b)/);
    await expect(page.getByTestId("chart-card").filter({ has: chart }).locator("h2, h3").first()).toContainText("黒鉛");
    // The English page of the same view is its own cache entry.
    const english = await page.request.get("/?material=graphite&from=2012");
    expect(await english.text()).toContain('<html lang="en"');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
