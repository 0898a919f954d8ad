import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The dependence chart arrives with the page: the server draws its SVG into the HTML (at the
// desktop width), hydration makes it interactive without moving anything, and a reader without
// JavaScript still sees it and its numbered events.

const VIEW = "/?material=rare-earths&from=2005&to=2026";
// The drawing's geometry at the server's width (DEFAULT_CHART_WIDTH, 1190 px): the plot runs from
// x = 4 + 48 (margin, Y axis) to 1190 − 20, and from y = 12 (top) to 12 + 300.
// Rare earths 2010 = 81.61 %: x = 52 + 1118 × 5.5 / 22 = 331.5 (mid-2010), y = 312 − 300 × 0.8161 = 67.17.
const X_2010 = "331.5";
const Y_2010 = "67.17";

/** Installs a layout-shift counter before the page's first byte. */
async function countLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shift so far, once the chart is drawn at its measured width and two more frames are laid out. */
async function layoutShift(page: Page): Promise<number> {
  await expect(page.getByTestId("dependence-chart")).toHaveAttribute("data-measured", "true");
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __cls: number }).__cls)))));
}

test.describe("the dependence chart in the first paint", () => {
  test("the server's HTML holds the chart: axes, the line, the 2010 point at 81.61 % and the numbered event markers", async ({ request }) => {
    const res = await request.get(VIEW);
    expect(res.status()).toBe(200);
    const html = await res.text();
    const start = html.indexOf('data-testid="dependence-chart"');
    expect(start).toBeGreaterThan(-1);
    const chart = html.slice(start);
    expect(chart).toMatch(/<svg class="dependence-surface"[^>]* width="1190"/);
    expect(chart).toMatch(/<path class="dependence-line dependence-line-(exact|estimate)" d="M[\d.]+ [\d.]+L/);
    expect(chart).toContain('class="dependence-tick"');
    const point2010 = /<g data-testid="headline-point"[^>]*data-year="2010"[^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/g>/.exec(chart);
    expect(point2010?.[1]).toContain("2010: 81.61%");
    expect(point2010?.[2]).toContain(`cx="${X_2010}" cy="${Y_2010}"`);
    const markers = chart.match(/data-testid="event-marker"/g) ?? [];
    expect(markers.length).toBeGreaterThan(0);
    // Numbered 1…n in date order, each number written in its disc.
    expect(chart).toMatch(/data-testid="event-marker"[^>]*aria-label="Event 1: /);
  });

  test("with JavaScript off a reader sees the chart (axes, line, points) and its numbered events", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(VIEW);
    const chart = page.getByTestId("dependence-chart");
    await expect(chart.locator("svg.dependence-surface")).toBeVisible();
    await expect(chart.locator("path.dependence-line").first()).toBeVisible();
    await expect(chart.locator(".dependence-x-axis .dependence-tick").first()).toHaveText("2005");
    await expect(chart.locator(".dependence-y-axis .dependence-tick")).toHaveText(["0%", "20%", "40%", "60%", "80%", "100%"]);
    const point = chart.locator('[data-testid="headline-point"][data-year="2010"]');
    await expect(point).toBeVisible();
    await expect(point).toHaveAttribute("aria-label", /2010: 81\.61%/);
    await expect(point.locator("circle").first()).toHaveAttribute("cy", Y_2010);
    const markers = chart.getByTestId("event-marker");
    const count = await markers.count();
    expect(count).toBeGreaterThan(0);
    await expect(markers.first()).toBeVisible();
    await expect(markers.first()).toContainText("1");
    // The numbered list: a native disclosure, opened without any script.
    await page.getByText(`Events on the chart (${count})`).click();
    const legend = page.getByTestId("event-legend");
    await expect(legend).toBeVisible();
    await expect(legend.getByRole("listitem")).toHaveCount(count);
    await expect(legend.getByRole("listitem").first()).toContainText("1");
    await page.screenshot({ path: "test-results/first-paint-no-js-1280.png", fullPage: true });
    await context.close();
  });

  test("hydration moves nothing at 1280 px: the server's width is the chart's box (CLS < 0.02)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await countLayoutShifts(page);
    await page.goto(VIEW);
    expect(await layoutShift(page)).toBeLessThan(0.02);
    // The drawing measured in the browser is the server's: same width, same 2010 point.
    await expect(page.getByTestId("dependence-chart").locator("svg.dependence-surface")).toHaveAttribute("width", "1190");
    await expect(page.getByTestId("dependence-chart").locator('[data-testid="headline-point"][data-year="2010"] circle').first()).toHaveAttribute("cx", X_2010);
  });

  test("at 390 px the server's drawing is scaled into the box, then redrawn for it without a shift (CLS < 0.02)", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await countLayoutShifts(page);
    await page.goto(VIEW);
    const cls = await layoutShift(page);
    test.info().annotations.push({ type: "cls-390", description: cls.toFixed(4) });
    expect(cls).toBeLessThan(0.02);
    const chart = page.getByTestId("dependence-chart");
    const box = (await chart.boundingBox())!;
    const svg = (await chart.locator("svg.dependence-surface").boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(box.width + 0.5);
    expect(Number(await chart.locator("svg.dependence-surface").getAttribute("width"))).toBe(Math.round(box.width));
    await page.screenshot({ path: "test-results/first-paint-390.png", fullPage: false });
  });

  test("after hydration a point still shows its tooltip on hover and its source on click", async ({ overview }) => {
    await overview.goto(VIEW.slice(2));
    const point = overview.headlinePoint(2010);
    await point.hover();
    await expect(overview.tooltip).toBeVisible();
    await expect(overview.tooltip).toContainText("81.61%");
    await point.click();
    await expect(overview.page.getByTestId("point-detail")).toBeVisible();
    await expect(overview.page.getByTestId("point-detail")).toContainText("81.61%");
  });
});
