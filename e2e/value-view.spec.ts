import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

// The dependence chart's share and value views, the HS-scope note and the grouped material
// selector, against the seeded official series (db/seed/official/trade_shares.csv):
// permanent magnets (HS 850511), BACI China shares 2002–2024 (2015: 31.94%, 2024: 27.58%),
// BACI China → Japan value 2024: 156,879,570 USD; Japan's Comtrade declaration (sources 203/204)
// and China's mirror (205/206) beside them.

const MAGNETS = { material: "permanent-magnets", from: 2002, to: 2025 };
const YEARS_2002_2024 = Array.from({ length: 23 }, (_, i) => 2002 + i);

test.describe("value view", () => {
  test("permanent magnets: 23 BACI headline shares 2002–2024, the partners beside China, Japan's and China's own figures as other sources", async ({ overview }) => {
    await overview.goto(MAGNETS);
    expect(await overview.headlineYears()).toEqual(YEARS_2002_2024);
    await expect(overview.headlinePoint(2015)).toHaveAttribute("aria-label", /2015: 31\.94% \(line value\)/);
    await expect(overview.headlinePoint(2024)).toHaveAttribute("aria-label", /2024: 27\.58% \(line value\)/);
    await overview.headlinePoint(2015).hover();
    await expect(overview.tooltip).toContainText("31.94%");
    await expect(overview.tooltip).toContainText("HS 850511");

    const legend = overview.page.getByTestId("chart-card").filter({ has: overview.chart }).getByLabel("Legend");
    await expect(legend).toContainText("Philippines share");
    await expect(legend).toContainText(/Viet ?nam share/i);
    // Viet Nam's rise to 27.91% in 2024 and the Philippines' 32.38% (BACI): partner diamonds.
    await expect(overview.chart.locator('[data-glyph-id^="pVNM:"][data-year="2024"]')).toHaveAttribute("aria-label", /2024: 27\.91%/);
    await expect(overview.chart.locator('[data-glyph-id^="pPHL:"][data-year="2024"]')).toHaveAttribute("aria-label", /2024: 32\.38%/);
    // Japan's Comtrade declaration 2022 and 2024 (value and weight) and China's mirror: China's other-source dots, not the line.
    for (const [sourceId, count] of [["203", 2], ["204", 2], ["205", 1], ["206", 1]] as const) {
      await expect(overview.chart.locator(`[data-testid="other-point"][data-glyph-id^="m0:"][data-source-id="${sourceId}"]`)).toHaveCount(count);
    }
    await expect(overview.page.getByTestId("hs-scope-note")).toHaveText("Official series: HS 850511 (permanent magnets of metal).");
  });

  test("the toggle puts view=value in the URL and draws the value of imports from China in US$, exported with valueUsd", async ({ overview, page }) => {
    await overview.goto(MAGNETS);
    const toggle = page.getByTestId("view-toggle");
    await expect(toggle.getByRole("button", { name: "Share of imports" })).toHaveAttribute("aria-pressed", "true");
    await toggle.getByRole("button", { name: "Value from China (US$)" }).click();
    await expect(page).toHaveURL(/[?&]view=value(&|$)/);
    await expect(toggle.getByRole("button", { name: "Value from China (US$)" })).toHaveAttribute("aria-pressed", "true");
    await overview.waitForChart();

    await expect(page.getByRole("heading", { name: "Value of Japan's imports of Permanent magnets from China (US$), 2002–2025" })).toBeVisible();
    // 0 to US$250m in US$50m steps: the largest value is BACI's 2022 US$229.7m (Japan's declaration: US$231.6m).
    await expect(overview.chart.locator(".dependence-y-axis .dependence-tick")).toHaveText(["US$0", "US$50m", "US$100m", "US$150m", "US$200m", "US$250m"]);
    // BACI's values make the line, one per year 2002–2024.
    expect(await overview.headlineYears()).toEqual(YEARS_2002_2024);
    await expect(overview.headlinePoint(2024)).toHaveAttribute("aria-label", /2024: US\$156\.9m \(line value\)/);
    await overview.headlinePoint(2024).hover();
    await expect(overview.tooltip).toContainText("US$156,879,570");
    await expect(overview.tooltip).toContainText("HS 850511");
    await expect(overview.tooltip).toContainText("CEPII");
    // Japan's declared value (204) and China's mirror (206) for 2024: other-source dots.
    await expect(overview.chart.locator('[data-testid="other-point"][data-year="2024"]')).toHaveCount(2);
    await expect(page.getByTestId("value-sources-note")).toContainText("Line: CEPII BACI");

    const card = page.getByTestId("chart-card").filter({ has: overview.chart });
    const [dl] = await Promise.all([page.waitForEvent("download"), card.getByTestId("export-csv").click()]);
    expect(dl.suggestedFilename()).toBe("dependence-permanent-magnets-2002-2025-value.csv");
    const text = (await readFile((await dl.path())!)).toString("utf8").replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0])).toContain("valueUsd");
    expect(Object.keys(rows[0])).not.toContain("sharePct");
    const line2024 = rows.filter((r) => r.year === "2024" && r.line === "1");
    expect(line2024.map((r) => [r.valueUsd, r.hsCode, r.sourceId])).toEqual([["156879570", "850511", "202"]]);
    expect(rows.filter((r) => r.line === "1")).toHaveLength(23);

    // The URL reproduces the view; back returns to the shares.
    await page.reload();
    await overview.waitForChart();
    await expect(overview.headlinePoint(2024)).toHaveAttribute("aria-label", /US\$156\.9m/);
    await page.goBack();
    await overview.waitForChart();
    await expect(overview.headlinePoint(2024)).toHaveAttribute("aria-label", /27\.58%/);
  });

  test("graphite says its official series is HS 250490 only, in both views", async ({ overview, page }) => {
    await overview.goto({ material: "graphite" });
    const note = page.getByTestId("hs-scope-note");
    await expect(note).toHaveText("Official series: HS 250490 only (natural graphite, other than powder or flakes), 1 of graphite's 3 codes.");
    await overview.goto({ material: "graphite", from: 2002, view: "value" });
    await expect(note).toContainText("HS 250490 only");
    await expect(overview.headlinePoint(2019)).toHaveAttribute("aria-label", /2019: US\$27\.6m/);
  });

  test("a material without values offers no value view, and an invalid view is named by the notice", async ({ overview, page }) => {
    await overview.goto({ material: "dysprosium", view: "value" });
    await expect(page.getByTestId("view-toggle").getByRole("button", { name: "Value from China (US$)" })).toBeDisabled();
    await expect(page.getByRole("heading", { name: /^China's share of Japan's imports: Dysprosium/ })).toBeVisible();
    await overview.goto({ material: "permanent-magnets", view: "usd" });
    await expect(overview.notice).toContainText("view ignored (“share” or “value”; showing the share)");
    await expect(overview.headlinePoint(2024)).toHaveAttribute("aria-label", /27\.58%/);
  });

  test("the material select groups its 41 materials: rare earths, magnets, other critical minerals", async ({ overview }) => {
    await overview.goto();
    const groups = overview.materialSelect.locator("optgroup");
    await expect(groups).toHaveCount(3);
    expect(await groups.evaluateAll((els) => els.map((el) => el.getAttribute("label")))).toEqual(["Rare earths", "Magnets", "Other critical minerals"]);
    await expect(overview.materialSelect.locator("option")).toHaveCount(41);
    await expect(groups.nth(1).locator("option")).toHaveText(["Permanent magnets"]);
    const others = await groups.nth(2).locator("option").evaluateAll((els) => els.map((el) => el.getAttribute("value")));
    expect(others[0]).toBe("antimony");
    expect(others).toContain("graphite");
    await overview.materialSelect.selectOption("permanent-magnets");
    await expect(overview.page).toHaveURL(/material=permanent-magnets/);
  });
});
