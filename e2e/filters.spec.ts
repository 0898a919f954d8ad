import type { Page } from "@playwright/test";
import { DEFAULT_TO, eventIds, getDependence, getJson, type IncidentJson } from "./support/api";
import { expect, test } from "./fixtures";

declare global {
  interface Window {
    __marker?: number;
  }
}

/** The URL's query equals `expected` exactly (order-independent; defaults are left out of the URL). */
function hasQuery(expected: Record<string, string>) {
  return (url: URL) => JSON.stringify(Object.fromEntries([...url.searchParams].sort())) === JSON.stringify(Object.fromEntries(Object.entries(expected).sort()));
}

/** A flag on `window` survives client-side navigation and is lost on a full page load. */
async function setMarker(page: Page) {
  await page.evaluate(() => {
    window.__marker = 1;
  });
}
const readMarker = (page: Page) => page.evaluate(() => window.__marker ?? null);

test.describe("filters", () => {
  test("year range updates the URL and the chart without a page reload", async ({ overview, request, page }) => {
    const apiDefault = await getDependence(request);
    const api1012 = await getDependence(request, { from: 2010, to: 2012 });
    expect(eventIds(api1012)).not.toEqual(eventIds(apiDefault));

    await overview.goto();
    await overview.expectMarkerIds(eventIds(apiDefault));
    await setMarker(page);

    await overview.yearFrom.selectOption("2010");
    await expect(page).toHaveURL(hasQuery({ from: "2010" }));
    await overview.yearTo.selectOption("2012");
    await expect(page).toHaveURL(/[?&]from=2010&to=2012(&|$)/);
    await expect(page).toHaveURL(hasQuery({ from: "2010", to: "2012" }));
    await expect(overview.yearFrom).toHaveValue("2010");
    await expect(overview.yearTo).toHaveValue("2012");
    await overview.expectMarkerIds(eventIds(api1012));
    // Only the selected years are drawn: no headline point outside 2010–2012.
    await expect.poll(() => overview.headlineYears()).toEqual([2010, 2011, 2012]);
    expect(await readMarker(page)).toBe(1);
  });

  test("material select updates the URL and the chart", async ({ overview, request, page }) => {
    const apiDefault = await getDependence(request);
    const gallium = await getDependence(request, { material: "gallium" });
    expect(gallium.material).toBe("gallium");
    expect(eventIds(gallium)).not.toEqual(eventIds(apiDefault));

    await overview.goto();
    await setMarker(page);
    await overview.materialSelect.selectOption("gallium");
    await expect(page).toHaveURL(/[?&]material=gallium(&|$)/);
    await expect(page).toHaveURL(hasQuery({ material: "gallium" }));
    await expect(overview.materialSelect).toHaveValue("gallium");
    await overview.expectMarkerIds(eventIds(gallium));
    // Gallium has no sourced China share in the seed: no headline point, no invented line.
    const galliumHeadlines = gallium.points.filter((p) => p.headline).length;
    await expect(overview.headlinePoints).toHaveCount(galliumHeadlines);
    expect(await readMarker(page)).toBe(1);
  });

  test("category toggle keeps only that category's markers", async ({ overview, request, page }) => {
    const military = await getDependence(request, { category: "military" });
    expect(military.events.length).toBeGreaterThan(0);
    expect(military.events.every((e) => e.category === "military")).toBe(true);
    const incidents = await getJson<{ data: IncidentJson[] }>(request, `/api/v1/incidents?material=rare-earths&from=2008&to=${DEFAULT_TO}&category=military`);

    await overview.goto();
    await setMarker(page);
    const button = overview.categoryButton("Military");
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(hasQuery({ category: "military" }));
    await overview.expectMarkerIds(eventIds(military));
    expect(new Set(await overview.markerCategories())).toEqual(new Set(["military"]));
    await expect(overview.incidentTimeline.locator("li")).toHaveCount(incidents.data.filter((i) => i.duplicateOf === null).length);

    // Toggling it off restores every category.
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(page).toHaveURL(hasQuery({}));
    await overview.expectMarkerIds(eventIds(await getDependence(request)));
    expect(await readMarker(page)).toBe(1);
  });

  test("a link reproduces the view", async ({ overview, request }) => {
    const api = await getDependence(request, { material: "gallium", from: 2010, to: 2012, category: "export_control" });
    await overview.goto({ material: "gallium", from: 2010, to: 2012, category: "export_control" });
    await expect(overview.notice).toHaveCount(0);
    await expect(overview.materialSelect).toHaveValue("gallium");
    await expect(overview.yearFrom).toHaveValue("2010");
    await expect(overview.yearTo).toHaveValue("2012");
    await expect(overview.categoryButton("Export control")).toHaveAttribute("aria-pressed", "true");
    await overview.expectMarkerIds(eventIds(api));
  });
});

