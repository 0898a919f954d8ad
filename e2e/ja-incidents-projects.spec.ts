import type { Page } from "@playwright/test";
import enCommon from "../lib/i18n/messages/en/common.json";
import enEnums from "../lib/i18n/messages/en/enums.json";
import enIncidents from "../lib/i18n/messages/en/incidents.json";
import enProjects from "../lib/i18n/messages/en/projects.json";
import { expect, test } from "./fixtures";

// The incidents and projects pages in Japanese (/ja/…): every word of the UI from the Japanese
// catalogue, dates as 2010年9月7日, tonnes as トン, hosts named by Intl, filters in the URL.
// Figures are the seed's (db/seed/incidents.csv, projects.csv), as in projects-capacity.spec.ts.

/** Every message of an English catalogue, as its literal runs of words (placeholders, plurals and tags cut out). */
function englishFragments(messages: unknown): string[] {
  if (typeof messages === "string") {
    // Cut every {…} group (nested ones included) and every <tag>, keep the words between them.
    let depth = 0;
    let text = "";
    for (const ch of messages) {
      if (ch === "{") depth += 1;
      if (depth === 0) text += ch;
      if (ch === "}") {
        depth -= 1;
        text += "\u0000";
      }
    }
    return text
      .replace(/<\/?\w+>/g, "\u0000")
      .split("\u0000")
      .map((s) => s.trim())
      // Runs of at least two words: a single word may be a proper name ("Lynas Malaysia refining").
      .filter((s) => s.length >= 10 && /[a-z]{2,} [a-z]{2,}/i.test(s));
  }
  return typeof messages === "object" && messages !== null ? Object.values(messages).flatMap(englishFragments) : [];
}

const ENGLISH = [...new Set([enCommon, enEnums, enIncidents, enProjects].flatMap(englishFragments))];

/**
 * The page's visible text outside the product's own English texts: elements in lang="en"
 * (untranslated titles, actors, partners) and a plain-text fallback before its 「［英語］」 marker
 * (a material without a Japanese name yet). The shared filter bar and material options belong to
 * the overview's filters (their Japanese is checked by e2e/ja-overview.spec.ts), so they are left out here.
 */
async function japaneseText(page: Page): Promise<string> {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="en"], form:has([data-testid="category-filter"]), [data-testid="material-filter"] option')) el.remove();
    return copy.innerText;
  });
  return text.replace(/[A-Za-z][^：（「」、。\n]*［英語］/g, "");
}

async function expectNoEnglishUi(page: Page) {
  const text = await japaneseText(page);
  expect(ENGLISH.length).toBeGreaterThan(40);
  expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
}

