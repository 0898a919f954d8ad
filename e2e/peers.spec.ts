import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { revealOnDemand } from "./pages/overview-page";

// Japan beside its peers: the overview's card and GET /api/v1/peers. Figures from the seed
// (db/seed/official/trade_shares.csv, CEPII BACI HS17, source 202): permanent magnets, China's share
// of Korea's imports 87.27% (2022) and 87.44% (2024), of Japan's 27.77% and 27.58%.

const DEFAULT_IMPORTERS = ["AUS", "DEU", "FRA", "GBR", "IND", "JPN", "KOR", "USA"];

const card = (page: Page) => page.getByTestId("peers-chart");
const bar = (page: Page, importer: string) => card(page).locator(`[data-testid="peer-bar"][data-importer="${importer}"]`);
const barCodes = async (page: Page) => (await card(page).getByTestId("peer-bar").evaluateAll((els) => els.map((e) => e.getAttribute("data-importer") ?? ""))).sort();

test.describe("peers card", () => {
  test("shows Japan highlighted beside the seven default peers, loaded when scrolled to, with the source note", async ({ page }) => {
    const peerRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/v1/peers")) peerRequests.push(r.url());
    });
    await page.goto("/?material=permanent-magnets");
    await revealOnDemand(page);
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(8);
    expect(await barCodes(page)).toEqual(DEFAULT_IMPORTERS);
    await expect(bar(page, "JPN")).toHaveAttribute("data-highlight", "true");
    await expect(bar(page, "JPN").locator("rect")).toHaveAttribute("fill", "#0072B2");
    await expect(bar(page, "KOR")).toHaveAttribute("data-highlight", "false");
    await expect(card(page).locator('[data-testid="peer-bar"][data-highlight="true"]')).toHaveCount(1);
    await expect(bar(page, "JPN")).toContainText("Japan");
    // The latest year with peer data is the default.
    await expect(card(page).getByRole("button", { name: "2024" })).toHaveAttribute("aria-pressed", "true");
    await expect(bar(page, "KOR")).toContainText("87.4%");
    await expect(card(page).getByTestId("peers-note")).toHaveText(
      "China's share of each importer's imports of Permanent magnets (HS 850511), 2024, by value. CEPII BACI V202601.",
    );
    for (const id of ["export-png", "export-svg", "export-csv"]) await expect(card(page).getByTestId(id)).toBeVisible();
    // Below the first screen: not in the page, fetched once when the reader scrolls near it.
    expect(peerRequests.map((u) => new URL(u).search)).toEqual(["?material=permanent-magnets"]);
  });

  test("a shared link to 2022 loads 2022 when scrolled to, with one fetch", async ({ page }) => {
    const peerRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/v1/peers")) peerRequests.push(r.url());
    });
    await page.goto("/?material=permanent-magnets&peersYear=2022");
    await revealOnDemand(page);
    await expect(card(page).getByRole("button", { name: "2022" })).toHaveAttribute("aria-pressed", "true");
    await expect(bar(page, "KOR")).toContainText("87.3%");
    await expect(bar(page, "JPN")).toContainText("27.8%");
    expect(peerRequests.map((u) => new URL(u).search)).toEqual(["?material=permanent-magnets&year=2022"]);
  });

  test("switching to 2022 and back to 2024 shows Korea ≈ 87% and Japan ≈ 28%", async ({ page }) => {
    await page.goto("/?material=permanent-magnets");
    await revealOnDemand(page);
    const years = card(page).getByTestId("peers-year");
    await years.getByRole("button", { name: "2022" }).click();
    await expect(years.getByRole("button", { name: "2022" })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/peersYear=2022/);
    await expect(bar(page, "KOR")).toContainText("87.3%");
    await expect(bar(page, "JPN")).toContainText("27.8%");
    await expect(card(page).getByTestId("peers-note")).toContainText(", 2022, by value.");

    await years.getByRole("button", { name: "2024" }).click();
    await expect(years.getByRole("button", { name: "2024" })).toHaveAttribute("aria-pressed", "true");
    await expect(bar(page, "KOR")).toContainText("87.4%");
    await expect(bar(page, "JPN")).toContainText("27.6%");
    // The default year leaves the URL as it was shared.
    await expect(page).not.toHaveURL(/peersYear/);
    // Sorted by China's share: Korea above Japan.
    const order = await card(page).getByTestId("peer-bar").evaluateAll((els) => els.map((e) => e.getAttribute("data-importer")));
    expect(order.indexOf("KOR")).toBeLessThan(order.indexOf("JPN"));
  });

  test("adding Other Asia, n.e.s. adds a bar under BACI's name; removing it takes it away", async ({ page }) => {
    await page.goto("/?material=permanent-magnets");
    await revealOnDemand(page);
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(8);
    await card(page).getByTestId("peers-add").selectOption({ label: "Other Asia, n.e.s." });
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(9);
    await expect(bar(page, "XOA")).toContainText("Other Asia, n.e.s.");
    await expect(bar(page, "XOA")).toContainText("88.0%");
    await expect(page).toHaveURL(/peers=XOA/);
    await expect(card(page)).not.toContainText(/taiwan/i);
    // A link reproduces the view.
    await page.reload();
    await revealOnDemand(page);
    await expect(bar(page, "XOA")).toContainText("88.0%");

    await card(page).getByRole("button", { name: "Remove Other Asia, n.e.s." }).click();
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(8);
    await expect(bar(page, "XOA")).toHaveCount(0);
    await expect(page).not.toHaveURL(/peers=/);
  });

  test("rare earths have no BACI code: the card says why instead of drawing nothing", async ({ page }) => {
    await page.goto("/?material=rare-earths");
    await revealOnDemand(page);
    const empty = card(page).getByTestId("peers-empty");
    await expect(empty).toContainText("No peer data: CEPII BACI is stored for 30 HS6 codes");
    await expect(empty).toContainText("Rare earths (all) (HS 280530, 284610, 284690) is none of them.");
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(0);
  });

  test("the card's CSV holds exactly the bars drawn, with their source", async ({ page }) => {
    await page.goto("/?material=permanent-magnets");
    await revealOnDemand(page);
    await expect(card(page).getByTestId("peer-bar")).toHaveCount(8);
    const [dl] = await Promise.all([page.waitForEvent("download"), card(page).getByTestId("export-csv").click()]);
    expect(dl.suggestedFilename()).toBe("peers-permanent-magnets-2024.csv");
    const { readFile } = await import("node:fs/promises");
    const body = await readFile(await dl.path());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(body.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.importer).sort()).toEqual(DEFAULT_IMPORTERS);
    const kor = rows.find((r) => r.importer === "KOR");
    expect(kor).toMatchObject({ year: "2024", chinaSharePct: "87.44", importsUsd: "307481113", sourceId: "202", hsCode: "850511" });
    expect(kor?.source).toContain("CEPII BACI (HS17, V202601)");
  });

  test("the SVG export carries the title, the year and BACI as the source", async ({ page }) => {
    await page.goto("/?material=permanent-magnets&peersYear=2022");
    await revealOnDemand(page);
    await expect(bar(page, "KOR")).toContainText("87.3%");
    const [dl] = await Promise.all([page.waitForEvent("download"), card(page).getByTestId("export-svg").click()]);
    expect(dl.suggestedFilename()).toBe("peers-permanent-magnets-2022.svg");
    const { readFile } = await import("node:fs/promises");
    const svg = (await readFile(await dl.path())).toString("utf8");
    expect(svg).toContain("<title>China's share of imports: Japan and its peers, Permanent magnets, 2022</title>");
    expect(svg).toContain("CEPII BACI (HS17, V202601)");
    expect(svg).toContain("87.3%");
  });

  test("on a phone the card fits the screen and names Other Asia, n.e.s. in full", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?material=permanent-magnets&peers=XOA");
    await revealOnDemand(page);
    await expect(bar(page, "XOA").locator("text").first()).toHaveText("Other Asia, n.e.s.");
    const overflow = await card(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });
});

