import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { pixelStats, pngSize } from "./support/png";
import { revealOnDemand } from "./pages/overview-page";

// The event study and concentration cards on the overview, and their APIs.

test.describe("event study", () => {
  test("draws each event year's before/after change with the hand-checked rare-earth figures", async ({ overview, page }) => {
    await overview.goto();
    const card = page.getByTestId("event-study");
    await expect(card.getByTestId("event-study-summary")).toHaveText(
      "27 events in 6 years; 19 with a value on both sides; median change −10 pp; 2 bounded by a 'more than' value, not in the median.",
    );
    const row = (year: number) => card.locator(`[data-testid="event-study-row"][data-year="${year}"]`);
    await expect(row(2010)).toHaveAttribute("data-delta", "-17.12");
    await expect(row(2012)).toHaveAttribute("data-delta", "-8.73");
    await expect(row(2025)).toHaveAttribute("data-delta", "-10");
    await expect(row(2026)).toHaveAttribute("data-delta", "");
    await expect(row(2026)).toContainText("no value");
    // The table names the sources of both sides and links each event to its page.
    await card.getByText("Events and the values used").click();
    const first = card.getByTestId("event-study-table").locator("tbody tr").first();
    await expect(first).toContainText("85.49% (2009)");
    await expect(first).toContainText("68.37% (2011)");
    await expect(first.getByRole("link", { name: "source 8" }).first()).toHaveAttribute("href", "/sources?id=8#source-8");
  });

  test("a change measured from a 'more than' value reads as a bound, direction undetermined, drawn grey", async ({ overview, page }) => {
    await overview.goto();
    const card = page.getByTestId("event-study");
    // 2023: > 66.7% (2022) → ~70% (2024) is at most +3.3 pp; its sign is unknown.
    const row = card.locator('[data-testid="event-study-row"][data-year="2023"]');
    await expect(row).toHaveAttribute("data-delta-bound", "at_most");
    await expect(row).toHaveAttribute("data-direction", "undetermined");
    await expect(row.getByTestId("event-study-change")).toHaveText("≤ +3.3 pp (direction undetermined)");
    // Neutral grey (#8C8C8C), not the vermillion of a rise (#D55E00).
    await expect(row.locator("circle").last()).toHaveAttribute("fill", "#8C8C8C");
    await expect(card.locator('[data-testid="event-study-row"][data-year="2013"] circle').last()).toHaveAttribute("fill", "#D55E00");
    await card.getByText("Events and the values used").click();
    const bounded = card.getByTestId("event-study-table").locator("tbody tr").filter({ hasText: "> 66.7% (2022)" });
    await expect(bounded).toHaveCount(2);
    for (const r of await bounded.all()) await expect(r.getByTestId("event-study-table-change")).toHaveText("≤ +3.3 pp (direction undetermined)");
  });

  test("the window is in the URL and narrows what counts as before and after", async ({ overview, page }) => {
    await overview.goto();
    const card = page.getByTestId("event-study");
    await card.getByTestId("event-study-window").selectOption("1");
    await expect(page).toHaveURL(/window=1/);
    // With ±1 year, 2012's events find 2011 but not 2014 (2013 is a gap).
    await expect(card.locator('[data-testid="event-study-row"][data-year="2012"]')).toHaveAttribute("data-delta", "");
    await page.reload();
    await revealOnDemand(page);
    await expect(card.getByTestId("event-study-window")).toHaveValue("1");
  });

  test("exports a PNG at 2× the card's chart with ink in it", async ({ overview, page }) => {
    await overview.goto();
    const card = page.getByTestId("event-study");
    const chartBox = (await card.getByTestId("event-study-chart").boundingBox())!;
    const [dl] = await Promise.all([page.waitForEvent("download"), card.getByTestId("export-png").click()]);
    expect(dl.suggestedFilename()).toBe("event-study-rare-earths-2008-2026-window3.png");
    const body = await readFile((await dl.path())!);
    const size = pngSize(body);
    // The composed image is the chart plus margins, title and footer, at 2× pixel density.
    expect(size.width).toBeGreaterThanOrEqual(2 * Math.round(chartBox.width));
    expect(size.width % 2).toBe(0);
    const stats = await pixelStats(page, body, 0.12);
    expect(stats.nonWhite).toBeGreaterThan(0.02);
    expect(stats.footerInk).toBeGreaterThan(50);
  });
});

test.describe("concentration", () => {
  test("shows top-1 and HHI for the years with a partner breakdown, flagged as lower bounds", async ({ overview, page }) => {
    await overview.goto();
    const table = page.getByTestId("concentration").getByTestId("concentration-table");
    await expect(table.locator("tbody tr")).toHaveCount(2);
    const y2018 = table.locator('tr[data-year="2018"]');
    await expect(y2018.getByTestId("hhi")).toHaveText("≥ 3,781lower bound");
    await expect(y2018).toContainText("China 58%");
    await expect(y2018).toContainText("7%");
    await expect(table.locator('tr[data-year="2012"]').getByTestId("hhi")).toHaveText("4,063");
  });

  test("says so when a material has no breakdown", async ({ overview, page }) => {
    await overview.goto({ material: "gallium" });
    await expect(page.getByTestId("concentration-empty")).toBeVisible();
  });
});

test.describe("analysis API", () => {
  test("event study rows carry both sides and their sources", async ({ request }) => {
    const res = await request.get("/api/v1/event-study?material=rare-earths&window=3");
    expect(res.status()).toBe(200);
    const body = await res.json();
    const row = body.rows.find((r: { incidentId: number }) => r.incidentId === 1);
    expect(row).toMatchObject({
      incidentId: 1,
      date: "2010-07",
      before: { year: 2009, sharePct: 85.49, sourceId: 8 },
      after: { year: 2011, sharePct: 68.37, sourceId: 8 },
      deltaPp: -17.12,
    });
    expect(body.sources.map((s: { id: number }) => s.id)).toContain(8);
  });

  test("concentration gives HHI and the unallocated share", async ({ request }) => {
    const body = await (await request.get("/api/v1/concentration?material=rare-earths")).json();
    const y = body.years.find((x: { year: number }) => x.year === 2018);
    expect(y).toMatchObject({ top: { partner: "CHN", sharePct: 58 }, hhi: 3781, unallocatedPct: 7, hhiIsLowerBound: true, sourceId: 21 });
  });

  test("bad parameters are 400 with a message naming them", async ({ request }) => {
    for (const q of ["window=0", "window=11", "window=abc", "window=1&window=2", "material=unobtainium", "bogus=1"]) {
      const res = await request.get(`/api/v1/event-study?${q}`);
      expect(res.status(), q).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("bad_request");
    }
    const csv = await request.get("/api/v1/concentration?material=rare-earths&format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("3781");
  });
});
