import http from "node:http";
import { gunzipSync } from "node:zlib";
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";

// The overview's weight (issue 15): the page sends the first screen's data once, and the cards
// below it load when the reader scrolls near them. Measured on the wire: `accept-encoding: gzip`,
// the bytes the server sends (the same measure as scripts/page-weight.mjs, which `npm run bench`
// reports; Playwright's loader cannot import that ES module, hence this twin).

const VIEW = "/?material=rare-earths&from=2005&to=2026";
/**
 * The goal is 120 kB raw and 25 kB gzip; it is NOT met (2026-12-02, fresh seed: English
 * 223 kB raw / 42.6 kB gzip, Japanese 248 / 52.3; `npm run bench` prints the figure beside the goal).
 * Until it is, this test holds the page at what was reached, a ceiling per language with room for
 * the events other specs import into this shared store first, so the page cannot grow back
 * unnoticed (it was 400 kB / 86.5 kB on the same seed before).
 */
const CEILING: Record<"en" | "ja", { rawKb: number; gzipKb: number }> = { en: { rawKb: 245, gzipKb: 47 }, ja: { rawKb: 270, gzipKb: 57 } };

/** The page's HTML as sent with `accept-encoding: gzip`: raw and gzip kB, and the raw kB in inline scripts. */
function pageWeight(url: string): Promise<{ rawKb: number; gzipKb: number; inlineScriptKb: number; markupKb: number }> {
  const kb = (bytes: number) => Math.round(bytes / 100) / 10;
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const wire = Buffer.concat(chunks);
          expect(res.statusCode).toBe(200);
          expect(res.headers["content-encoding"], "the server compresses the page").toBe("gzip");
          const html = gunzipSync(wire);
          let scripts = 0;
          for (const m of html.toString("utf8").matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) scripts += Buffer.byteLength(m[0]);
          resolve({ rawKb: kb(html.length), gzipKb: kb(wire.length), inlineScriptKb: kb(scripts), markupKb: kb(html.length - scripts) });
        });
      })
      .on("error", reject);
  });
}

