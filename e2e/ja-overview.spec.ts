import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import enFilters from "../lib/i18n/messages/en/filters.json";
import enOverview from "../lib/i18n/messages/en/overview.json";
import jaFilters from "../lib/i18n/messages/ja/filters.json";
import jaOverview from "../lib/i18n/messages/ja/overview.json";
import { DEFAULT_TO, getDependence } from "./support/api";
import { expect, test } from "./fixtures";
import { revealOnDemand } from "./pages/overview-page";

const ESCALATION = ["export_control", "trade_retaliation", "diplomatic", "military", "legal"];

/** The URL is /ja with exactly this query (order-independent). */
function jaWithQuery(expected: Record<string, string>) {
  return (url: URL) => url.pathname === "/ja" && JSON.stringify(Object.fromEntries([...url.searchParams].sort())) === JSON.stringify(Object.fromEntries(Object.entries(expected).sort()));
}

/** Every string leaf of a catalogue, with its key. */
function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The English strings of the overview and filters catalogues as they could appear on a page: each
 * message's literal text between its placeholders (the longer pieces, so "To" or "n/a" alone do not
 * match a proper name), leaving out those the Japanese catalogue shares (REE Monitor).
 */
function englishPieces(): string[] {
  const ja = new Map([...leaves(jaFilters, "filters"), ...leaves(jaOverview, "overview")]);
  const pieces = new Set<string>();
  for (const [key, text] of [...leaves(enFilters, "filters"), ...leaves(enOverview, "overview")]) {
    if (ja.get(key) === text) continue;
    for (const piece of text.split(/\{[^{}]*\}|<\/?b>|[{}#]/)) {
      const p = piece.trim().replace(/^[,;.:·()–→ ]+|[,;.:·()–→ ]+$/g, "");
      if (p.length >= 8 && /[a-z]{3}/i.test(p) && p !== "REE Monitor") pieces.add(p);
    }
  }
  return [...pieces];
}

/** The parts of the overview this spec covers: filters, notice, figures, briefing, timeline, projects, print button. */
const OWN = [
  'form[aria-label]',
  '[data-testid="filter-notice"]',
  'section[aria-label^="主要指標"]',
  '[data-testid="briefing-header"]',
  '[data-testid="briefing-tables"]',
  'section[aria-labelledby="timeline-title"]',
  'section[aria-labelledby="projects-title"]',
  '[data-testid="print-briefing"]',
  'label:has([data-testid="era-option"])',
];

/**
 * What a reader meets in those parts: the visible text, and the words of options, labels and
 * tooltips. The product's own texts shown in English for want of a Japanese one (lang="en", with
 * the 英語 marker) and the sources cited by name are left out: they are data, not the UI's words.
 */
async function shownWords(page: Page): Promise<string> {
  return page.evaluate((selectors) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(selectors.join(","))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('[lang="en"], [data-testid="briefing-sources"]')) continue;
        if (el.tagName !== "OPTION" && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        out.push(n.textContent ?? "");
      }
      for (const el of [root, ...root.querySelectorAll("optgroup, [aria-label], [title]")]) out.push(el.getAttribute("aria-label") ?? "", el.getAttribute("title") ?? "", el.getAttribute("label") ?? "");
    }
    return out.join("\n");
  }, OWN);
}

