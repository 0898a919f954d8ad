import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { pngSize } from "./support/png";

// /materials: every material ranked by China's latest share of Japan's imports, as a newcomer and
// a briefing writer use it. The figures are the seed's (db/seed/official/trade_shares.csv).

const table = (page: Page) => page.getByTestId("materials-table");
const rows = (page: Page) => table(page).locator("tbody tr");
const row = (page: Page, slug: string) => table(page).locator(`tr[data-material="${slug}"]`);
const order = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-material")));

async function open(page: Page, query = "") {
  await page.goto(`/materials${query}`);
  await expect(rows(page)).toHaveCount(41);
}

async function download(page: Page, testId: string) {
  const card = page.getByTestId("materials-card");
  const [dl] = await Promise.all([page.waitForEvent("download"), card.getByTestId(testId).click()]);
  return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
}

/** Every axe rule, keeping the serious and critical violations (support/axe runs named rules only and drops the impact). */
async function seriousViolations(page: Page) {
  const script = await readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.evaluate(script);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

test.describe("materials page", () => {
  test("lists all 41 materials ranked by China's share, with year, basis, HS scope and source", async ({ page }) => {
    await open(page);
    // The highest shares first: heavy rare earths (~100%, a 2025 statement), tungsten, magnesium, baryte, yttrium.
    expect((await order(page)).slice(0, 5)).toEqual(["heavy-rare-earths", "tungsten", "magnesium", "baryte", "yttrium"]);
    await expect(table(page).locator("th").first()).toHaveAttribute("aria-sort", "none");
    await expect(page.getByTestId("sort-share").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");

    const tungsten = row(page, "tungsten");
    await expect(tungsten.getByTestId("material-share")).toHaveText("99.63%");
    await expect(tungsten.getByTestId("material-year")).toHaveText("2024");
    await expect(tungsten.getByTestId("material-hs")).toHaveText("HS 810194");
    await expect(tungsten.getByTestId("material-source")).toHaveText("CEPII BACI (HS17, V202601)");
    await expect(tungsten.getByTestId("material-source")).toHaveAttribute("href", "/sources?id=202#source-202");
    await expect(tungsten).toContainText("value");
    await expect(row(page, "magnesium").getByTestId("material-share")).toHaveText("98.01%");
    // Magnets: 2025 is a volume only, so the latest share is 2024's; 23 years of trend.
    await expect(row(page, "permanent-magnets").getByTestId("material-share")).toHaveText("27.58%");
    await expect(row(page, "permanent-magnets").getByTestId("material-year")).toHaveText("2024");
    await expect(row(page, "permanent-magnets").getByTestId("sparkline")).toHaveAttribute("aria-label", /2002–2024 \(23 years with a value\)/);
    // Rare earths: the latest headline is an estimate stated in 2026, marked as such, for the material as a whole.
    await expect(row(page, "rare-earths").getByTestId("material-share")).toHaveText("~60%");
    await expect(row(page, "rare-earths").getByTestId("material-year")).toHaveText("2026 (statement)");
    await expect(row(page, "rare-earths").getByTestId("material-hs")).toHaveText("");
    // One code of several is named as such.
    await expect(row(page, "antimony").getByTestId("material-hs")).toHaveText("HS 811010 only (1 of 3 codes)");
    await expect(row(page, "antimony").getByTestId("material-share")).toHaveText("28.11%");
    // No share is never a 0: the materials without one are last and say why.
    const last = (await order(page)).slice(-6);
    expect([...last].sort()).toEqual(["cerium", "dysprosium", "gallium", "germanium", "rare-earth-compounds", "terbium"]);
    // Hafnium, not in BACI's extracts, shows Japan's own declaration (Comtrade).
    await expect(row(page, "hafnium").getByTestId("material-share")).toHaveText("25.66%");
    await expect(row(page, "dysprosium").getByTestId("material-share")).toHaveText("no annual share");
    await expect(row(page, "gallium").getByTestId("material-no-share")).toContainText("Only China's reported exports to Japan");
    // A 0 that BACI records is a share, and ranks above the gaps.
    await expect(row(page, "palladium").getByTestId("material-share")).toHaveText("0%");
  });

  test("sorts by name and year with the keyboard, and the sort survives a reload", async ({ page }) => {
    await open(page);
    await page.getByTestId("sort-name").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("sort-name").locator("xpath=..")).toHaveAttribute("aria-sort", "ascending");
    const names = await rows(page).getByTestId("material-link").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(names[0]).toBe("Antimony");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("sort-name").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");
    expect((await order(page))[0]).toBe("yttrium");
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    await page.reload();
    await expect(page.getByTestId("sort-name").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");
    expect((await order(page))[0]).toBe("yttrium");

    await page.getByTestId("sort-year").click();
    // The latest year first: rare earths' 2026 statement.
    expect((await order(page))[0]).toBe("rare-earths");
  });

  test("a material's link opens its overview", async ({ page }) => {
    await open(page);
    await row(page, "tungsten").getByTestId("material-link").click();
    await expect(page).toHaveURL(/\/\?material=tungsten$/);
    await expect(page.getByTestId("dependence-chart")).toBeVisible();
  });

  test("exports the table as CSV with sources, and as SVG and PNG with title, sources and footer", async ({ page }) => {
    await open(page);
    const csv = await download(page, "export-csv");
    expect(csv.name).toBe("materials-china-share-share-desc.csv");
    const parsed = Papa.parse<Record<string, string>>(csv.body.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(41);
    expect(parsed.data.slice(0, 2).map((r) => r.material)).toEqual(["heavy-rare-earths", "tungsten"]);
    expect(parsed.data[1]).toMatchObject({ year: "2024", sharePct: "99.63", hsCode: "810194", sourceId: "202", source: expect.stringContaining("CEPII BACI (HS17") });
    expect(parsed.data.find((r) => r.material === "dysprosium")).toMatchObject({ sharePct: "", shown: "no annual share", noShareReason: expect.stringMatching(/^No source/) });

    const svg = (await download(page, "export-svg")).body.toString("utf8");
    expect(svg).toContain("<title>China's latest share of Japan's imports, by material</title>");
    expect(svg).toContain("Sources: ");
    expect(svg).toContain("CEPII BACI (HS17, V202601)");
    expect(svg).toMatch(/REE Monitor · data as of 2026 · exported \d{4}-\d{2}-\d{2}/);
    // 35 bars and 6 materials that say they have no share: all 41.
    expect(svg.match(/<rect [^>]*fill="#d55e00"/g)).toHaveLength(35);
    expect(svg.match(/>no annual share</g)).toHaveLength(6);
    expect(svg).toContain("99.63% · 2024 · HS 810194");

    const png = await download(page, "export-png");
    expect(png.name).toBe("materials-china-share-share-desc.png");
    expect(pngSize(png.body).height).toBeGreaterThan(1000);
  });

  test("serves the summary as JSON and CSV, and refuses unknown parameters", async ({ request }) => {
    const json = await request.get("/api/v1/materials/summary");
    expect(json.status()).toBe(200);
    const body = (await json.json()) as { importer: string; rows: { slug: string; latest: { sharePct: number | null; year: number } | null }[] };
    expect(body.importer).toBe("JPN");
    expect(body.rows).toHaveLength(41);
    expect(body.rows.find((r) => r.slug === "tungsten")?.latest).toMatchObject({ year: 2024, sharePct: 99.63 });
    const csv = await request.get("/api/v1/materials/summary?format=csv");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("tungsten,Tungsten (unwrought)");
    const bad = await request.get("/api/v1/materials/summary?nonsense=1");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  test("at 390 px the page does not scroll sideways, and axe finds nothing serious", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("region", { name: "Materials table (scrolls)" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Materials" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
