import { expect, test } from "./fixtures";

// A row without a Japanese text: on /ja it shows its English text, in lang="en", with a visible
// 英語 marker, never an empty cell. The record is imported without the _ja columns; it touches
// antimony only, in 2018, severity 1, category "other", so no other view or count changes.

const TOKEN = "e2e-admin-token-0123456789";
const TITLE = "Fallback check: an imported record with no Japanese title";
const FILE = [
  "id,date,datePrecision,title,category,actor,target,severity,materials,summary,sourceId,duplicateOf",
  `,2018-03-14,day,${TITLE},other,Example actor,,1,antimony,An English summary only,4,`,
].join("\n");

test.describe("Japanese fallback", () => {
  test("an imported incident without Japanese texts shows its English ones, marked 英語, on /ja", async ({ page, request }) => {
    const res = await request.post("/api/v1/imports?kind=incidents&fileName=fallback.csv", { data: FILE, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status()).toBe(200);
    const listed = (await (await request.get("/api/v1/incidents?material=antimony&from=2018&to=2018")).json()).data as { id: number; title: string; titleJa: string | null }[];
    const record = listed.find((i) => i.title === TITLE);
    expect(record?.titleJa).toBeNull();

    await page.goto(`/ja/incidents/${record!.id}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading.locator('[lang="en"]')).toHaveText(TITLE);
    await expect(heading.getByTestId("untranslated-marker")).toHaveText("英語");
    await expect(page.getByText("An English summary only")).toHaveAttribute("lang", "en");
    // The page's own words stay Japanese around it.
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByText("2018年3月14日", { exact: false }).first()).toBeVisible();

    // In the list, the same: English title in lang="en", marked; nothing empty.
    await page.goto("/ja/incidents?material=antimony&from=2018&to=2018");
    const item = page.getByTestId("incident-item").filter({ hasText: TITLE });
    await expect(item.getByTestId("untranslated-marker").first()).toHaveText("英語");
  });
});
