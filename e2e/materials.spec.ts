import { readFile } from "node:fs/promises";
import { DEFAULT_TO } from "./support/api";
import { expect, test } from "./fixtures";

// Materials as the pages name them, and materials without a China series (dysprosium and terbium:
// no point in any year; their values are reported together as "Heavy rare earths (Dy, Tb)").

test.describe("materials without a China series", () => {
  test("an empty chart keeps its axes, says why and links to the material holding the values, in the same years", async ({ overview, page }) => {
    await overview.goto({ material: "dysprosium,terbium" });
    const empty = overview.chart.getByTestId("chart-empty");
    await expect(empty).toContainText(`No source gives China's share of Japan's Dysprosium or Terbium imports in 2008–${DEFAULT_TO}`);
    await expect(overview.headlinePoints).toHaveCount(0);
    // The axes are still drawn: 0% to 100% and the years.
    const yTicks = overview.chart.locator(".dependence-y-axis .dependence-tick");
    await expect(yTicks).toHaveText(["0%", "20%", "40%", "60%", "80%", "100%"]);
    await expect(overview.chart.locator(".dependence-x-axis .dependence-tick").first()).toHaveText("2008");
    const link = empty.getByTestId("series-holder-link");
    await expect(link).toHaveText(`Heavy rare earths (Dy, Tb), 2008–${DEFAULT_TO}`);
    await expect(link).toHaveAttribute("href", `/?material=heavy-rare-earths&from=2008&to=${DEFAULT_TO}`);
    await link.click();
    await expect(page).toHaveURL(/material=heavy-rare-earths/);
    await expect(overview.materialSelect).toHaveValue("heavy-rare-earths");
    // 2012, 2024 and 2025: point statements of China's share of the heavy rare earths.
    await expect.poll(() => overview.headlineYears()).toEqual([2012, 2024, 2025]);
    await expect(overview.chart.getByTestId("chart-empty")).toHaveCount(0);
  });

  test("the material selector marks a material without a series", async ({ overview }) => {
    await overview.goto({ material: "dysprosium" });
    await expect(overview.materialSelect.locator("option:checked")).toHaveText(/^Dysprosium — no China series/);
    await expect(overview.materialSelect.locator('option[value="rare-earths"]')).toHaveText("Rare earths (all)");
  });

  test("the export of an empty chart says so in words", async ({ overview, page }) => {
    await overview.goto({ material: "dysprosium,terbium", to: 2026 });
    const card = page.getByTestId("chart-card").filter({ has: overview.chart });
    await expect(card.getByTestId("chart-empty").getByTestId("series-holder-link")).toBeVisible();
    const [dl] = await Promise.all([page.waitForEvent("download"), card.getByTestId("export-svg").click()]);
    const svg = await readFile((await dl.path())!, "utf8");
    const text = svg.replace(/&apos;|&#39;/g, "'");
    expect(text).toContain("No values drawn: no source gives China's share of Japan's Dysprosium or Terbium imports in 2008–2026");
    expect(svg).toContain("Heavy rare earths (Dy, Tb)");
    expect(svg).toContain("REE Monitor · no values drawn · exported");
    expect(svg).not.toContain("Sources: none");
    expect(svg).not.toContain("data as of unknown");
  });
});

test.describe("material names, not slugs", () => {
  test("the chart title keeps the stored capitals", async ({ overview, page }) => {
    await overview.goto({ material: "heavy-rare-earths", to: 2026 });
    await expect(page.getByTestId("chart-card").filter({ has: overview.chart }).getByRole("heading", { level: 2 })).toHaveText(
      "China's share of Japan's imports: Heavy rare earths (Dy, Tb), 2008–2026",
    );
  });

  test("the event panel and the incidents timeline name the materials", async ({ overview, page }) => {
    await overview.goto();
    // Incident 24 touches rare-earths and permanent-magnets.
    await overview.marker(24).click();
    const materials = overview.eventDetail.locator("dd").filter({ hasText: "Permanent magnets" });
    await expect(materials).toHaveText(/^(Rare earths \(all\), Permanent magnets|Permanent magnets, Rare earths \(all\))$/);
    await expect(overview.eventDetail).not.toContainText("permanent-magnets");

    await page.goto("/incidents");
    const item = page.locator('[data-testid="incident-item"][data-incident-id="24"]');
    await expect(item).toContainText(/Rare earths \(all\), Permanent magnets|Permanent magnets, Rare earths \(all\)/);
    await expect(page.getByTestId("incident-list")).not.toContainText("rare-earths");
  });

  test("a 404 page has exactly one main landmark", async ({ page, pageErrors }) => {
    for (const path of ["/no-such-page", "/incidents/99999", "/projects/0"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
      await expect(page.locator("main"), path).toHaveCount(1);
    }
    // The browser logs each 404 document as a failed load: expected here, and nothing else.
    expect(pageErrors.filter((e) => !e.includes("status of 404"))).toEqual([]);
    pageErrors.length = 0;
  });
});
