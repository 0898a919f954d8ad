import path from "node:path";
import type { Page } from "@playwright/test";
import { en, ja } from "@/lib/i18n/messages";
import { expect, test } from "./fixtures";

// /ja/sources and /ja/data in Japanese: headings, filters, a disagreement line with real values,
// the sign-in and import forms, a dry run and an import whose summary reads in Japanese; and no
// English string of the catalogues anywhere on either page.

const TOKEN = "e2e-admin-token-0123456789";
const FIXTURES = path.join(process.cwd(), "test", "fixtures", "imports");

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = "", out = new Map<string, string>()) => {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
};
const japanese = flatten(ja as unknown as Tree);

/**
 * The English catalogue's fixed texts (no argument, not the same in Japanese, a word at least): none
 * may show on a /ja page. Texts with arguments are checked by their longest fixed part.
 */
const ENGLISH = [...flatten(en as unknown as Tree)]
  .filter(([key, text]) => japanese.get(key) !== text)
  .map(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/).sort((a, b) => b.length - a.length)[0].trim())
  .filter((text) => /[A-Za-z]{3}/.test(text) && text.length >= 4);

/**
 * What the page shows or reads out (rendered text, aria-labels, titles, the document title), less
 * what may be English: proper names and source titles (lang="en", a source entry's title and its
 * publisher and locator line, a publisher named in a disagreement) and the admin's file names.
 */
async function translatableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Open every entry, so what they hold is read too.
    for (const d of document.querySelectorAll("details")) d.open = true;
    const skip = '[lang="en"], script, style, [data-testid="source-entry"] h2, [data-testid="source-entry"] > p, [data-testid="disagreement"] a, [data-testid="import-log"] td[title]';
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !parent.closest(skip) && parent.checkVisibility()) out.push(n.textContent ?? "");
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title]")) {
      if (el.closest(skip)) continue;
      out.push(el.getAttribute("aria-label") ?? "", el.getAttribute("title") ?? "");
    }
    // A record or material with no Japanese text yet shows its English one, marked 「英語」: allowed.
    return out.join("\n").replace(/[^・\n　：]*［英語］/g, "");
  });
}

async function expectNoEnglish(page: Page) {
  const text = await translatableText(page);
  const shown = ENGLISH.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text));
  expect(shown, "English catalogue strings on a /ja page").toEqual([]);
}

