import en from "../lib/i18n/messages/en/dashboard.json";
import ja from "../lib/i18n/messages/ja/dashboard.json";
import { expect, test } from "./fixtures";
import { getJson, type DependenceJson } from "./support/api";

// The overview's dependence chart card on /ja: every word Japanese (the dashboard catalogue's),
// material names from nameJa, dates as 2010年9月7日, values as on the English page.

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : flatten(v)));

/**
 * The English catalogue's words that must not show on /ja: each message's fixed text between its
 * placeholders, leaving out what the two catalogues share ("HS {code}", " · "). A fragment counts
 * when it is a whole message ("Severity") or has several words ("line value for the year"); a lone
 * word cut from a sentence ("values") could be any English text, a source's title among them.
 */
const japanese = new Set(flatten(ja as Tree));
const ENGLISH_WORDS = [
  ...new Set(
    flatten(en as Tree)
      .filter((m) => !japanese.has(m))
      .flatMap((m) => {
        const parts = m.split(/\{[^{}]*\}|[{}<>/]|\blink\b|\ben\b/).map((part) => part.trim().replace(/^[\s.,:;()–·-]+|[\s.,:;()–·-]+$/g, ""));
        return parts.filter((part) => /[A-Za-z]{3}/.test(part) && (part.includes(" ") || parts.length === 1));
      }),
  ),
];

const MAGNETS_FROM_2010 = "/ja?material=permanent-magnets&from=2010";
// The material's name from the seed's nameJa (永久磁石); a store without it shows the English name
// with its 「英語」 marker, the designed fallback, never an empty label.
const MAGNETS = "(?:永久磁石|Permanent magnets［英語］)";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A whole-text pattern: `{m}` is the material's name, `{year}` any year. */
const exactly = (text: string) => new RegExp(`^${escape(text).replace("\\{m\\}", MAGNETS).replace("\\{year\\}", "\\d{4}")}$`);