test.describe("/ja incidents", () => {
  test("the per-year chart and the timeline read in Japanese, with Japanese dates and categories", async ({ page }) => {
    await page.goto("/ja/incidents?from=2010&to=2012");
    await expect(page).toHaveTitle("事案 · REE Monitor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("事案");
    const card = page.getByTestId("chart-card").filter({ has: page.getByTestId("incidents-chart") });
    await expect(card).toContainText("カテゴリー別の年間事案数（2010〜2012年）");
    await expect(card).toContainText("外交");
    await expect(card).toContainText("輸出管理（輸出規制）");
    await expect(page.getByTestId("incidents-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "時系列（2010〜2012年）" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^2010年/ })).toBeVisible();
    await expect(page.getByTestId("incident-count")).toContainText(/件/);
    const senkaku = page.locator('[data-testid="incident-item"][data-incident-id="3"]');
    await expect(senkaku).toContainText("2010年9月7日・外交・深刻度");
    // The quota cut and its second record: folded, named as 別記録.
    await expect(page.locator('[data-testid="incident-item"][data-incident-id="1"]')).toContainText("別記録#2（出典");
    await expectNoEnglishUi(page);
  });

  test("filters keep /ja and the URL, and the count line follows them", async ({ page }) => {
    await page.goto("/ja/incidents");
    await page.getByTestId("severity-filter").selectOption("4");
    await expect(page).toHaveURL(/\/ja\/incidents\?.*severity=4/);
    await expect(page.getByTestId("incident-count")).toContainText("（深刻度4以上）");
    await page.goBack();
    await expect(page).toHaveURL(/\/ja\/incidents$/);
    await expect(page.getByTestId("incident-count")).not.toContainText("深刻度4以上");
  });

  test("/ja/incidents/3: the Senkaku collision with its Japanese date, category, severity and context chart", async ({ page }) => {
    await page.goto("/ja/incidents/3");
    await expect(page.getByTestId("incident-date")).toHaveText("2010年9月7日（日まで判明）");
    await expect(page.getByTestId("incident-kicker")).toHaveText("外交・深刻度3（5段階）");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/尖閣|Senkaku/);
    await expect(page).toHaveTitle(/(尖閣|Senkaku).* · REE Monitor$/);
    await expect(page.getByTestId("incident-detail").locator("nav")).toContainText("事案");
    await expect(page.getByTestId("context-chart-card")).toContainText("中国シェア（2007〜2013年）");
    await expect(page.getByRole("heading", { name: "関連する事案" })).toBeVisible();
    await expect(page.getByTestId("related-incidents")).toContainText("2010年");
    await expectNoEnglishUi(page);
  });

  test("an unknown incident's page title is Japanese", async ({ page, pageErrors }) => {
    await page.goto("/ja/incidents/999999");
    await expect(page).toHaveTitle(/^(事案が見つかりません|ページが見つかりません)/);
    // The page answers 404, which the browser logs as an error: that one is expected.
    expect(pageErrors.filter((e) => !e.includes("status of 404"))).toEqual([]);
    pageErrors.length = 0;
  });
});

test.describe("/ja projects", () => {
  test("the table, summary, chart and host breakdown read in Japanese with the seed's figures", async ({ page }) => {
    await page.goto("/ja/projects");
    await expect(page).toHaveTitle("調達先多角化の取り組み · REE Monitor");
    const headers = page.getByTestId("projects-table").locator("thead th");
    await expect(headers).toHaveText(["プロジェクト", "所在国", "種類", "状況", "公表生産能力（トン/年）", "計上区分", "投資額", "開始年 ▲", "出典"]);
    const summary = page.getByTestId("capacity-summary");
    await expect(summary.getByTestId("committed-output")).toHaveText("年間7,200トン");
    await expect(summary.getByTestId("committed-offtake")).toHaveText("年間16,200トン");
    await expect(summary.getByTestId("pipeline")).toHaveText("生産能力年間1,500トン、引取量年間20,000トン");
    await expect(summary).toContainText("35件中29件を計上、6件を除外");
    const row = (id: number) => page.locator(`[data-testid="project-row"][data-project-id="${id}"]`);
    await expect(row(17).locator('[data-col="counted"]')).toHaveText("稼働中・建設中の生産能力");
    await expect(row(19).locator('[data-col="counted"]')).toHaveText("稼働中・建設中の生産能力：#18に対し+200トン");
    await expect(row(13).locator('[data-col="counted"]')).toHaveText("計上外：中止・停滞");
    await expect(row(17)).toContainText("ベトナム");
    await expect(row(17)).toContainText("精製");
    await expect(row(17)).toContainText("稼働中");
    const vietnam = page.locator('[data-testid="country-breakdown"] tr[data-country="VNM"]');
    await expect(vietnam).toContainText("ベトナム");
    await expect(vietnam.getByTestId("host-committed")).toHaveText("生産能力3,200トン");
    await expect(vietnam.getByTestId("host-projects")).toContainText("計上外1件（記載値7,000トン）");
    const chart = page.getByTestId("capacity-chart-card");
    await expect(chart).toContainText("中国国外の生産能力（開始年別・種類別）");
    await expect(chart).toContainText("稼働中・建設中年間7,200トン（4件）、計画段階年間1,500トン（1件）");
    await expect(chart).toContainText("計画段階");
    await expectNoEnglishUi(page);
  });

  test("filters keep /ja and write the URL; back restores the view", async ({ page }) => {
    await page.goto("/ja/projects");
    await page.getByTestId("country-filter").selectOption("VNM");
    await expect(page).toHaveURL(/\/ja\/projects\?country=VNM$/);
    await page.getByTestId("type-filter").getByRole("button", { name: "磁石製造" }).click();
    await expect(page).toHaveURL(/\/ja\/projects\?.*type=magnet_manufacturing/);
    await expect(page.getByTestId("project-row")).toHaveCount(2);
    await expect(page.getByTestId("capacity-chart-card")).toContainText("稼働中・建設中年間2,200トン（2件）。");
    await page.getByTestId("stack-status").click();
    await expect(page).toHaveURL(/stack=status/);
    await expect(page.getByTestId("stack-status")).toHaveText("状況別");
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/ja\/projects\?country=VNM$/);
    await expect(page.getByTestId("project-row")).toHaveCount(4);
    await page.goto("/ja/projects?country=ZZZ");
    await expect(page.getByTestId("country-notice")).toContainText("country=ZZZ：この国に所在するプロジェクトはないため");
    await expect(page.getByText("条件に合うプロジェクトはありません。")).toBeVisible();
  });

  test("/ja/projects/19: a project's page in Japanese, its expansion's figures in トン", async ({ page }) => {
    await page.goto("/ja/projects/19");
    await expect(page.getByTestId("project-kicker")).toHaveText("磁石製造・稼働中");
    await expect(page.getByTestId("project-capacity")).toHaveText("年間2,200トン（出典の記載値）");
    await expect(page.getByTestId("project-detail")).toContainText("ベトナム");
    await expect(page.getByTestId("project-detail").locator("nav")).toContainText("調達先多角化の取り組み");
    await expectNoEnglishUi(page);
  });
});

test.describe("/ja screenshots", () => {
  for (const width of [1280, 390]) {
    test(`incidents and projects at ${width} px`, async ({ page }) => {
      // Five pages and seven full-page screenshots: more than one page's worth of time.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path, charts] of [
        ["incidents", "/ja/incidents?from=2010&to=2012", true],
        ["incident-3", "/ja/incidents/3", true],
        ["projects", "/ja/projects", true],
        ["project-19", "/ja/projects/19", false],
      ] as const) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        if (charts) await expect(page.locator(".recharts-surface, .dependence-surface").first()).toBeVisible();
        // No sideways page scroll on a phone: a wide table scrolls in its own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `test-results/ja-${name}-${width}.png`, fullPage: true });
      }
      // The dense parts of /ja/projects at a readable scale (the table's first rows only).
      await page.goto("/ja/projects");
      for (const testId of ["capacity-summary", "capacity-chart-card", "country-breakdown"]) {
        await page.getByTestId(testId).screenshot({ path: `test-results/ja-projects-${testId}-${width}.png` });
      }
      const table = (await page.getByTestId("projects-table").locator("xpath=ancestor::section[1]").boundingBox())!;
      await page.screenshot({ path: `test-results/ja-projects-table-${width}.png`, fullPage: true, clip: { ...table, height: Math.min(table.height, 900) } });
    });
  }
});