test.describe("history", () => {
  test("back and forward restore the URL and the chart; reload keeps the view", async ({ overview, request, page }) => {
    const apiDefault = await getDependence(request);
    const api2015 = await getDependence(request, { to: 2015 });
    const apiGallium2015 = await getDependence(request, { material: "gallium", to: 2015 });
    const views = [apiDefault, api2015, apiGallium2015].map((a) => JSON.stringify(eventIds(a)));
    expect(new Set(views).size).toBe(3);

    await overview.goto();
    await setMarker(page);
    await overview.yearTo.selectOption("2015");
    await expect(page).toHaveURL(hasQuery({ to: "2015" }));
    await overview.expectMarkerIds(eventIds(api2015));
    await overview.materialSelect.selectOption("gallium");
    await expect(page).toHaveURL(hasQuery({ to: "2015", material: "gallium" }));
    await overview.expectMarkerIds(eventIds(apiGallium2015));

    await page.goBack();
    await expect(page).toHaveURL(hasQuery({ to: "2015" }));
    await expect(overview.materialSelect).toHaveValue("rare-earths");
    await expect(overview.yearTo).toHaveValue("2015");
    await overview.expectMarkerIds(eventIds(api2015));

    await page.goBack();
    await expect(page).toHaveURL(hasQuery({}));
    await expect(overview.yearTo).toHaveValue(String(DEFAULT_TO));
    await overview.expectMarkerIds(eventIds(apiDefault));

    await page.goForward();
    await expect(page).toHaveURL(hasQuery({ to: "2015" }));
    await overview.expectMarkerIds(eventIds(api2015));

    await page.goForward();
    await expect(page).toHaveURL(hasQuery({ to: "2015", material: "gallium" }));
    await expect(overview.materialSelect).toHaveValue("gallium");
    await overview.expectMarkerIds(eventIds(apiGallium2015));
    // All of that happened in one document.
    expect(await readMarker(page)).toBe(1);

    await page.reload();
    await overview.waitForChart();
    await expect(page).toHaveURL(hasQuery({ to: "2015", material: "gallium" }));
    await expect(overview.materialSelect).toHaveValue("gallium");
    await expect(overview.yearFrom).toHaveValue("2008");
    await expect(overview.yearTo).toHaveValue("2015");
    await overview.expectMarkerIds(eventIds(apiGallium2015));
    expect(await readMarker(page)).toBeNull();
  });
});

test.describe("invalid parameters", () => {
  test("unknown material and non-numeric year: a notice names them, the chart shows the defaults", async ({ overview, request }) => {
    const apiDefault = await getDependence(request);
    await overview.goto("from=abc&material=unobtainium");
    await expect(overview.notice).toBeVisible();
    await expect(overview.notice).toHaveAttribute("role", "alert");
    // The server drops the malformed year before rendering (a canonical URL: http/canonical.mjs) and
    // the notice names the parameter and the reason, not the value.
    await expect(overview.notice).toContainText("from ignored (not a four-digit year)");
    await expect(overview.notice).not.toContainText("abc");
    await expect(overview.notice).toContainText("unobtainium");
    await expect(overview.materialSelect).toHaveValue("rare-earths");
    await expect(overview.yearFrom).toHaveValue("2008");
    await overview.expectMarkerIds(eventIds(apiDefault));
  });

  test("`from` after `to`: the years are swapped, and the notice says so in words", async ({ overview, request }) => {
    const swapped = await getDependence(request, { from: 2010, to: 2020 });
    await overview.goto("from=2020&to=2010");
    await expect(overview.notice).toContainText("from=2020 is after to=2010: the years were swapped, showing 2010–2020");
    await expect(overview.yearFrom).toHaveValue("2010");
    await expect(overview.yearTo).toHaveValue("2020");
    await overview.expectMarkerIds(eventIds(swapped));
  });

  test("a material typed as a person would resolves, and a repeated material keeps every value", async ({ overview, page }) => {
    await overview.goto("material=Rare%20Earths");
    await expect(overview.notice).toHaveCount(0);
    await expect(overview.materialSelect).toHaveValue("rare-earths");
    await page.goto("/?material=graphite&material=gallium&from=2010");
    await overview.waitForChart();
    await expect(page.getByTestId("chart-card").first()).toContainText("Graphite");
    await expect(page.getByTestId("chart-card").first()).toContainText("Gallium");
  });

  test("out-of-range, full-width and oversized values: a notice, never an error page", async ({ overview, page }) => {
    for (const query of ["to=99999", "from=%EF%BC%91%EF%BC%99%EF%BC%99%EF%BC%95", `material=${"x".repeat(5000)}`, "category=bogus"]) {
      const response = await page.goto(`/?${query}`);
      expect(response?.status(), query.slice(0, 40)).toBe(200);
      await overview.waitForChart();
      await expect(overview.notice, query.slice(0, 40)).toBeVisible();
    }
  });

  test("a valid URL shows no notice", async ({ overview }) => {
    await overview.goto({ material: "gallium", from: 2010, to: 2012 });
    await expect(overview.notice).toHaveCount(0);
    await overview.goto();
    await expect(overview.notice).toHaveCount(0);
  });

  test("fixing a filter clears the notice", async ({ overview, page }) => {
    await overview.goto("from=abc");
    await expect(overview.notice).toBeVisible();
    await overview.yearFrom.selectOption("2010");
    await expect(page).toHaveURL(hasQuery({ from: "2010" }));
    await expect(overview.notice).toHaveCount(0);
  });
});