test.describe("the dependence chart card in Japanese", () => {
  test("title, subtitle, key, toggle and notes are Japanese; no English catalogue string shows", async ({ overview, page }) => {
    await page.goto(MAGNETS_FROM_2010);
    await overview.waitForChart();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    const card = overview.chart.locator("xpath=ancestor::section[1]");
    await expect(card.getByRole("heading", { name: exactly("日本の輸入に占める中国の割合：{m}（2010〜{year}年）") })).toBeVisible();
    await expect(card).toContainText("線：各年の代表値。");
    await expect(card).toContainText("軸の下の番号付きマーカー：緊張激化の事案。");
    // The key: the China series by its Japanese name, estimates, other sources, severity.
    await expect(card.getByText(exactly("中国（{m}）"))).toBeVisible();
    await expect(card).toContainText("推計値・下限値/上限値・幅");
    await expect(card).toContainText("他の出典の値（同じ年）");
    await expect(card).toContainText("マーカーの大きさ＝深刻度（1〜5）");
    // A share from one HS code stays labelled with that code.
    await expect(card.getByTestId("hs-scope-note").first()).toContainText("公的統計：HS 850511");
    const toggle = page.getByTestId("view-toggle");
    await expect(toggle).toHaveAttribute("aria-label", "チャートの表示");
    await expect(toggle.getByRole("button", { name: "割合" })).toHaveAttribute("aria-pressed", "true");
    await expect(toggle.getByRole("button", { name: "輸入額" })).toBeVisible();
    await expect(card.getByText(/^チャート上の事案（\d+件）$/)).toBeVisible();
    await expect(card.getByText(/^データ表（\d+件）$/)).toBeVisible();
    // The axis: Western years, shares in %.
    await expect(overview.chart.locator(".dependence-x-axis .dependence-tick").first()).toHaveText(/^20\d\d$/);

    // The product's own texts without a Japanese version yet show in English, marked (lang="en",
    // 「［英語］」): they are data, not UI words, so they are left out here.
    const text = await card.evaluate((el: HTMLElement) => {
      const english = [...el.querySelectorAll<HTMLElement>('[lang="en"]')];
      for (const e of english) e.style.display = "none";
      const visible = el.innerText;
      for (const e of english) e.style.display = "";
      return visible;
    });
    const labels = await card
      .locator("[aria-label], [title]")
      .evaluateAll((els) => els.map((el) => `${el.getAttribute("aria-label") ?? ""} ${el.getAttribute("title") ?? ""}`.replace(/[^、：]*［英語］/g, "")));
    const shown = [text, ...labels].join("\n");
    expect(ENGLISH_WORDS.length).toBeGreaterThan(50);
    expect(ENGLISH_WORDS.filter((w) => shown.includes(w))).toEqual([]);
  });

  test("a marker's tooltip and the event panel are Japanese, with a Japanese date", async ({ overview, page, request }) => {
    const api = await getJson<DependenceJson>(request, "/api/v1/dependence?material=permanent-magnets&from=2010");
    const event = api.events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))!;
    const [y, m, d] = event.date.split("-").map(Number);
    const date = `${y}年${m}月${d}日`;
    await page.goto(MAGNETS_FROM_2010);
    await overview.waitForChart();
    const marker = overview.marker(event.id);
    await expect(marker).toHaveAttribute("aria-label", new RegExp(`^事案\\d+：${date}、.+深刻度${event.severity}（5段階）。Enterキーで詳細を表示。$`));
    await marker.hover();
    await expect(overview.tooltip).toContainText(date);
    await expect(overview.tooltip).toContainText(`深刻度 ${event.severity}/5`);
    await expect(overview.tooltip).toContainText("出典：");
    await marker.click();
    const detail = overview.eventDetail;
    await expect(detail).toBeVisible();
    await expect(detail).toContainText("日付");
    await expect(detail).toContainText(date);
    await expect(detail).toContainText("分類");
    await expect(detail).toContainText("深刻度");
    await expect(detail).toContainText(`${event.severity}（5段階）`);
    await expect(detail).toContainText("出典：");
    await expect(detail.getByTestId("event-page-link")).toHaveText("事案のページを開く（前後のチャートと関連事案）→");
    await expect(detail.getByTestId("event-page-link")).toHaveAttribute("href", `/ja/incidents/${event.id}`);
    await detail.getByRole("button", { name: "事案の詳細を閉じる" }).click();
    await expect(detail).toHaveCount(0);
  });

  test("a point's tooltip and panel: 2015 is 31.94%, the year's 代表値", async ({ overview, page }) => {
    await page.goto(MAGNETS_FROM_2010);
    await overview.waitForChart();
    const point = overview.headlinePoint(2015);
    await expect(point).toHaveAttribute("aria-label", exactly("中国（{m}）、2015年：31.94%（代表値）。出典を開きます。"));
    await point.hover();
    await expect(overview.tooltip.locator("p").first()).toHaveText(exactly("中国（{m}）・2015年：31.94%"));
    await expect(overview.tooltip).toContainText("その年の代表値");
    await expect(overview.tooltip).toContainText("クリックで出典を表示");
    await point.click();
    const detail = page.getByTestId("point-detail");
    await expect(detail.getByRole("heading")).toHaveText(exactly("中国（{m}）・2015年：31.94%"));
    await expect(detail).toContainText("出典：");
    await detail.getByRole("button", { name: "値の詳細を閉じる" }).click();
    await expect(detail).toHaveCount(0);
  });

  test("the value view: title and axis in 億ドル / 百万ドル", async ({ overview, page }) => {
    await page.goto(`${MAGNETS_FROM_2010}&view=value`);
    await overview.waitForChart();
    const card = overview.chart.locator("xpath=ancestor::section[1]");
    await expect(card.getByRole("heading", { name: exactly("日本の中国からの輸入額：{m}（ドル、2010〜{year}年）") })).toBeVisible();
    await expect(page.getByTestId("view-toggle").getByRole("button", { name: "輸入額" })).toHaveAttribute("aria-pressed", "true");
    const ticks = await overview.chart.locator(".dependence-y-axis .dependence-tick").allTextContents();
    expect(ticks[0]).toBe("0");
    expect(ticks.slice(1).every((t) => /^[\d.]+(億|百万)ドル$/.test(t))).toBe(true);
    await expect(card.getByTestId("value-sources-note").first()).toContainText("値のない年は不明であり、ゼロではありません");
  });

  test("English at / is unchanged", async ({ overview, page }) => {
    await page.goto("/?material=permanent-magnets&from=2010");
    await overview.waitForChart();
    const card = overview.chart.locator("xpath=ancestor::section[1]");
    await expect(card.getByRole("heading", { name: /^China's share of Japan's imports: Permanent magnets, 2010–\d{4}$/ })).toBeVisible();
    await expect(overview.headlinePoint(2015)).toHaveAttribute("aria-label", "China · Permanent magnets, 2015: 31.94% (line value). Open its source.");
    await expect(card.getByTestId("hs-scope-note").first()).toContainText("Official series: HS 850511 (permanent magnets of metal).");
  });
});
