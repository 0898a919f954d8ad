import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import enAnalysis from "@/lib/i18n/messages/en/analysis.json";
import enMaterials from "@/lib/i18n/messages/en/materials.json";
import enMonthly from "@/lib/i18n/messages/en/monthly.json";
import enPeers from "@/lib/i18n/messages/en/peers.json";
import type { MaterialDto } from "@/lib/types";
import { expect, test } from "./fixtures";
import { revealOnDemand } from "./pages/overview-page";

// The event study, concentration, peers and monthly cards and the materials page in Japanese
// (/ja…): Japanese words, Japanese conventions (2024年, ポイント, 億ドル), real values from the
// seed, and no English string of these cards' catalogues on screen.

type Tree = { [key: string]: string | Tree };

/** The literal text of a message, outside its placeholders (plural and select branches included). */
function literals(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === TYPE.literal) out.push(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) literals(o.value, out);
    if (e.type === TYPE.tag) literals(e.children, out);
  }
  return out;
}

/** Proper names the catalogues hold, which a Japanese page shows as they are. */
const PROPER_NAMES = /^CEPII BACI/;

/** The English phrases of these cards' catalogues: each literal run of a message with at least two words, proper names apart. */
function englishPhrases(...trees: Tree[]): string[] {
  const phrases = new Set<string>();
  const walk = (t: Tree) => {
    for (const v of Object.values(t)) {
      if (typeof v !== "string") walk(v);
      else for (const l of literals(parse(v))) for (const p of l.split(/[():;,.·–→=“”]/)) if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(p.trim()) && !PROPER_NAMES.test(p.trim())) phrases.add(p.trim());
    }
  };
  trees.forEach(walk);
  return [...phrases];
}

const ENGLISH = englishPhrases(enAnalysis, enPeers, enMonthly, enMaterials);

/** The text a reader meets in `scope`: what is shown, and the aria-labels and titles behind it. */
async function readerText(scope: Locator): Promise<string> {
  return scope.evaluate((el) => {
    const attrs = [...el.querySelectorAll("[aria-label],[title]")].flatMap((n) => [n.getAttribute("aria-label") ?? "", n.getAttribute("title") ?? ""]);
    const titles = [...el.querySelectorAll("title")].map((n) => n.textContent ?? "");
    return [(el as HTMLElement).innerText, ...attrs, ...titles].join("\n");
  });
}

async function expectNoEnglish(scope: Locator) {
  const text = await readerText(scope);
  expect(ENGLISH.length).toBeGreaterThan(50);
  expect(ENGLISH.filter((p) => text.includes(p))).toEqual([]);
}

/** A material's name as a Japanese page shows it: its Japanese name, or the English one marked 英語 until the seed has one. */
async function jaName(request: APIRequestContext, slug: string): Promise<{ name: string; marked: boolean }> {
  const { data: materials } = (await (await request.get("/api/v1/materials")).json()) as { data: MaterialDto[] };
  const m = materials.find((x) => x.slug === slug)!;
  return m.nameJa ? { name: m.nameJa, marked: false } : { name: m.name, marked: true };
}

const asShown = (n: { name: string; marked: boolean }) => (n.marked ? `${n.name}［英語］` : n.name);

async function openOverview(page: Page, query = "") {
  await page.goto(`/ja${query}`);
  await expect(page.getByTestId("dependence-chart")).toHaveAttribute("data-loading", "false");
  await revealOnDemand(page);
}

