import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { englishUiStrings } from "./support/english-catalogue";

// What changed: a corrected import (the real graphite Comtrade file, China 2024 by value 53,602,410.658
// → 49,180,000 US$ of 61,473,072.338: 87.197 % → 80.003 %) becomes the next data version; /changes and
// /ja/changes show it with before → after, the material filter and ?since= narrow the list; an old
// permalink (v=N) names the drawn value that changed; /api/health's dataVersion is the footer's.
// Other specs import into the same database: everything is relative to the versions read here.

const TOKEN = "e2e-admin-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const REAL = ["../shared", "/work/shared"].map((d) => path.resolve(d, "research/real/comtrade_jpn_2504_graphite.csv")).find((f) => fs.existsSync(f))!;
const GRAPHITE = fs.readFileSync(REAL, "utf8");
const CORRECTED = GRAPHITE.replace("53602410.658,,53602410.658", "49180000,,49180000");
const SHOTS = "test-results/changes";

const version = async (request: APIRequestContext) => ((await (await request.get("/api/health")).json()) as { dataVersion: number }).dataVersion;
const importGraphite = async (request: APIRequestContext, text: string) => {
  const res = await request.post("/api/v1/imports?kind=comtrade&fileName=graphite-2504.csv", { data: Buffer.from(text), headers: { ...auth, "content-type": "text/csv" } });
  expect(res.status()).toBe(200);
  return (await res.json()) as { outcome: string; dataVersion: number | null };
};

