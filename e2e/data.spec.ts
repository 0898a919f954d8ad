import path from "node:path";
import { expect, test } from "./fixtures";

// Imports: the API's refusals (401, 400, 413, 422 with line numbers, nothing written), then the
// /data page's dry run and import, and the imported value on the chart with its dataset as source.

const TOKEN = "e2e-admin-token-0123456789";
const FIXTURES = path.join(process.cwd(), "test", "fixtures", "imports");
const auth = { authorization: `Bearer ${TOKEN}` };
const fixture = async (name: string) => (await import("node:fs/promises")).readFile(path.join(FIXTURES, name));

test.describe("imports API", () => {
  test("refuses a missing or wrong token with 401 and bad parameters with 400", async ({ request }) => {
    const body = await fixture("synthetic-comtrade-legacy-22.csv");
    const none = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", { data: body });
    expect(none.status()).toBe(401);
    expect((await none.json()).error.code).toBe("unauthorized");
    const wrong = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", { data: body, headers: { authorization: "Bearer not-the-token-at-all" } });
    expect(wrong.status()).toBe(401);
    for (const q of ["kind=xls", "kind=comtrade&dryRun=maybe", "kind=comtrade&promote=always", "kind=comtrade&kind=mof", "kind=comtrade&evil=1"]) {
      const res = await request.post(`/api/v1/imports?${q}`, { data: body, headers: auth });
      expect(res.status(), q).toBe(400);
      expect((await res.json()).error.message).toMatch(/kind|dryRun|promote|more than once|unknown parameter/);
    }
  });

  test("refuses a file over 20 MB with 413", async ({ request }) => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1024, 0x41);
    const res = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", { data: big, headers: auth });
    expect(res.status()).toBe(413);
    expect((await res.json()).error.message).toContain("20 MB");
  });

  test("a file with bad rows is 422 with every error's line and column, and nothing is written", async ({ request }) => {
    const before = ((await (await request.get("/api/v1/trade-shares?material=rare-earths,graphite,gallium")).json()).data as unknown[]).length;
    const res = await request.post("/api/v1/imports?kind=trade_shares", { data: await fixture("synthetic-trade-shares-errors.csv"), headers: auth });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("unprocessable");
    expect(error.errorCount).toBe(8);
    expect(error.errors.map((e: { line: number; column: string | null }) => [e.line, e.column])).toEqual([
      [3, "sharePct"],
      [4, "material"],
      [5, "sourceId"],
      [6, "month"],
      [7, null],
      [8, "sharePct"],
      [9, "headline"],
      [10, "year"],
    ]);
    const after = ((await (await request.get("/api/v1/trade-shares?material=rare-earths,graphite,gallium")).json()).data as unknown[]).length;
    expect(after).toBe(before);
    // The file name is the administrator's to see (the public log has counts and outcomes).
    const log = (await (await request.get("/api/v1/imports", { headers: auth })).json()).data;
    expect(log[0]).toMatchObject({ view: "admin", outcome: "rejected", kind: "trade_shares", errorCount: 8, fileName: "upload.csv" });
    const pub = (await (await request.get("/api/v1/imports")).json()).data;
    expect(pub[0]).toEqual({ ...pub[0], view: "public", outcome: "rejected", kind: "trade_shares", errorCount: 8, errors: [] });
    expect(pub[0]).not.toHaveProperty("fileName");
    expect(pub[0]).not.toHaveProperty("actor");
  });
});

