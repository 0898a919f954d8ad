import path from "node:path";
import { expect, test } from "./fixtures";

// kind=baci through the API and /data, with the labelled synthetic fixture (test/fixtures/imports/
// README.md): a 422 naming each bad cell, then /data's preview of Japan's rows and the import, and
// Korea's new 2023 point on the dependence API with its importer.

const TOKEN = "e2e-admin-token-0123456789";
const FIXTURES = path.join(process.cwd(), "test", "fixtures", "imports");
const auth = { authorization: `Bearer ${TOKEN}` };
const fixture = async (name: string) => (await import("node:fs/promises")).readFile(path.join(FIXTURES, name));

test("a BACI file with errors is refused with 422, each error by line and column, nothing written", async ({ request }) => {
  const stored = async () => ((await (await request.get("/api/v1/trade-shares?material=permanent-magnets&importer=KOR")).json()).data as unknown[]).length;
  const before = await stored();
  const r = await request.post("/api/v1/imports?kind=baci&fileName=synthetic-baci-errors.csv", { data: await fixture("synthetic-baci-errors.csv"), headers: auth });
  expect(r.status()).toBe(422);
  const { error } = await r.json();
  expect(error.code).toBe("unprocessable");
  expect(error.errorCount).toBe(6);
  expect(error.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`)).toEqual(["3:i", "4:v", "5:t", "6:t", "7:k", "8:q"]);
  expect(await stored()).toBe(before);
});

test("/data previews a BACI file (Japan's rows, Other Asia named as BACI names it), then imports it", async ({ page, request }) => {
  await page.goto("/data");
  await page.getByTestId("admin-token").fill(TOKEN);
  await page.getByTestId("sign-in").click();
  await page.getByTestId("import-kind").selectOption("baci");
  await page.getByTestId("import-file").setInputFiles(path.join(FIXTURES, "synthetic-baci-2023.csv"));
  await page.getByTestId("import-preview").click();

  const preview = page.getByTestId("import-dry-run");
  await expect(preview).toContainText("Layout baci-tijkvq · 10 rows read · 2 skipped · 11 to insert");
  await expect(preview).toContainText("11 rows for 2 importers");
  const magnets = (partner: string) => preview.locator(`tr[data-material="permanent-magnets"][data-partner="${partner}"][data-year="2023"]`);
  await expect(magnets("CHN")).toContainText("60%");
  await expect(magnets("PHL")).toContainText("30%");
  await expect(magnets("XOA")).toContainText("Other Asia, n.e.s.");
  await expect(magnets("XOA")).toContainText("10%");
  await expect(preview).not.toContainText("Taiwan");
  // Japan's rows only: Korea's are counted, not listed (the table has no importer column).
  await expect(preview.locator("tbody tr")).toHaveCount(5);

  const before = (await (await request.get("/api/v1/dependence?material=permanent-magnets&importer=KOR&from=2023&to=2023")).json()).points;
  expect(before).toEqual([]);
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-result")).toHaveAttribute("data-outcome", "accepted");
  await expect(page.getByTestId("import-result")).toContainText("11 written");

  // Korea 2023: China 870 of 1,000 thousand US$ → 87%, the line value (the seed has no Korea 2023).
  const after = (await (await request.get("/api/v1/dependence?material=permanent-magnets&importer=KOR&from=2023&to=2023")).json()).points;
  expect(after).toEqual([expect.objectContaining({ year: 2023, sharePct: 87, headline: true, basis: "value" })]);
});
