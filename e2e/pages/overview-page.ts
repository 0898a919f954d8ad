import { expect, type Locator, type Page } from "@playwright/test";

export type OverviewQuery = Record<string, string | number | undefined> | string;

/**
 * Scrolls to each card the overview loads on demand (components/ui/on-demand.tsx), waits until it
 * is mounted, and scrolls back to the top: for tests about the cards' contents, not their loading
 * (e2e/page-weight.spec.ts tests that).
 */
export async function revealOnDemand(page: Page) {
  const slots = await page.locator("[data-on-demand]").all();
  // All scrolled to first, so their fetches run together; then each awaited (scrolled to again if
  // the observer missed it on the way).
  for (const slot of slots) await slot.scrollIntoViewIfNeeded();
  for (const slot of slots) {
    await expect(async () => {
      if ((await slot.getAttribute("data-shown")) !== "true") await slot.scrollIntoViewIfNeeded();
      await expect(slot).toHaveAttribute("data-shown", "true", { timeout: 1_000 });
    }).toPass();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The overview (`/`): filters, headline figures, the dependence chart, incidents and projects. */
export class OverviewPage {
  readonly materialSelect: Locator;
  readonly yearFrom: Locator;
  readonly yearTo: Locator;
  readonly categoryFilter: Locator;
  readonly chart: Locator;
  readonly markers: Locator;
  readonly headlinePoints: Locator;
  readonly otherPoints: Locator;
  readonly tooltip: Locator;
  readonly eventDetail: Locator;
  readonly eventLegend: Locator;
  readonly notice: Locator;
  readonly figureLatest: Locator;
  readonly figureChange: Locator;
  readonly figureEvents: Locator;
  readonly figureProjects: Locator;
  readonly incidentTimeline: Locator;
  readonly projectsTable: Locator;

  constructor(readonly page: Page) {
    this.materialSelect = page.getByTestId("material-filter");
    this.yearFrom = page.getByTestId("year-from");
    this.yearTo = page.getByTestId("year-to");
    this.categoryFilter = page.getByTestId("category-filter");
    this.chart = page.getByTestId("dependence-chart");
    this.markers = this.chart.getByTestId("event-marker");
    this.headlinePoints = this.chart.getByTestId("headline-point");
    this.otherPoints = this.chart.getByTestId("other-point");
    this.tooltip = this.chart.getByTestId("chart-tooltip");
    this.eventDetail = page.getByTestId("event-detail");
    this.eventLegend = page.getByTestId("event-legend");
    this.notice = page.getByTestId("filter-notice");
    this.figureLatest = page.getByTestId("figure-latest");
    this.figureChange = page.getByTestId("figure-change");
    this.figureEvents = page.getByTestId("figure-events");
    this.figureProjects = page.getByTestId("figure-projects");
    this.incidentTimeline = page.getByTestId("incident-timeline");
    this.projectsTable = page.getByTestId("projects-table");
  }

  /** Opens `/` with a query: a raw string (`"from=abc"`) or a record (undefined values are left out). */
  async goto(query: OverviewQuery = {}) {
    let search: string;
    if (typeof query === "string") search = query.replace(/^\?/, "");
    else {
      const sp = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined) sp.set(k, String(v));
      search = sp.toString();
    }
    await this.page.goto(search ? `/?${search}` : "/");
    await this.waitForChart();
    await revealOnDemand(this.page);
  }

  /** The chart has settled: no fetch in flight and the SVG (axes, points, event strip) is drawn. */
  async waitForChart() {
    await expect(this.chart).toHaveAttribute("data-loading", "false");
    await expect(this.chart.locator("svg.dependence-surface").first()).toBeVisible();
    // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
    await expect(this.chart).toHaveAttribute("data-measured", "true");
    await expect(this.chart.locator("g.event-strip")).toBeAttached();
  }

  categoryButton(name: string): Locator {
    return this.categoryFilter.getByRole("button", { name, exact: true });
  }

  marker(id: number): Locator {
    return this.chart.locator(`[data-testid="event-marker"][data-event-id="${id}"]`);
  }

  headlinePoint(year: number): Locator {
    return this.chart.locator(`[data-testid="headline-point"][data-year="${year}"]`);
  }

  /** The drawn marker ids, sorted. */
  async markerIds(): Promise<number[]> {
    const ids = await this.markers.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-event-id"))));
    return ids.sort((a, b) => a - b);
  }

  async markerCategories(): Promise<string[]> {
    return this.markers.evaluateAll((els) => els.map((el) => el.getAttribute("data-category") ?? ""));
  }

  /** The years of the headline points, in drawing order. */
  async headlineYears(): Promise<number[]> {
    const years = await this.headlinePoints.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-year"))));
    return years.sort((a, b) => a - b);
  }

  /**
   * Waits until the chart has settled on exactly these events (web-first: retried until the
   * refetch after a filter change has landed), then checks that nothing is still loading.
   */
  async expectMarkerIds(ids: number[]) {
    const expected = [...ids].sort((a, b) => a - b);
    await expect(this.markers).toHaveCount(expected.length);
    await expect.poll(() => this.markerIds()).toEqual(expected);
    await expect(this.chart).toHaveAttribute("data-loading", "false");
    await expect.poll(() => this.markerIds()).toEqual(expected);
  }

  /** The URL's query as a plain record (for order-independent comparisons). */
  searchParams(): Record<string, string> {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }
}
