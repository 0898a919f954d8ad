import type { Locator, Page } from "@playwright/test";
import Papa from "papaparse";
import type { MonthlyResponse } from "@/lib/monthly";
import { expect, test } from "./fixtures";
import { pngSize } from "./support/png";
import { revealOnDemand } from "./pages/overview-page";

// The monthly mirror chart on the overview: China's reported monthly exports to Japan per HS code,
// with the escalation events on the same month axis. Values from the seed
// (db/seed/official/trade_shares.csv, source 207).

const monthly = (page: Page) => page.getByTestId("monthly-chart");
const marker = (page: Page, id: number) => monthly(page).locator(`[data-testid="monthly-event-marker"][data-event-id="${id}"]`);

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await revealOnDemand(page);
  await expect(monthly(page).locator("svg.recharts-surface")).toBeVisible();
}

/** Points the mouse at pixel `x` of the chart's SVG, half-way down the plot. */
async function hoverAt(page: Page, x: number) {
  // The mouse reaches only what is on screen: the card sits below the dependence chart.
  await monthly(page).getByTestId("monthly-hover-area").scrollIntoViewIfNeeded();
  const area = await monthly(page).getByTestId("monthly-hover-area").boundingBox();
  const svg = await monthly(page).locator("svg.recharts-surface").boundingBox();
  if (!area || !svg) throw new Error("the chart is not laid out");
  await page.mouse.move(svg.x + x, area.y + area.height / 2);
}

const markerX = async (m: Locator) => Number(await m.getAttribute("data-x"));

test.describe("monthly mirror chart", () => {
  test("graphite: both codes, the October and December 2023 markers on the month axis, November's surge in the tooltip", async ({ page }) => {
    await open(page, "?material=graphite");
    const card = monthly(page);
    await expect(card.getByRole("heading", { name: "China's reported exports to Japan, by month (mirror statistics)" })).toBeVisible();
    await expect(card.locator("path.recharts-line-curve")).toHaveCount(2);
    await expect(card.getByLabel("Legend")).toContainText("Natural graphite, powder or flakes (HS 250410)");
    await expect(card.getByLabel("Legend")).toContainText("Artificial graphite (HS 380110)");

    // The announcement (20 Oct 2023) and the entry into force (1 Dec 2023), each in its month.
    const announced = marker(page, 23);
    const inForce = marker(page, 67);
    await expect(announced).toHaveAttribute("data-month", "2023-10");
    await expect(inForce).toHaveAttribute("data-month", "2023-12");
    const [xOct, xDec] = [await markerX(announced), await markerX(inForce)];
    expect(xDec).toBeGreaterThan(xOct);

    // The same axis: the pointer at the October marker is October; half-way to December is November.
    await hoverAt(page, xOct);
    const tooltip = card.getByTestId("monthly-tooltip");
    await expect(tooltip).toContainText("Oct 2023");
    await expect(tooltip).toContainText("China announces export controls on graphite");

    await hoverAt(page, (xOct + xDec) / 2);
    await expect(tooltip).toContainText("Nov 2023");
    await expect(tooltip.locator('[data-hs="250410"]')).toContainText("US$12.2m");
    await expect(tooltip.locator('[data-hs="250410"]')).toContainText("12,245,802");

    // December: natural graphite collapses to US$7,003 as the licences start.
    await hoverAt(page, xDec);
    await expect(tooltip).toContainText("Dec 2023");
    await expect(tooltip.locator('[data-hs="250410"]')).toContainText("US$7,003");
    await expect(tooltip.locator('[data-hs="380110"]')).toContainText("3,415,399");
    await expect(tooltip).toContainText("China's graphite export licensing takes effect");
  });

  test("graphite: the CSV holds every monthly value with its source, as the API gives them", async ({ page }) => {
    await open(page, "?material=graphite");
    const [dl] = await Promise.all([page.waitForEvent("download"), monthly(page).getByTestId("export-csv").click()]);
    expect(dl.suggestedFilename()).toBe("monthly-graphite-2017-01-2024-12.csv");
    const { readFile } = await import("node:fs/promises");
    const body = await readFile(await dl.path());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(body.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;

    const res = await page.request.get("/api/v1/monthly?material=graphite");
    expect(res.status()).toBe(200);
    const api = (await res.json()) as MonthlyResponse;
    expect(rows).toHaveLength(api.series.reduce((n, s) => n + s.points.length, 0));
    expect(rows).toHaveLength(192);
    const nov = rows.find((r) => r.hsCode === "250410" && r.year === "2023" && r.month === "11");
    expect(nov).toMatchObject({ valueUsd: "12245802", mirror: "1", sourceId: "207", partner: "CHN", importer: "JPN" });
    expect(new Set(rows.map((r) => r.sourceTitle))).toEqual(new Set(["UN Comtrade, reporter China (mirror), monthly exports 2017–2024"]));
  });

  test("graphite: the SVG and PNG exports carry the title, the key, the numbered events and the source", async ({ page }) => {
    await open(page, "?material=graphite");
    const { readFile } = await import("node:fs/promises");
    const get = async (id: string) => {
      const [dl] = await Promise.all([page.waitForEvent("download"), monthly(page).getByTestId(id).click()]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
    };
    const svg = await get("export-svg");
    expect(svg.name).toBe("monthly-graphite-2017-01-2024-12.svg");
    const text = svg.body.toString("utf8");
    for (const part of [
      "reported exports to Japan, by month (mirror statistics): Graphite",
      "Natural graphite, powder or flakes (HS 250410)",
      "graphite export licensing takes effect",
      "UN Comtrade, reporter China (mirror), monthly exports 2017–2024",
      "data as of 2024-12",
    ])
      expect(text).toContain(part);
    const png = await get("export-png");
    expect(png.name).toBe("monthly-graphite-2017-01-2024-12.png");
    expect(pngSize(png.body).width).toBeGreaterThan(1000);
  });

  test("gallium: the 811292 group, labelled as the whole group, with the July and August 2023 markers", async ({ page }) => {
    await open(page, "?material=gallium");
    const card = monthly(page);
    await expect(card.locator("path.recharts-line-curve")).toHaveCount(1);
    await expect(card.getByLabel("Legend")).toContainText("Gallium, germanium, indium … group (HS 811292)");
    await expect(card.getByTestId("monthly-scope-note")).toContainText("the whole HS 811292 group");
    await expect(card.getByTestId("monthly-scope-note")).toContainText("not one metal alone");
    await expect(marker(page, 21)).toHaveAttribute("data-month", "2023-07");
    await expect(marker(page, 66)).toHaveAttribute("data-month", "2023-08");
    expect(await markerX(marker(page, 66))).toBeGreaterThan(await markerX(marker(page, 21)));
  });

  test("rare earths: no monthly chart", async ({ page }) => {
    await page.goto("/?material=rare-earths");
    await expect(page.getByTestId("dependence-chart").locator("svg.dependence-surface")).toBeVisible();
    await expect(page.getByTestId("monthly-chart")).toHaveCount(0);
  });

  test("API: an unknown material is a 400 with an error body", async ({ request }) => {
    const res = await request.get("/api/v1/monthly?material=unobtainium");
    expect(res.status()).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(typeof body.error.code).toBe("string");
    expect(body.error.message).toContain("unobtainium");
  });
});
