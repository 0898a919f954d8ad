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
});
