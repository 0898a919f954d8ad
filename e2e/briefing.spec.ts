import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { OverviewPage } from "./pages/overview-page";

/** A4 landscape inside the briefing's 7 mm margins, in CSS px (96 per inch): 283 × 196 mm. */
const PAGE_AREA = { width: 1069, height: 741 };
const PX_PER_MM = 96 / 25.4;
/** 7 pt in CSS px. */
const MIN_FONT_PX = (7 * 96) / 72;

/** The PDF's page count, and that its pages are A4 landscape (842 × 595 pt). */
async function pdfPages(page: Page) {
  const text = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.9\d*\s+59[45]\.\d+\s*\]/);
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * The smallest font size of any visible text under print media, as printed: an SVG's text counts
 * at the scale its SVG is drawn (a chart scaled down to the page would shrink its text).
 */
function smallestPrintedText(page: Page) {
  return page.evaluate(() => {
    let min = { px: Infinity, text: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const svg = el.closest("svg");
      const scale = svg && svg.width.baseVal.value ? svg.getBoundingClientRect().width / svg.width.baseVal.value : 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < min.px) min = { px, text: text.slice(0, 60) };
    }
    return min;
  });
}

/** Opens the view on screen, then lays it out as the printed page: print media, the page's area. */
async function asPrinted(overview: OverviewPage, query: Record<string, string | number | undefined> = {}) {
  await overview.goto(query);
  await overview.page.emulateMedia({ media: "print" });
  await overview.page.setViewportSize(PAGE_AREA);
  const chart = overview.page.getByTestId("print-chart").locator("svg.dependence-surface");
  await expect(chart).toBeVisible();
  return chart;
}

test.describe("print briefing", () => {
  test("the overview prints as one A4 landscape page with the chart, the events and the sources, without navigation", async ({ overview, page }) => {
    await overview.goto();
    await overview.waitForChart();
    await expect(page.getByTestId("print-briefing")).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByTestId("material-filter")).toBeHidden();
    for (const button of await page.getByTestId("export-png").all()) await expect(button).toBeHidden();
    const tables = page.getByTestId("briefing-tables");
    await expect(tables).toBeVisible();
    const markers = await overview.markers.count();
    await expect(tables.locator("ol > li")).toHaveCount(markers);
    await expect(tables).toContainText("Sources");
    expect(await pdfPages(page)).toBe(1);
  });

  const VIEWS = [
    { name: "the seeded default view", query: { to: 2026 }, materials: 1, minChartMm: 90 },
    { name: "the widest range with five materials compared", query: { from: 1990, to: 2035, material: "rare-earths,heavy-rare-earths,graphite,yttrium,permanent-magnets" }, materials: 5, minChartMm: 82 },
  ];

  for (const view of VIEWS) {
    test(`${view.name}: one page, nothing under 7 pt, the chart full width and tall`, async ({ overview, page }) => {
      const chart = await asPrinted(overview, view.query);
      const smallest = await smallestPrintedText(page);
      expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(MIN_FONT_PX);

      const box = (await chart.boundingBox())!;
      // Was 55 mm high and half the page wide.
      expect(box.width / PX_PER_MM).toBeGreaterThanOrEqual(280);
      expect(box.height / PX_PER_MM).toBeGreaterThanOrEqual(view.minChartMm);
      // The screen's chart is not printed beside it.
      await expect(overview.chart).toBeHidden();
      await expect(page.getByTestId("print-chart").getByTestId("event-marker")).toHaveCount(await overview.markers.count());
      // The whole briefing fits the page's height, and the PDF has one page.
      const bottom = await page.locator("#main").evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(PAGE_AREA.height);
      expect(await pdfPages(page)).toBe(1);
    });
  }

  test("the headline values are written on the line where they change, without collisions", async ({ overview, page }) => {
    await asPrinted(overview, { to: 2026 });
    const labels = page.getByTestId("print-chart").getByTestId("line-label");
    // First, last and lowest, with their values as the seed states them.
    await expect(labels.and(page.locator('[data-year="2008"]'))).toHaveText("92%");
    await expect(labels.and(page.locator('[data-year="2026"]'))).toHaveText("~60%");
    await expect(labels.and(page.locator('[data-year="2018"]'))).toHaveText("58%");
    // 2020 repeats 2018's 58%: not written again.
    await expect(labels.and(page.locator('[data-year="2020"]'))).toHaveCount(0);
    expect(await labels.count()).toBeGreaterThanOrEqual(9);
    const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b, `labels ${i} and ${j} overlap`).toBe(false);
      }
    // Print only: the screen's chart has no labels.
    await page.emulateMedia({ media: "screen" });
    await expect(overview.chart.getByTestId("line-label")).toHaveCount(0);
  });
});
