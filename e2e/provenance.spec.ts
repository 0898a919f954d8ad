import { expect, test } from "./fixtures";

// From the overview chart to the pages behind it: a marker to its incident, a point to its source.

test.describe("navigation from the chart", () => {
  test("a marker opens the incident page, with its context chart and related incidents", async ({ overview, page }) => {
    await overview.goto();
    await overview.marker(3).click();
    await expect(overview.eventDetail).toBeVisible();
    await overview.eventDetail.getByTestId("event-page-link").click();
    await expect(page).toHaveURL(/\/incidents\/3$/);
    const detail = page.getByTestId("incident-detail");
    await expect(detail).toHaveAttribute("data-incident-id", "3");
    await expect(detail.getByRole("heading", { level: 1 })).toHaveText("Senkaku trawler collision; Japan detains the Chinese captain");
    await expect(page.getByTestId("incident-date")).toContainText("7 Sep 2010");
    await expect(page.getByTestId("incident-date")).toContainText("known to the day");
    // Three years either side of 2010, the incident marked on the same axis.
    const context = page.getByTestId("context-chart");
    await expect(context.getByTestId("event-marker")).toHaveCount(1);
    await expect(context.getByTestId("event-marker")).toHaveAttribute("data-event-id", "3");
    await expect(context.locator('[data-testid="headline-point"][data-year="2010"]')).toHaveAttribute("data-source-id", "8");
    await expect(page.getByTestId("context-chart-card")).toContainText("2007–2013");
    // 21 Sep 2010: China halts shipments, 14 days later, is the nearest related record.
    await expect(page.getByTestId("related-incidents").getByRole("link").first()).toHaveText("China halts rare earth shipments to Japan");
  });

  test("a point opens its source entry, which lists the row it came from", async ({ overview, page }) => {
    await overview.goto();
    await overview.headlinePoint(2010).click();
    const detail = page.getByTestId("point-detail");
    await expect(detail.getByRole("heading")).toContainText("2010: 81.61%");
    await expect(detail.getByTestId("point-source-link")).toHaveAttribute("data-source-id", "8");
    await detail.getByTestId("point-source-link").click();
    await expect(page).toHaveURL(/\/sources\?id=8#source-8$/);
    const entry = page.locator('[data-testid="source-entry"][data-source-id="8"]');
    await expect(entry).toBeInViewport();
    await expect(entry.getByTestId("cited-shares")).toContainText("China · 2010: 81.61% · line value");
  });

  test("where sources disagree, the tooltip and the point detail say so, and so does the sources page", async ({ overview, page }) => {
    await overview.goto();
    await overview.headlinePoint(2009).hover();
    await expect(overview.tooltip.getByTestId("tooltip-disagreement")).toHaveText("Sources disagree for 2009: 85.49% [8], ~85% [11], 84% [12], > 90% [13]");
    await overview.headlinePoint(2011).hover();
    await expect(overview.tooltip).toBeVisible();
    await expect(overview.tooltip.getByTestId("tooltip-disagreement")).toHaveCount(0);
    await overview.headlinePoint(2009).click();
    await expect(page.getByTestId("point-disagreement").getByRole("listitem")).toHaveCount(4);

    // Rare earths' disagreements (the official series add others: BACI against Japan's declaration).
    await page.goto("/sources?material=rare-earths");
    const rows = page.getByTestId("disagreement");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toHaveAttribute("data-year", "2009");
    await expect(rows.first()).toContainText("84%");
  });

  test("a project row opens the project page with its other records and source", async ({ page }) => {
    await page.goto("/projects");
    await page.locator('[data-testid="project-row"][data-project-id="18"]').getByRole("link", { name: "Shin-Etsu rare earth magnet plant, Hai Phong" }).click();
    await expect(page).toHaveURL(/\/projects\/18$/);
    await expect(page.getByTestId("project-detail").getByRole("heading", { level: 1 })).toHaveText("Shin-Etsu rare earth magnet plant, Hai Phong");
    await expect(page.getByTestId("project-capacity")).toContainText("2,000 t per year");
    await expect(page.getByTestId("same-project")).toContainText("Shin-Etsu Hai Phong complex (CSIS account)");
    await page.getByTestId("project-source-link").click();
    await expect(page).toHaveURL(/\/sources\?id=\d+#source-\d+$/);
  });

  test("unknown and malformed ids are a 404 page, not an error", async ({ request }) => {
    for (const path of ["/incidents/99999", "/incidents/abc", "/projects/0", "/projects/1e3", "/incidents/1%27%20OR%201=1"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      const html = await res.text();
      expect(html).toMatch(/not found/i);
      expect(html).not.toMatch(/at \w+ \(|SqliteError|TypeError/);
    }
  });
});
