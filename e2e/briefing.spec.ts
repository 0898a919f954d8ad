import { expect, test } from "./fixtures";

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

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    // A4 landscape: 842 × 595 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.9\d*\s+59[45]\.\d+\s*\]/);
  });
});