test.describe("GET /api/v1/peers", () => {
  test("answers the SPEC shape with BACI's figures", async ({ request }) => {
    const res = await request.get("/api/v1/peers?material=permanent-magnets&year=2024");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ material: "permanent-magnets", year: 2024, years: [2022, 2024], reason: null });
    const kor = body.rows.find((r: { importer: string }) => r.importer === "KOR");
    expect(kor).toMatchObject({ importer: "KOR", chinaSharePct: 87.44, importsUsd: 307481113, sourceId: 202 });
    expect(body.rows.find((r: { importer: string }) => r.importer === "JPN")).toMatchObject({ chinaSharePct: 27.58, importsUsd: 568756873, sourceId: 202 });
    for (const r of body.rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(["importer", "chinaSharePct", "importsUsd", "sourceId"]));
    expect(body.rows.some((r: { importer: string }) => r.importer === "TWN")).toBe(false);

    const y2022 = await (await request.get("/api/v1/peers?material=permanent-magnets&year=2022")).json();
    expect(y2022.rows.find((r: { importer: string }) => r.importer === "KOR").chinaSharePct).toBe(87.27);
  });

  test("format=csv gives the same rows with a header", async ({ request }) => {
    const res = await request.get("/api/v1/peers?material=permanent-magnets&year=2024&format=csv");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(res.headers()["content-disposition"]).toContain('filename="peers-permanent-magnets-2024.csv"');
    const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const json = await (await request.get("/api/v1/peers?material=permanent-magnets&year=2024")).json();
    expect(rows).toHaveLength(json.rows.length);
    expect(rows.find((r) => r.importer === "KOR")).toMatchObject({ chinaSharePct: "87.44", importsUsd: "307481113", sourceId: "202" });
    expect(rows.find((r) => r.importer === "XOA")?.importerName).toBe("Other Asia, n.e.s.");
  });

  test("a malformed year is a 400 naming it; a year without data is an empty answer with the reason", async ({ request }) => {
    for (const year of ["abc", "20245", "1800", "2024&year=2022", "24"]) {
      const res = await request.get(`/api/v1/peers?material=permanent-magnets&year=${year}`);
      expect(res.status(), year).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message).toContain("year=");
    }
    const res = await request.get("/api/v1/peers?material=permanent-magnets&year=2023");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ year: 2023, rows: [], reason: expect.stringContaining("No peer data for 2023") });
    const unknown = await request.get("/api/v1/peers?material=unobtainium");
    expect(unknown.status()).toBe(400);
  });
});