test.describe.serial("what changed", () => {
  let before = 0;
  let corrected = 0;

  test.beforeAll(async ({ request }) => {
    // The file as published first (a no-op when another spec already imported it), then the correction.
    await importGraphite(request, GRAPHITE);
    before = await version(request);
    const r = await importGraphite(request, CORRECTED);
    expect(r).toMatchObject({ outcome: "accepted", dataVersion: before + 1 });
    corrected = before + 1;
  });

  test.afterAll(async ({ request }) => {
    // Put the published figure back for the specs that follow (a further version).
    await importGraphite(request, GRAPHITE);
  });

  test("the API lists the correction with before and after, as JSON and CSV, and refuses bad parameters", async ({ request }) => {
    const res = await request.get(`/api/v1/versions?since=${before}&material=graphite`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.current.version).toBeGreaterThanOrEqual(corrected);
    const v = body.versions.find((x: { version: number }) => x.version === corrected);
    expect(v).toMatchObject({ kind: "import", importKind: "comtrade", added: 0, changed: 1, removed: 0 });
    expect(v).not.toHaveProperty("fileName");
    expect(v.changes).toHaveLength(1);
    expect(v.changes[0]).toMatchObject({ entity: "trade_share", action: "change", material: "graphite", year: 2024, before: { share_pct: 87.197, partner: "CHN" }, after: { share_pct: 80.003, partner: "CHN" } });
    const csv = await (await request.get(`/api/v1/versions?since=${before}&until=${corrected}&format=csv`)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^version,versionCreatedAt,versionKind,entity,entityId,action,material,year,importer,partner,period,basis,beforeSharePct,afterSharePct/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${corrected},`);
    expect(lines[1]).toContain(",change,graphite,2024,JPN,CHN,annual,value,87.197,80.003,");
    for (const q of ["since=abc", "since=-1", "since=3&until=1", "entity=widgets", "material=unobtainium", "bogus=1", "partner=CHN"]) {
      const bad = await request.get(`/api/v1/versions?${q}`);
      expect(bad.status(), q).toBe(400);
      const { error } = await bad.json();
      expect(error.code, q).toBe("bad_request");
      expect(error.message, q).toMatch(/since|until|entity|material|Unknown query parameter/);
    }
  });

  test("/changes shows the correction grouped by material and year, in English and Japanese, with the footer's version = /api/health's", async ({ page, request }) => {
    await page.goto("/changes");
    const current = await version(request);
    await expect(page.getByTestId("data-version")).toHaveAttribute("data-version", String(current));
    const item = page.getByTestId(`version-${corrected}`);
    await expect(item.getByRole("heading", { name: `Version ${corrected}` })).toBeVisible();
    await expect(item.getByTestId("version-summary")).toHaveText(/^Import #\d+ \(UN Comtrade.*\): 0 added, 1 changed, 0 removed$/);
    await expect(item.getByTestId("version-summary")).not.toContainText("graphite-2504.csv");
    const graphite = item.locator('[data-material="graphite"]');
    await expect(graphite.getByRole("heading", { name: "Graphite" })).toBeVisible();
    await expect(graphite.getByTestId("change-line")).toHaveText([/^Graphite · 2024, by value: 87\.2% → 80% \(.+\)$/]);
    await expect(page.getByTestId("past-views")).toContainText("not reconstructed");
    // Newest first.
    const order = await page.getByTestId("version-list").locator(":scope > li").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-version"))));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    // The seed load is summarised per material, not listed row by row.
    if (await page.getByTestId("version-1").count()) await expect(page.getByTestId("version-1").getByTestId("version-big")).toContainText(/Rare earths \(all\): \d{4}–\d{4}, [\d,]+ added/);

    await page.goto("/ja/changes");
    const ja = page.getByTestId(`version-${corrected}`);
    await expect(ja.getByRole("heading", { name: `第${corrected}版` })).toBeVisible();
    await expect(ja.getByTestId("version-summary")).toHaveText(/^取込#\d+（国連貿易統計.*）：追加0件、変更1件、削除0件$/);
    await expect(ja.locator('[data-material="graphite"]').getByTestId("change-line")).toHaveText([/^黒鉛・2024年・金額ベース：87\.2% → 80%（.+）$/]);
    await expect(page.getByRole("navigation").getByRole("link", { name: "変更履歴" })).toBeVisible();
  });

  test("the material filter and ?since= narrow the list; bad values get a notice", async ({ page }) => {
    await page.goto("/changes");
    await page.getByTestId("changes-material-filter").selectOption("gallium");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/material=gallium/);
    await expect(page.getByTestId(`version-${corrected}`)).toHaveCount(0);

    await page.goto(`/changes?material=graphite&since=${before}`);
    await expect(page.getByTestId("version-list").locator(":scope > li").first()).toHaveAttribute("data-version", /\d+/);
    const versions = await page.getByTestId("version-list").locator(":scope > li").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-version"))));
    expect(versions).toContain(corrected);
    expect(Math.min(...versions)).toBeGreaterThan(before);

    await page.goto(`/changes?since=${corrected}`);
    await expect(page.getByTestId(`version-${corrected}`)).toHaveCount(0);

    await page.goto("/changes?since=999999&material=unobtainium");
    await expect(page.getByTestId("filter-notice")).toContainText("there is no version after 999999");
    await expect(page.getByTestId("filter-notice")).toContainText("unknown material");
    await page.goto("/ja/changes?since=abc");
    await expect(page.getByTestId("filter-notice")).toContainText("版番号（0以上の整数）ではない");
    await expect(page.getByTestId(`version-${corrected}`)).toBeVisible();
  });

  test("an old permalink names the drawn value that changed; a current one shows no notice", async ({ page, request }) => {
    await page.goto(`/?material=graphite&v=${before}`);
    const notice = page.getByTestId("version-notice");
    await expect(notice).toHaveAttribute("role", "status");
    await expect(notice.getByTestId("version-notice-value").first()).toHaveText(/^Graphite · 2024, by value: 87\.2% → 80%$/);
    await expect(notice).toContainText("not reconstructed");
    await expect(notice.getByTestId("version-notice-link")).toHaveAttribute("href", `/changes?since=${before}`);

    // A view whose values did not change: gallium, 2010–2015.
    const current = await version(request);
    await page.goto(`/?material=gallium&from=2010&to=2015&v=${before}`);
    await expect(page.getByTestId("version-notice")).toContainText("but none of the values in this view");

    await page.goto(`/?material=graphite&v=${current}`);
    await expect(page.locator("main h1").first()).toBeAttached();
    await expect(page.getByTestId("version-notice")).toHaveCount(0);
    await page.goto("/?material=graphite&v=abc");
    await expect(page.getByTestId("version-notice")).toHaveCount(0);

    await page.goto(`/ja?material=graphite&v=${before}`);
    await expect(page.getByTestId("version-notice").getByTestId("version-notice-value").first()).toHaveText(/^黒鉛・2024年・金額ベース：87\.2% → 80%$/);
    await expect(page.getByTestId("version-notice")).toContainText("再現しません");
  });

  test("/ja/changes and the Japanese notice show no English UI string", async ({ page }) => {
    const english = englishUiStrings();
    for (const url of ["/ja/changes", `/ja/changes?material=graphite&since=${before}`, `/ja?material=graphite&v=${before}`, "/ja/changes?since=abc"]) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      await page.waitForLoadState("networkidle");
      const texts = await page.evaluate(() => {
        const out = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (!parent || parent.closest("script, style, noscript") || parent.closest('[lang]:not([lang="ja"]):not(html)')) continue;
          const text = (n.textContent ?? "").replace(/\s+/g, " ").trim();
          if (text) out.add(text);
        }
        for (const el of document.querySelectorAll("[title], [aria-label]")) for (const a of ["title", "aria-label"]) if (el.getAttribute(a)) out.add(el.getAttribute(a)!.trim());
        out.add(document.title);
        return [...out];
      });
      const found = texts.flatMap((text) => english.filter((s) => s.pattern.test(text)).map((s) => `${s.key}: "${text}"`));
      expect(found, url).toEqual([]);
    }
  });

  test("screenshots at 1280 and 390 px, English and Japanese", async ({ page }) => {
    test.setTimeout(120_000);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [prefix, name] of [["", "en"], ["/ja", "ja"]]) {
        await page.goto(`${prefix}/changes`);
        await expect(page.getByTestId(`version-${corrected}`)).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/changes-${name}-${width}.png`, fullPage: width === 390 ? false : true });
        await page.goto(`${prefix}/?material=graphite&v=${before}`);
        await expect(page.getByTestId("version-notice-value").first()).toBeVisible();
        await page.getByTestId("version-notice").screenshot({ path: `${SHOTS}/notice-${name}-${width}.png` });
      }
    }
  });
});