test.describe("/ja/sources", () => {
  test("lists the sources in Japanese, with the disagreements and their real values", async ({ page, request }) => {
    // The material's Japanese name as the store has it (its English one, marked, until there is one).
    const materials = (await (await request.get("/api/v1/materials")).json()).data as { slug: string; name: string; nameJa: string | null }[];
    const m = materials.find((x) => x.slug === "rare-earths")!;
    const name = m.nameJa ?? `${m.name}［英語］`;
    await page.goto("/ja/sources?material=rare-earths");
    await expect(page).toHaveTitle("出典 · REE Monitor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("出典");
    await expect(page.getByRole("form", { name: "出典の絞り込み" })).toBeVisible();
    await expect(page.getByTestId("kind-filter").locator("option").first()).toHaveText("すべての種類");
    await expect(page.getByTestId("material-filter")).toHaveValue("rare-earths");
    await expect(page.getByTestId("material-filter").locator("option:checked")).toHaveText(name);

    const box = page.getByTestId("disagreements");
    await expect(box.getByRole("heading")).toHaveText("出典間で値が異なります（3件）");
    const first = page.getByTestId("disagreement").first();
    await expect(first).toHaveAttribute("data-year", "2009");
    // 85.49% (Japan Customs, the line), ~85%, 84% and more than 90% for 2009.
    await expect(first).toContainText(`${name}・中国・2009年：`);
    await expect(first).toContainText("85.49%（2009年、代表値）");
    await expect(first).toContainText("約85%（2009年）");
    await expect(first).toContainText("90%超（2009年）");

    const count = page.getByTestId("source-count");
    await expect(count).toHaveText(/^出典\d+件中\d+件$/);

    // The source the chart's 2010 point cites, opened: its rows in Japanese, its kind and date too.
    await page.goto("/ja/sources?id=8#source-8");
    const entry = page.locator('[data-testid="source-entry"][data-source-id="8"]');
    await expect(entry.locator("summary")).toHaveText(/^引用[\d,]+件：輸入シェア[\d,]+件、事案\d+件、プロジェクト\d+件$/);
    await expect(entry.getByTestId("cited-shares")).toContainText(`${name}・中国・2010年：81.61%（代表値）`);
    await expect(entry).toContainText("報道");
    await expect(entry).toContainText("他の出典と値が異なります");
    await expectNoEnglish(page);
  });

  test("a dataset source says in Japanese how many rows it leaves out", async ({ page }) => {
    await page.goto("/ja/sources?kind=dataset");
    const entry = page.getByTestId("source-entry").filter({ has: page.getByTestId("cited-shares-more") }).first();
    await entry.locator("summary").click();
    const more = entry.getByTestId("cited-shares-more");
    await expect(more).toContainText(/件のうち[\d,]+件を表示しています。|他の輸入国のシェアが[\d,]+件あります（主要国との比較）。/);
    await expect(more.getByRole("link")).toHaveText("全データ（CSV）");
    await expectNoEnglish(page);
  });

  test("a bad filter value is named in Japanese", async ({ page }) => {
    await page.goto("/ja/sources?kind=nonsense&id=x");
    const notice = page.getByTestId("filter-notice");
    await expect(notice).toContainText("出典の種類が不明です");
    await expect(notice).toContainText("出典番号ではありません");
  });
});

test.describe("/ja/data", () => {
  test("signs in, previews and imports with the forms and the summary in Japanese", async ({ page, request, pageErrors }) => {
    await page.goto("/ja/data");
    await expect(page).toHaveTitle("データ管理 · REE Monitor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("データ管理：取込と監査ログ");
    await expect(page.getByRole("heading", { name: "監査ログ", exact: true })).toBeVisible();
    await expect(page.getByLabel("管理者トークン")).toBeVisible();
    await expect(page.getByTestId("sign-in")).toHaveText("サインイン");
    await expectNoEnglish(page);

    await page.getByTestId("admin-token").fill("not-the-token-at-all");
    await page.getByTestId("sign-in").click();
    await expect(page.getByText("管理者トークンが正しくありません。")).toBeVisible();
    // The refused check is logged by the browser as a failed load: expected here, and nothing else.
    expect(pageErrors.filter((e) => !e.includes("status of 401"))).toEqual([]);
    pageErrors.length = 0;

    await page.getByTestId("admin-token").fill(TOKEN);
    await page.getByTestId("sign-in").click();
    const panel = page.getByTestId("import-panel");
    await expect(panel.getByRole("heading")).toHaveText("ファイルの取込");
    await expect(page.getByTestId("import-kind").locator("option:checked")).toHaveText("国連貿易統計（UN Comtrade Plus の CSV/TSV、旧形式 CSV）");
    await expect(page.getByTestId("import-promote").locator("option:checked")).toHaveText("優先順位が高い場合（公的統計を優先）");
    await expect(page.getByTestId("import-preview")).toHaveText("プレビュー（試行）");
    await expect(page.getByTestId("import-commit")).toHaveAttribute("title", "先にプレビューしてください");

    // A dry run of the synthetic Comtrade file (World 4,000 kg, China 3,200 kg → about 80% by weight): nothing written.
    await page.getByTestId("import-file").setInputFiles(path.join(FIXTURES, "synthetic-comtrade-legacy-22.csv"));
    await page.getByTestId("import-preview").click();
    const dry = page.getByTestId("import-dry-run");
    await expect(dry).toContainText("プレビュー（まだ書き込んでいません）");
    await expect(dry.getByTestId("import-counts")).toContainText("形式 comtrade-legacy-22・読込");
    const china = dry.locator('tr[data-partner="CHN"][data-year="2012"][data-basis="volume"]');
    const materials = (await (await request.get("/api/v1/materials")).json()).data as { slug: string; name: string; nameJa: string | null }[];
    const metals = materials.find((x) => x.slug === "rare-earth-metals")!;
    await expect(china).toContainText(metals.nameJa ?? `${metals.name}［英語］`);
    await expect(china).toContainText("中国");
    await expect(china).toContainText("2012年");
    await expect(china).toContainText("数量（重量）ベース");
    await expect(china.getByTestId("preview-share")).toHaveText("約80%");
    // A row to insert, or unchanged when the /data spec imported the same file before.
    await expect(china.locator("td").last()).toHaveText(/^(追加|変更なし)$/);
    await expect(page.getByRole("region", { name: "ファイルの輸入シェアのプレビュー（縦横スクロール）" })).toBeVisible();
    await expect(page.getByTestId("import-log-row").first()).toContainText("試行（書込なし）");
    await expectNoEnglish(page);

    // An import that writes nothing (a stored row sent back as it is), so no other test sees a change:
    // the summary and the log still read in Japanese.
    const row = ((await (await request.get("/api/v1/trade-shares?material=rare-earths&from=2010&to=2010")).json()).data as Record<string, unknown>[]).find(
      (r) => r.partner === "CHN" && r.headline === true,
    )!;
    const columns = ["id", "year", "period", "month", "half", "material", "partner", "sharePct", "low", "high", "bound", "volumeTonnes", "valueUsd", "basis", "estimate", "derived", "mirror", "headline", "sourceId"];
    const cell = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "1" : "0") : String(v));
    const csv = `${columns.join(",")}\n${columns.map((c) => cell(row[c])).join(",")}\n`;
    await page.getByTestId("import-kind").selectOption("trade_shares");
    await page.getByTestId("import-file").setInputFiles({ name: "ja-roundtrip.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("import-preview").click();
    await expect(page.getByTestId("import-dry-run").getByTestId("import-counts")).toContainText("追加0件、更新0件、変更なし1件");
    await expect(page.getByTestId("import-commit")).toHaveAttribute("title", "プレビューした行を書き込みます");
    await page.getByTestId("import-commit").click();
    const result = page.getByTestId("import-result");
    await expect(result).toHaveAttribute("data-outcome", "accepted");
    await expect(result).toContainText("取込完了");
    await expect(result.getByTestId("import-counts")).toHaveText(/^形式 .+・読込1行・スキップ0行・追加0件、更新0件、変更なし1件・書込0件（取込番号 \d+）$/);
    const logged = page.getByTestId("import-log-row").first();
    await expect(logged).toContainText("取込済み");
    await expect(logged).toContainText("ja-roundtrip.csv");
    await expect(page.getByRole("columnheader", { name: "日時（UTC）" })).toBeVisible();
    await expectNoEnglish(page);
  });

  test("a refused file: the table around the API's messages is Japanese", async ({ page, pageErrors }) => {
    await page.goto("/ja/data");
    await page.getByTestId("admin-token").fill(TOKEN);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("import-kind").selectOption("trade_shares");
    await page.getByTestId("import-file").setInputFiles(path.join(FIXTURES, "synthetic-trade-shares-errors.csv"));
    await page.getByTestId("import-preview").click();
    const errors = page.getByTestId("import-errors");
    await expect(errors.getByRole("columnheader")).toHaveText(["行", "列", "問題"]);
    const rejected = page.getByTestId("import-log-row").first();
    await expect(rejected).toContainText("却下");
    await expect(rejected).toContainText("エラー8件");
    await expectNoEnglish(page);
    // The refused upload is logged by the browser as a failed load: expected here, and nothing else.
    expect(pageErrors.filter((e) => !e.includes("status of 422"))).toEqual([]);
    pageErrors.length = 0;
  });
});