async function expectNoEnglish(page: Page) {
  const words = await shownWords(page);
  expect(words.length).toBeGreaterThan(200);
  // As whole words: a source title's "Materials" is not the label "Material".
  const found = englishPieces().filter((p) => new RegExp(`(^|[^A-Za-z])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(words));
  expect(found, "English catalogue strings on a /ja page").toEqual([]);
}

/** Pages of the printed PDF as pdfinfo counts them, and its page size. */
async function printedPdf(page: Page): Promise<{ pages: number; size: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "ja-briefing-")), "briefing.pdf");
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? "" };
}

test.describe("overview in Japanese (/ja)", () => {
  test("主要指標: the real figures in Japanese, the page's title, and no English UI string", async ({ overview, page, request }) => {
    const api = await getDependence(request);
    await page.goto("/ja");
    await overview.waitForChart();
    await revealOnDemand(page);
    await expect(page).toHaveTitle("概要 · REE Monitor");
    await expect(page.getByRole("region", { name: /^主要指標：/ })).toBeVisible();

    await expect(overview.figureLatest).toContainText("中国シェア（最新）");
    await expect(overview.figureLatest.locator("p").nth(1)).toHaveText("約60%");
    await expect(overview.figureLatest).toContainText(`${DEFAULT_TO}年（推計値）`);
    // Where English reads "81.61% (2010) → ~60% (2026), partly estimated".
    await expect(overview.figureChange.locator("p").nth(1)).toHaveText("約−22ポイント");
    await expect(overview.figureChange).toContainText(`2010年：81.61% → ${DEFAULT_TO}年：約60%（一部推計値）`);
    const escalation = api.events.filter((e) => ESCALATION.includes(e.category)).length;
    await expect(overview.figureEvents).toContainText("期間内の緊張激化の事案");
    await expect(overview.figureEvents.locator("p").nth(1)).toHaveText(String(escalation));
    await expect(overview.figureEvents).toContainText(`（2008〜${DEFAULT_TO}年）`);
    await expect(overview.figureProjects.locator("p").nth(1)).toHaveText("年間5,000トン");
    await expect(overview.figureProjects).toContainText("引取契約（オフテイク）年間16,200トンは別の指標のため合算していません。");

    // The filter bar, the grouped selector and the category chips.
    const filters = page.getByRole("form", { name: "絞り込み条件" });
    await expect(filters).toContainText("鉱種");
    await expect(filters).toContainText("開始年");
    await expect(overview.materialSelect.locator("optgroup").first()).toHaveAttribute("label", "レアアース");
    await expect(overview.materialSelect.locator('optgroup[label="磁石"] option')).toHaveAttribute("value", "permanent-magnets");
    await expect(overview.yearFrom.locator("option:checked")).toHaveText("2008年");
    await expect(overview.categoryButton("輸出管理（輸出規制）")).toBeVisible();
    await expect(page.getByTestId("compare-chips")).toHaveAttribute("aria-label", /^比較する鉱種の一覧/);

    // The incident timeline and the projects table.
    await expect(page.getByRole("heading", { name: `事案（2008〜${DEFAULT_TO}年）` })).toBeVisible();
    await expect(overview.incidentTimeline).toContainText("2010年9月7日");
    await expect(overview.incidentTimeline).toContainText("深刻度");
    await expect(page.getByRole("heading", { name: "日本の調達先多角化の取り組み" })).toBeVisible();
    await expect(overview.projectsTable.locator("thead")).toContainText("所在国");
    await expect(overview.projectsTable).toContainText("オーストラリア");
    await expect(overview.projectsTable).toContainText("2.5億ドル");
    await expect(page.getByTestId("print-briefing")).toHaveText("資料を印刷");

    await expectNoEnglish(page);
  });

  test("filtering to permanent magnets from 2010 keeps /ja and the slugs in the URL; back and forward restore each view", async ({ overview, page }) => {
    await page.goto("/ja");
    await overview.waitForChart();
    await revealOnDemand(page);
    await overview.materialSelect.selectOption("permanent-magnets");
    await expect(page).toHaveURL(jaWithQuery({ material: "permanent-magnets" }));
    await overview.yearFrom.selectOption("2010");
    await expect(page).toHaveURL(jaWithQuery({ material: "permanent-magnets", from: "2010" }));
    await overview.waitForChart();
    await expect(page.getByRole("heading", { name: `事案（2010〜${DEFAULT_TO}年）` })).toBeVisible();
    await expect(overview.figureEvents).toContainText(`（2010〜${DEFAULT_TO}年）`);

    await page.goBack();
    await expect(page).toHaveURL(jaWithQuery({ material: "permanent-magnets" }));
    await expect(overview.yearFrom).toHaveValue("2008");
    await expect(overview.materialSelect).toHaveValue("permanent-magnets");
    await page.goBack();
    await expect(page).toHaveURL(jaWithQuery({}));
    await expect(overview.materialSelect).toHaveValue("rare-earths");
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(jaWithQuery({ material: "permanent-magnets", from: "2010" }));
    await expect(overview.materialSelect).toHaveValue("permanent-magnets");
    await expect(overview.yearFrom).toHaveValue("2010");
    await expect(page.getByRole("heading", { name: `事案（2010〜${DEFAULT_TO}年）` })).toBeVisible();
    await expectNoEnglish(page);
  });

  test("a bad filter shows a Japanese notice naming it; a change clears it", async ({ overview, page }) => {
    await page.goto("/ja?from=abc&category=bogus&to=2010&material=Unobtainium");
    await overview.waitForChart();
    await revealOnDemand(page);
    await expect(overview.notice).toHaveText(
      "一部の絞り込み条件を無視しました。 material=「Unobtainium」は無視しました（該当する鉱種がありません）。fromは無視しました（4桁の西暦ではありません）。categoryは無視しました（事案の分類にありません）。該当する条件は既定値で表示しています。",
    );
    await page.goto("/ja?from=2024&to=2010");
    await overview.waitForChart();
    await revealOnDemand(page);
    await expect(overview.notice).toContainText("from=2024がto=2010より後のため、年を入れ替えて2010〜2024年を表示しています");
    await expect(overview.yearFrom).toHaveValue("2010");
    await expectNoEnglish(page);
    await overview.yearTo.selectOption("2020");
    await expect(overview.notice).toHaveCount(0);
  });

  test("the Japanese print briefing is one A4 page, in Japanese, with the era years when asked", async ({ overview, page }) => {
    await page.goto("/ja");
    await overview.waitForChart();
    await revealOnDemand(page);
    const era = page.getByTestId("era-option");
    await expect(era).not.toBeChecked();
    await era.check();
    await expect(page).toHaveURL(jaWithQuery({ era: "1" }));
    // The option survives a filter change (the filters keep the other parameters of the URL).
    await overview.yearFrom.selectOption("2010");
    await expect(page).toHaveURL(jaWithQuery({ era: "1", from: "2010" }));
    await overview.waitForChart();

    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 1069, height: 741 });
    const header = page.getByTestId("briefing-header");
    await expect(header.getByRole("heading")).toContainText("日本の輸入に占める中国の割合（対中輸入依存度）：");
    await expect(header).toContainText(`REE Monitor ブリーフィング資料 · 対象期間：2010年（平成22年）〜${DEFAULT_TO}年（令和${DEFAULT_TO - 2018}年）`);
    await expect(header).toContainText("事案の分類：すべて");
    await expect(header).toContainText(/出力日：\d{4}年\d{1,2}月\d{1,2}日 · データ第\d+版/);
    await expect(overview.figureChange).toContainText(`2010年（平成22年）：81.61% → ${DEFAULT_TO}年（令和${DEFAULT_TO - 2018}年）：約60%`);
    await expect(overview.figureProjects).toContainText("稼働・建設中（");
    const tables = page.getByTestId("briefing-tables");
    await expect(tables).toContainText("事案（番号はグラフと対応。色は分類、マーカーの大きさは深刻度）");
    await expect(tables).toContainText("グラフの値の出典：");
    await expect(tables).toContainText("2010年9月");
    await expectNoEnglish(page);

    const bottom = await page.locator("#main").evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(741);
    const pdf = await printedPdf(page);
    expect(pdf.size).toMatch(/^841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(pdf.pages).toBe(1);
  });

  test("the widest Japanese briefing, five materials from 1990 to 2035, still prints on one A4 page", async ({ overview, page }) => {
    await page.goto("/ja?from=1990&to=2035&era=1&material=rare-earths,heavy-rare-earths,graphite,yttrium,permanent-magnets");
    await overview.waitForChart();
    await revealOnDemand(page);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 1069, height: 741 });
    await expect(page.getByTestId("print-chart").locator("svg.dependence-surface")).toBeVisible();
    await expect(page.getByTestId("briefing-header")).toContainText("1990年（平成2年）〜2035年（令和17年）");
    const bottom = await page.locator("#main").evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(741);
    expect((await printedPdf(page)).pages).toBe(1);
  });

  test("English stays as it was: no era option, the same notice words as the API", async ({ overview, page }) => {
    await page.goto("/?from=abc");
    await overview.waitForChart();
    await expect(page.getByTestId("era-option")).toHaveCount(0);
    await expect(page.getByTestId("print-briefing")).toHaveText("Print briefing");
    await expect(overview.notice).toHaveText("Some filters were ignored. from ignored (not a four-digit year). Showing the defaults for those instead.");
  });
});