test.describe("materials page in Japanese", () => {
  test("lists the 41 materials with Japanese names, shares, years and headers", async ({ page, request }) => {
    await page.goto("/ja/materials");
    await expect(page).toHaveTitle("鉱種 · REE Monitor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("鉱種");
    await expect(page.getByTestId("materials-card")).toContainText("鉱種別：日本の輸入に占める中国の割合（最新年）");
    await expect(page.getByTestId("materials-card")).toContainText("中国シェアの降順で並べています。");
    const rows = page.getByTestId("material-row");
    await expect(rows).toHaveCount(41);

    const tungsten = page.locator('[data-testid="material-row"][data-material="tungsten"]');
    const name = await jaName(request, "tungsten");
    await expect(tungsten.getByTestId("material-link")).toHaveText(name.marked ? `${name.name} 英語` : name.name);
    await expect(tungsten.getByTestId("material-share")).toHaveText("99.63%");
    await expect(tungsten.getByTestId("material-year")).toHaveText("2024年");
    await expect(tungsten.getByTestId("material-hs")).toHaveText("HS 810194");
    await expect(tungsten).toContainText("金額ベース");
    await expect(tungsten).toContainText("その他の重要鉱物");
    // The source title stays as published; the sparkline is described in Japanese.
    await expect(tungsten.getByTestId("material-source")).toHaveText("CEPII BACI (HS17, V202601)");
    await expect(tungsten.getByTestId("sparkline")).toHaveAttribute("aria-label", new RegExp(`^${asShown(name).replace(/[［］()]/g, ".")}の中国シェア（\\d{4}〜2024年、値のある\\d+年）：`));

    for (const head of ["鉱種", "中国シェア", "年", "基準", "HSコード", "出典", "推移"]) await expect(page.getByRole("columnheader", { name: head, exact: true })).toBeVisible();
    // A material with no annual share says why, in Japanese; never 0%.
    await expect(page.getByTestId("material-no-share").first()).toContainText(/出典|割合/);
    await expect(page.locator('[data-testid="material-share"]', { hasText: "年次の割合なし" }).first()).toBeVisible();
    await expectNoEnglish(page.locator("main"));
  });

  test("sorts by the Japanese name", async ({ page }) => {
    await page.goto("/ja/materials");
    await page.getByTestId("sort-name").click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByTestId("materials-card")).toContainText("鉱種名の昇順で並べています。");
    const names = await page.getByTestId("material-link").allInnerTexts();
    expect(names).toHaveLength(41);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "ja")));
  });
});