test.describe("/data page", () => {
  test("dry run, then import; the overview shows the new point with its dataset as source; a re-import changes nothing", async ({ page, request, overview }) => {
    await page.goto("/data");
    await page.getByTestId("admin-token").fill(TOKEN);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("import-kind").selectOption("comtrade");
    await page.getByTestId("import-file").setInputFiles(path.join(FIXTURES, "synthetic-comtrade-legacy-22.csv"));
    await expect(page.getByTestId("import-commit")).toBeDisabled();
    await page.getByTestId("import-preview").click();

    // Synthetic: World 4,000 kg, China 3,200 kg → 80% by weight (World weight estimated); US$300k of US$400k → 75% by value.
    const preview = page.getByTestId("import-dry-run");
    await expect(preview).toContainText("Layout comtrade-legacy-22");
    await expect(preview.locator('tr[data-partner="CHN"][data-year="2012"][data-basis="volume"]')).toContainText("~80%");
    await expect(preview.locator('tr[data-partner="CHN"][data-basis="value"]')).toContainText("75%");
    await expect(preview.locator('tr[data-partner="CHN"][data-basis="volume"]')).toContainText("yes");
    const before = (await (await request.get("/api/v1/dependence?material=rare-earth-metals&from=2012&to=2012")).json()).points.length;
    expect(before).toBe(0);

    const versionBefore = ((await (await request.get("/api/health")).json()) as { dataVersion: number }).dataVersion;
    await page.getByTestId("import-commit").click();
    await expect(page.getByTestId("import-result")).toHaveAttribute("data-outcome", "accepted");
    // The import committed a data version of its own, and links to what it changed.
    const committed = page.getByTestId("import-version");
    const version = Number(await committed.getAttribute("data-version"));
    expect(version).toBeGreaterThan(versionBefore);
    await expect(committed).toContainText(`Committed as data version ${version}.`);
    await expect(committed.getByRole("link", { name: "What changed" })).toHaveAttribute("href", `/changes?since=${version - 1}`);
    await expect(page.getByTestId("import-log-row").first()).toHaveAttribute("data-outcome", "accepted");
    await expect(page.getByTestId("import-log-row").nth(1)).toHaveAttribute("data-outcome", "dry_run");

    await overview.goto({ material: "rare-earth-metals", from: 2008 });
    const point = overview.headlinePoint(2012);
    await expect(point).toHaveAttribute("aria-label", /2012: ~80%/);
    await point.click();
    await expect(page.getByTestId("point-source-link")).toHaveText("UN Comtrade Plus (reporter JPN)");

    // The same file again: nothing inserted or updated.
    const again = await request.post("/api/v1/imports?kind=comtrade", { data: await fixture("synthetic-comtrade-legacy-22.csv"), headers: auth });
    expect(again.status()).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: "accepted", inserted: 0, updated: 0, dataVersion: null });
  });
});

test.describe("/data sign-in and audit log", () => {
  test("a wrong token is refused at sign-in; signed in, the log shows file names, senders and errors", async ({ page, request, pageErrors }) => {
    // One refused file in the log, so both views have a row to show.
    const refused = await request.post("/api/v1/imports?kind=trade_shares&fileName=signin-check.csv", { data: await fixture("synthetic-trade-shares-errors.csv"), headers: auth });
    expect(refused.status()).toBe(422);
    await page.goto("/data");
    const log = page.getByTestId("import-log");
    await expect(log).toHaveAttribute("data-view", "public");
    await expect(log).not.toContainText("signin-check.csv");

    await page.getByTestId("admin-token").fill("not-the-token-at-all");
    await page.getByTestId("sign-in").click();
    await expect(page.getByText("Wrong admin token.")).toBeVisible();
    await expect(page.getByTestId("import-panel")).toHaveCount(0);
    // The refused check is logged by the browser as a failed load: expected here, and nothing else.
    expect(pageErrors.filter((e) => !e.includes("status of 401"))).toEqual([]);
    pageErrors.length = 0;

    await page.getByTestId("admin-token").fill(TOKEN);
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("import-panel")).toBeVisible();
    await expect(log).toHaveAttribute("data-view", "admin");
    const row = page.getByTestId("import-log-row").filter({ hasText: "signin-check.csv" }).first();
    await expect(row).toContainText("admin");
    await expect(row).toContainText("8 errors");
  });
});