/** Every read-API request of the page, from now on. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/v1/")) seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

test.describe("overview page weight", () => {
  test(`the overview's HTML stays under its ceiling (en ${CEILING.en.rawKb} kB raw / ${CEILING.en.gzipKb} kB gzip), in both languages`, async ({ baseURL }) => {
    for (const [locale, path] of [["en", VIEW], ["ja", VIEW.replace("/?", "/ja?")]] as const) {
      const w = await pageWeight(`${baseURL}${path}`);
      test.info().annotations.push({ type: "weight", description: `${path}: ${JSON.stringify(w)}` });
      expect(w.rawKb, `${path} raw kB`).toBeLessThanOrEqual(CEILING[locale].rawKb);
      expect(w.gzipKb, `${path} gzip kB`).toBeLessThanOrEqual(CEILING[locale].gzipKb);
      expect(w.inlineScriptKb + w.markupKb).toBeCloseTo(w.rawKb, 0);
    }
  });

  test("the HTML holds the first screen's figures, not the data of the cards below it", async ({ request }) => {
    const html = await (await request.get(VIEW)).text();
    // The headline figures, rendered (rare earths: the latest share, 2026, and the change since 2010).
    expect(html).toContain('data-testid="figure-latest"');
    expect(html).toMatch(/data-testid="figure-latest"[\s\S]*?60%[\s\S]*?2026/);
    expect(html).toContain("about −22 pp");
    // The series itself, in the hydration data: 2010's headline value.
    expect(html).toContain("81.61");
    // The cards below: their places and their words for a reader without JavaScript, not their data.
    for (const name of ["event-study", "concentration", "peers", "incident-timeline", "projects"]) expect(html).toContain(`data-on-demand="${name}"`);
    expect(html).not.toContain('data-testid="peers-chart"');
    expect(html).not.toContain('data-testid="incident-timeline"');
    expect(html).not.toContain('data-testid="projects-table"');
    // The print-only tables are not in the server's HTML: the browser draws them when the page is printed.
    expect(html).toContain('data-testid="dependence-chart"');
    expect(html).not.toContain('data-testid="briefing-sources"');
    expect(html).not.toContain('data-testid="print-chart"');
  });

  test("the first screen paints with no client fetch for what it shows", async ({ overview, page }) => {
    const requests = apiRequests(page);
    // Not overview.goto(), which scrolls to the cards below.
    await page.goto(VIEW);
    await overview.waitForChart();
    await expect(overview.figureLatest).toContainText("60%");
    await expect(overview.figureChange).toContainText("about −22 pp");
    await expect(overview.headlinePoint(2010)).toBeVisible();
    // The series and the figures came with the page. Fetched after hydration, for nothing on the
    // first screen: the incidents list (an opened marker's summary) and the cards within a screen
    // below the fold (the event study and concentration at this height).
    const firstScreen = ["/api/v1/dependence", "/api/v1/summary", "/api/v1/versions"];
    expect(requests.filter((r) => firstScreen.some((p) => r.startsWith(p)))).toEqual([]);
    // The cards further down were not fetched.
    await expect(page.locator('[data-on-demand="peers"]')).toHaveAttribute("data-shown", "false");
    expect(requests.filter((r) => /^\/api\/v1\/(peers|projects)/.test(r))).toEqual([]);
  });

  for (const lang of ["en", "ja"] as const) {
    test(`${lang}: the peers card fetches and draws its data when scrolled to (Japan 27.6% for magnets, 2024)`, async ({ page }) => {
      const requests = apiRequests(page);
      await page.goto(`${lang === "ja" ? "/ja" : ""}/?material=permanent-magnets`);
      await expect(page.getByTestId("figure-latest")).toBeVisible();
      const slot = page.locator('[data-on-demand="peers"]');
      await expect(slot).toHaveAttribute("data-shown", "false");
      expect(requests.filter((r) => r.startsWith("/api/v1/peers"))).toEqual([]);
      // Its height is held, so the page below does not jump when it comes.
      expect((await slot.boundingBox())!.height).toBeGreaterThan(300);

      await slot.scrollIntoViewIfNeeded();
      const bar = page.locator('[data-testid="peer-bar"][data-importer="JPN"]');
      await expect(bar).toContainText("27.6%");
      await expect(bar).toContainText(lang === "ja" ? "日本" : "Japan");
      await expect(page.getByTestId("peers-chart").getByTestId("peer-bar")).toHaveCount(8);
      expect(requests.filter((r) => r.startsWith("/api/v1/peers"))).toEqual(["/api/v1/peers?material=permanent-magnets"]);
      // The card's words came with it: its title in the page's language.
      await expect(slot.getByRole("heading", { level: 2 })).toHaveText(lang === "ja" ? "主要国との比較" : "Japan beside its peers");
    });
  }

  test("with JavaScript off, the first screen shows its figures and each card below links its data", async ({ browser, baseURL, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(VIEW);
    // In place, not in a streamed boundary waiting for a script to swap it in.
    await expect(page.getByTestId("figure-latest")).toBeVisible();
    await expect(page.getByTestId("figure-latest")).toContainText("60%");
    await expect(page.getByTestId("figure-change")).toContainText("about −22 pp");
    await expect(page.getByRole("heading", { level: 2, name: /China's share of Japan's imports/ })).toBeVisible();
    await context.close();
    // Each card's place says why it is empty and links its data (in a <noscript>: Playwright's
    // "JavaScript off" still parses <noscript> as text, so this reads the HTML).
    const html = await (await request.get(VIEW)).text();
    const peers = html.match(/data-on-demand="peers"[\s\S]*?<noscript>([\s\S]*?)<\/noscript>/)![1];
    expect(peers).toContain("Japan beside its peers</b> is drawn when you scroll to it, which needs JavaScript.");
    expect(peers).toContain('<a href="/api/v1/peers?material=rare-earths" class="text-accent underline">JSON</a>');
    expect(peers).toContain('<a href="/api/v1/peers?material=rare-earths&amp;format=csv" class="text-accent underline">CSV</a>');
    expect(await (await request.get("/api/v1/peers?material=rare-earths")).json()).toHaveProperty("material", "rare-earths");
    const ja = await (await request.get(`/ja${VIEW}`)).text();
    expect(ja).toMatch(/data-on-demand="peers"[\s\S]*?<noscript>「<b[^>]*>主要国との比較<\/b>」は、表示位置までスクロールした時点で描画されます/);
  });
});
