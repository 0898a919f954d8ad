import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

// At 390 px (a phone) the projects, project, sources and data pages do not scroll sideways. A wide
// table scrolls in its own box, which says so: a focusable region named "… (scrolls sideways)".

const TOKEN = "e2e-admin-token-0123456789";
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

/** The page's width, and every box that scrolls sideways with how it is announced. */
async function sideways(page: Page) {
  return page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    scrollers: [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)
      .map((e) => ({ testId: e.querySelector("[data-testid]")?.getAttribute("data-testid") ?? null, role: e.getAttribute("role"), tabIndex: e.getAttribute("tabindex"), label: e.getAttribute("aria-label") })),
  }));
}

test.describe("small screens (390 px)", () => {
  test("/projects: no sideways page scroll; the table scrolls in a region that says so", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByTestId("capacity-chart").locator("svg.recharts-surface")).toBeVisible();
    const s = await sideways(page);
    expect(s.pageWidth).toBeLessThanOrEqual(390);
    expect(s.scrollers).toContainEqual({ testId: "projects-table", role: "region", tabIndex: "0", label: "Projects table (scrolls sideways)" });
    for (const box of s.scrollers) expect(box, `scrolling box around ${box.testId}`).toMatchObject({ role: "region", tabIndex: "0", label: expect.stringMatching(/scrolls sideways/) });
    expect(await axeViolations(page, ["scrollable-region-focusable"])).toEqual([]);
    // The cells keep their words whole rather than being squeezed: the name column is wide enough for "Sumitomo–Molycorp".
    const nameWidth = await page.getByTestId("project-row").first().locator("td").first().evaluate((td) => td.getBoundingClientRect().width);
    expect(nameWidth).toBeGreaterThanOrEqual(160);
  });

  test("/projects/18, /sources and /sources?id=4: no sideways page scroll", async ({ page }) => {
    for (const url of ["/projects/18", "/sources", "/sources?id=4"]) {
      await page.goto(url);
      await expect(page.locator("main h1, main [data-testid=project-detail]").first()).toBeVisible();
      const s = await sideways(page);
      expect(s.pageWidth, url).toBeLessThanOrEqual(390);
      expect(s.scrollers, url).toEqual([]);
    }
  });

  test("/data: no sideways page scroll signed out, signed in, and with a preview whose table scrolls in a region", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByTestId("admin-token")).toBeVisible();
    expect((await sideways(page)).pageWidth).toBeLessThanOrEqual(390);
    await page.getByTestId("admin-token").fill(TOKEN);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("import-kind").selectOption("comtrade");
    await page.getByTestId("import-file").setInputFiles(path.join(process.cwd(), "test", "fixtures", "imports", "synthetic-comtrade-legacy-22.csv"));
    await page.getByTestId("import-preview").click();
    await expect(page.getByTestId("import-dry-run")).toBeVisible();
    const s = await sideways(page);
    expect(s.pageWidth).toBeLessThanOrEqual(390);
    expect(s.scrollers).toContainEqual({ testId: "import-preview-table", role: "region", tabIndex: "0", label: "Preview of the file's trade shares (scrolls sideways and down)" });
  });
});