test.describe("overview cards in Japanese", () => {
  test("peers: 韓国 87.4% beside 日本 for permanent magnets, 2024", async ({ page, request }) => {
    await openOverview(page, "?material=permanent-magnets");
    const card = page.getByTestId("peers-chart");
    await expect(card.getByRole("heading", { name: "主要国との比較" })).toBeVisible();
    const bar = (code: string) => card.locator(`[data-testid="peer-bar"][data-importer="${code}"]`);
    await expect(card.getByTestId("peer-bar")).toHaveCount(8);
    await expect(bar("KOR")).toContainText("韓国");
    await expect(bar("KOR")).toContainText("87.4%");
    await expect(bar("JPN")).toContainText("日本");
    await expect(bar("JPN")).toContainText("27.6%");
    await expect(bar("USA")).toContainText("アメリカ合衆国");
    await expect(card.getByRole("group", { name: "年" }).getByRole("button", { name: "2024" })).toHaveAttribute("aria-pressed", "true");
    const name = asShown(await jaName(request, "permanent-magnets"));
    await expect(card.getByTestId("peers-note")).toHaveText(`${name}（HS 850511）の各輸入国の輸入に占める中国の割合（2024年、金額ベース）。出典：CEPII BACI V202601。`);
    await expect(card.getByTestId("peers-add")).toBeVisible();
    await expect(card.getByText("輸入国を追加")).toBeVisible();
    await expectNoEnglish(card);
  });

  test("peers: a material without BACI data says why in Japanese", async ({ page, request }) => {
    await openOverview(page, "?material=rare-earths");
    const name = asShown(await jaName(request, "rare-earths"));
    await expect(page.getByTestId("peers-chart").getByTestId("peers-empty")).toHaveText(
      new RegExp(`^主要国のデータはありません。CEPII BACIを収録しているのはHS6桁の\\d+コード（850511, .+）のみで、${name.replace(/[［］()（）]/g, ".")}（HS 280530, 284610, 284690）は含まれません。$`),
    );
  });

  test("event study: the rare-earth figures in Japanese, changes in ポイント", async ({ page }) => {
    await openOverview(page);
    const card = page.getByTestId("event-study");
    await expect(card.getByRole("heading", { name: "イベントスタディ（事案前後の変化）" })).toBeVisible();
    await expect(card.getByTestId("event-study-summary")).toHaveText(
      "6年にわたる27件の事案のうち、前後とも値があるのは19件。変化幅の中央値は−10ポイント。2件は「超」の値のため中央値に含めていません。",
    );
    const row = (year: number) => card.locator(`[data-testid="event-study-row"][data-year="${year}"]`);
    await expect(row(2010)).toHaveAttribute("data-delta", "-17.12");
    await expect(row(2010).getByTestId("event-study-change")).toHaveText("−17.12ポイント");
    await expect(row(2023).getByTestId("event-study-change")).toHaveText("≤ +3.3ポイント（方向不明）");
    await expect(row(2026)).toContainText("値なし");
    await expect(card.getByTestId("event-study-window")).toContainText("前後3年");
    await card.getByText("事案と使用した値（27件）").click();
    const first = card.getByTestId("event-study-table").locator("tbody tr").first();
    await expect(first).toContainText("85.49%（2009年）");
    await expect(first).toContainText("68.37%（2011年）");
    await expect(first).toContainText(/\d{4}年\d{1,2}月/);
    await expect(first).toContainText("深刻度");
    await expect(first.getByRole("link", { name: "出典8" }).first()).toHaveAttribute("href", "/ja/sources?id=8#source-8");
    await expectNoEnglish(card);
  });

  test("concentration: HHI and the top supplier in Japanese", async ({ page }) => {
    await openOverview(page);
    const card = page.getByTestId("concentration");
    await expect(card.getByRole("heading", { name: "供給国集中度（HHI）" })).toBeVisible();
    const y2018 = card.getByTestId("concentration-table").locator('tr[data-year="2018"]');
    await expect(y2018.getByTestId("hhi")).toHaveText("≥ 3,781下限値");
    await expect(y2018).toContainText("中国 58%");
    await expect(card.getByTestId("concentration-chart")).toContainText("HHI ≥ 3,781・首位 中国 58%");
    await expect(card.getByRole("columnheader", { name: "首位の供給国" })).toBeVisible();
    await expect(card).toContainText("国別内訳なし");
    await expectNoEnglish(card);
  });

  test("monthly mirror series: title, months and 百万ドル in Japanese", async ({ page }) => {
    await openOverview(page, "?material=graphite");
    const card = page.getByTestId("monthly-chart");
    await expect(card.locator("svg.recharts-surface")).toBeVisible();
    await expect(card.getByRole("heading", { name: "月次の対日輸出：ミラー統計（中国側輸出統計）" })).toBeVisible();
    await expect(card).toContainText(/金額はドル建てのみ、\d{4}年\d{1,2}月〜\d{4}年\d{1,2}月。/);
    await expect(card).toContainText("天然黒鉛（粉状・フレーク状、HS 250410）");
    await expect(card).toContainText("人造黒鉛（HS 380110）");
    // Year ticks in Western years with 年; the value axis in 百万ドル.
    await expect(card.locator("svg.recharts-surface")).toContainText(/20\d\d年/);
    await expect(card.locator("svg.recharts-surface")).toContainText("百万ドル");
    // The tooltip of a month: 2023年11月, values in ドル.
    await card.getByTestId("monthly-hover-area").scrollIntoViewIfNeeded();
    const area = (await card.getByTestId("monthly-hover-area").boundingBox())!;
    await page.mouse.move(area.x + area.width * 0.8, area.y + area.height / 2);
    const tooltip = card.getByTestId("monthly-tooltip");
    await expect(tooltip).toContainText(/^\d{4}年\d{1,2}月/);
    await expect(tooltip).toContainText("ドル");
    await expectNoEnglish(card);
  });
});
