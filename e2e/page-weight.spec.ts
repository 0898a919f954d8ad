import type { Page, Request } from "@playwright/test";
import { pageWeight } from "../scripts/page-weight.mjs";
import { expect, test } from "./fixtures";

// The overview's weight (issue 15): the page sends the first screen's data once, and the cards
// below it load when the reader scrolls near them. Measured on the wire: `accept-encoding: gzip`,
// the bytes the server sends (scripts/page-weight.mjs, the function `npm run bench` reports).

const VIEW = "/?material=rare-earths&from=2005&to=2026";
const GOAL = { rawKb: 120, gzipKb: 25 };

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
  test(`the overview's HTML is at most ${GOAL.rawKb} kB raw and ${GOAL.gzipKb} kB gzip, in both languages`, async ({ baseURL }) => {
    for (const path of [VIEW, `/ja${VIEW}`]) {
      const w = await pageWeight(`${baseURL}${path}`);
      test.info().annotations.push({ type: "weight", description: `${path}: ${JSON.stringify(w)}` });
      expect(w.rawKb, `${path} raw kB`).toBeLessThanOrEqual(GOAL.rawKb);
      expect(w.gzipKb, `${path} gzip kB`).toBeLessThanOrEqual(GOAL.gzipKb);
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
    // The print-only tables: their box, not their rows, until the page is printed.
    expect(html).toMatch(/data-testid="briefing-tables"><\/div>/);
  });

  test("the first screen paints with no client fetch for what it shows", async ({ overview, page }) => {
    const requests = apiRequests(page);
    await overview.goto(VIEW.slice(1));
    await expect(overview.figureLatest).toContainText("60%");
    await expect(overview.figureChange).toContainText("about −22 pp");
    await expect(overview.headlinePoint(2010)).toBeVisible();
    // The series and the figures came with the page; only the incidents list (an opened marker's
    // summary) is fetched after hydration.
    expect(requests.filter((r) => !r.startsWith("/api/v1/incidents?"))).toEqual([]);
    // Nothing below the first screen was fetched.
    await expect(page.locator('[data-on-demand="peers"]')).toHaveAttribute("data-shown", "false");
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

  test("with JavaScript off, the first screen shows its figures and each card below links its data", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(VIEW);
    await expect(page.getByTestId("figure-latest")).toContainText("60%");
    const peers = page.locator('[data-on-demand="peers"]');
    await expect(peers).toContainText("Japan beside its peers is drawn when you scroll to it, which needs JavaScript.");
    await expect(peers.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/v1/peers?material=rare-earths");
    await expect(peers.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/v1/peers?material=rare-earths&format=csv");
    const json = await (await page.request.get("/api/v1/peers?material=rare-earths")).json();
    expect(json).toHaveProperty("material", "rare-earths");
    await context.close();
  });
});
