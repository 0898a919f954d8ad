import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { revealOnDemand } from "./pages/overview-page";

// Hostile data through the pages: an imported incident whose title holds markup, a formula prefix
// and a right-to-left override shows as text everywhere (overview, incidents page, exports, print
// briefing) and comes out guarded in every CSV. The record touches antimony only, in 2019, with
// severity 1 and category "other", so no rare-earths view or count changes.

const TOKEN = "e2e-admin-token-0123456789";
const RLO = "\u202e";
const TITLE = `-2+3+cmd|' /C calc'!A0 <img src=x onerror=window.__pwned=1><script>window.__pwned=2</script><b>bold-marker</b> ${RLO}gnp.exe`;
const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
const FILE = [
  "id,date,datePrecision,title,category,actor,target,severity,materials,summary,sourceId,duplicateOf",
  `,2019-05-01,day,${csvCell(TITLE)},other,China,Japan,1,antimony,${csvCell("Synthetic hostile record <i>italic-marker</i>")},4,`,
].join("\n");
const VIEW = "/?material=antimony&from=2015&to=2026";

/** Nothing the title holds ran or became an element. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "bold-marker" })).toHaveCount(0);
  await expect(page.locator("i", { hasText: "italic-marker" })).toHaveCount(0);
}

async function downloadFrom(page: Page, card: ReturnType<Page["getByTestId"]>, testId: string) {
  const [dl] = await Promise.all([page.waitForEvent("download"), card.getByTestId(testId).click()]);
  return readFile(await dl.path());
}

const rows = (body: Buffer | string) =>
  Papa.parse<Record<string, string>>(body.toString().replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

test.describe("hostile data", () => {
  test.beforeAll(async ({ request }) => {
    const res = await request.post("/api/v1/imports?kind=incidents&fileName=hostile.csv", { data: FILE, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status()).toBe(200);
    const listed = (await (await request.get("/api/v1/incidents?material=antimony&from=2019&to=2019")).json()).data as { title: string }[];
    expect(listed.filter((i) => i.title === TITLE)).toHaveLength(1);
  });

  test("the overview, its SVG and PNG exports and the print briefing show the title as text", async ({ page }) => {
    await page.goto(VIEW);
    const chart = page.getByTestId("dependence-chart");
    await expect(chart.locator("svg.dependence-surface")).toBeVisible();
    // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
    await expect(chart).toHaveAttribute("data-measured", "true");
    await expect(chart).toHaveAttribute("data-loading", "false");
    // The incident timeline below the chart loads when the reader scrolls to it.
    await revealOnDemand(page);
    await expect(page.getByText("bold-marker", { exact: false }).filter({ visible: true }).first()).toBeVisible();
    await expectInert(page);

    const card = page.getByTestId("chart-card").filter({ has: chart });
    const svg = (await downloadFrom(page, card, "export-svg")).toString("utf8");
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script");
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "image/svg+xml");
      return { error: doc.querySelector("parsererror") !== null, scripts: doc.getElementsByTagName("script").length, text: doc.documentElement.textContent ?? "" };
    }, svg);
    expect(parsed).toMatchObject({ error: false, scripts: 0 });
    expect(parsed.text).toContain("<script>window.__pwned=2</script><b>bold-marker</b>");
    const png = await downloadFrom(page, card, "export-png");
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");

    await page.emulateMedia({ media: "print" });
    const briefing = page.getByTestId("briefing-tables");
    await expect(briefing).toContainText("bold-marker");
    await expect(briefing).toContainText("<script>");
    await expectInert(page);
  });

  test("the incidents page shows it as text, and every CSV guards the formula", async ({ page, request }) => {
    await page.goto("/incidents?material=antimony&from=2015");
    await expect(page.getByText("bold-marker", { exact: false }).filter({ visible: true }).first()).toBeVisible();
    await expectInert(page);

    const api = rows(await (await request.get("/api/v1/incidents?material=antimony&from=2019&to=2019&format=csv")).body());
    const row = api.find((r) => r.title.includes("bold-marker"))!;
    expect(row.title).toBe(`'${TITLE}`);
    expect(row.summary).toBe("Synthetic hostile record <i>italic-marker</i>");

    const card = page.getByTestId("chart-card").first();
    const exported = rows(await downloadFrom(page, card, "export-csv"));
    const drawn = exported.find((r) => (r.title ?? "").includes("bold-marker"));
    expect(drawn?.title).toBe(`'${TITLE}`);

    // The all-data CSV of incidents inside the ZIP is checked by its unit test; here the trade-share
    // CSV and the incidents API answer never hold an unguarded formula cell.
    for (const r of api) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r](?![\d.]+$)/);
  });
});
