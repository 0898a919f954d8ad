import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { revealOnDemand } from "./pages/overview-page";

// A phone (390 px) and a small tablet (820 px): nothing scrolls sideways but a table that says it
// scrolls, chart labels stay inside their charts, export buttons inside their cards, and the
// time axis labels years evenly.

const PAGES = ["/", "/incidents", "/incidents/3", "/no-such-page"];

/** Elements whose content is wider than their box and can scroll sideways: each must be a named, focusable region. */
function sidewaysScrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowX))
      .map((el) => ({ role: el.getAttribute("role"), tabIndex: el.tabIndex, label: el.getAttribute("aria-label") ?? "" })),
  );
}

test.describe("390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page, pageErrors }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      if (path === "/") await expect(page.getByTestId("dependence-chart")).toHaveAttribute("data-loading", "false");
      // The overview's cards below the first screen too.
      await revealOnDemand(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      for (const s of await sidewaysScrollers(page)) {
        expect(s.role).toBe("region");
        expect(s.tabIndex).toBe(0);
        expect(s.label).toMatch(/scrolls/);
      }
      // The 404 page's document is logged as a failed load: expected there, and nothing else.
      expect(pageErrors.filter((e) => !e.includes("status of 404"))).toEqual([]);
      pageErrors.length = 0;
    });
  }

  test("the event study's labels and ticks stay inside its chart, and the ticks do not collide", async ({ overview, page }) => {
    await overview.goto({ to: 2026 });
    const chart = page.getByTestId("event-study-chart");
    await expect(chart.getByTestId("event-study-row")).toHaveCount(6);
    const { svg, texts, ticks } = await chart.evaluate((el) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent ?? "" };
      };
      return { svg: box(el), texts: [...el.querySelectorAll("text")].map(box), ticks: [...el.querySelectorAll('[data-testid="event-study-tick"]')].map(box) };
    });
    expect(texts.length).toBeGreaterThan(12);
    for (const t of texts) {
      expect(t.left, t.text).toBeGreaterThanOrEqual(svg.left);
      expect(t.right, t.text).toBeLessThanOrEqual(svg.right);
    }
    expect(ticks.map((t) => t.text)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].left, `${ticks[i - 1].text} / ${ticks[i].text}`).toBeGreaterThan(ticks[i - 1].right);
    // The full change text, not "+1.64 pp (ap".
    await expect(chart.locator('[data-year="2013"]').getByTestId("event-study-change")).toHaveText("+1.64 pp (approx.)");
  });

  test("export buttons stay inside their cards", async ({ overview, page }) => {
    await overview.goto();
    const menus = page.getByTestId("export-menu");
    // Dependence, event study, concentration and peers (rare earths have no monthly series).
    expect(await menus.count()).toBe(4);
    for (const menu of await menus.all()) {
      const card = (await menu.evaluate((el) => {
        // The card: ChartCard's <section> (a card may name itself by its own test id).
        const r = el.closest("section")!.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }))!;
      for (const button of await menu.getByRole("button").all()) {
        const b = (await button.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(card.left);
        expect(b.x + b.width).toBeLessThanOrEqual(card.right);
      }
    }
  });
});

test.describe("820 px", () => {
  test.use({ viewport: { width: 820, height: 1000 } });

  test("the time axis labels every 2nd year evenly, none dropped here and there", async ({ overview, page }) => {
    await overview.goto({ to: 2026 });
    const labels = overview.chart.locator(".dependence-x-axis .dependence-tick");
    await expect(labels).toHaveCount(10);
    expect(await labels.allTextContents()).toEqual(["2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  });
});
