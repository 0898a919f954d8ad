import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import en from "@/lib/i18n/messages/en/export.json";
import { codePoints, inRanges, LATIN_SUBSET, parseUnicodeRange } from "@/lib/export/unicode-range";
import { pixelStats, pngSize } from "./support/png";

// Exports on a Japanese page, checked as a user gets them: the menu, and the downloaded files.

const VIEW = "/ja?material=permanent-magnets&from=2010";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ASCII_NAME = /^[A-Za-z0-9._-]+$/;

const chart = (page: Page) => page.getByTestId("dependence-chart");
const card = (page: Page) => page.getByTestId("chart-card").filter({ has: chart(page) });
const menu = (page: Page) => card(page).getByTestId("export-menu");

async function openJapanese(page: Page) {
  await page.goto(VIEW);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(chart(page).locator("svg.dependence-surface")).toBeVisible();
  // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
  await expect(chart(page)).toHaveAttribute("data-measured", "true");
  await expect(chart(page)).toHaveAttribute("data-loading", "false");
}

async function download(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), card(page).getByTestId(testId).click()]);
  return { name: dl.suggestedFilename(), body: await readFile((await dl.path())!) };
}

/** Today as the footer writes it on a Japanese page: 「2026年3月14日」. */
function todayJa(): string {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** The literal words of an English message (placeholders and ICU syntax removed), long enough to mean something. */
function englishWords(message: string): string[] {
  return message
    .split(/\{[^{}]*\}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

test.describe("exports on a Japanese page", () => {
  let pageErrors: string[] = [];
  test.beforeEach(async ({ page }) => {
    pageErrors = [];
    page.on("pageerror", (err) => pageErrors.push(err.message));
    page.on("console", (msg) => {
      if (msg.type() === "error" && !msg.location().url.endsWith("/favicon.ico")) pageErrors.push(msg.text());
    });
  });
  test.afterEach(() => {
    expect(pageErrors, "errors in the browser").toEqual([]);
  });

  test("the export menu is in Japanese, with no English word of its catalogue", async ({ page }) => {
    await openJapanese(page);
    await expect(card(page).getByRole("group", { name: "グラフの書き出し" })).toBeVisible();
    await expect(menu(page).getByTestId("export-copy")).toHaveText("画像をコピー");
    await expect(menu(page).getByTestId("export-png")).toHaveText("PNG");
    await expect(menu(page).getByTestId("export-png")).toHaveAttribute("title", "PNG（2倍の解像度）をダウンロード");
    await expect(menu(page).getByTestId("export-scale-4")).toHaveAttribute("aria-label", "PNGの解像度：4倍");
    await expect(menu(page).getByTestId("export-svg")).toHaveAttribute("title", "SVGをダウンロード（テキスト編集可、フォント埋め込み済み）");
    await expect(menu(page).getByTestId("export-csv")).toHaveAttribute("title", "描画した値を出典付きでダウンロード（CSV）");

    const html = await menu(page).evaluate((el) => el.outerHTML);
    const english = Object.values(en.menu).flatMap(englishWords);
    expect(english.length).toBeGreaterThan(8);
    for (const words of english) expect(html, `English "${words}" in the menu`).not.toContain(words);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await card(page).scrollIntoViewIfNeeded();
      await card(page).screenshot({ path: `test-results/ja-export-card-${width}.png` });
    }
  });

  test("SVG: Japanese title, footer データ基準日/出力日 and 事案, fonts for every Japanese glyph, ASCII file name", async ({ page }) => {
    await openJapanese(page);
    const heading = (await card(page).getByRole("heading").first().textContent())!.trim();
    const to = Number(await page.getByTestId("year-to").inputValue());
    const svg = await download(page, "export-svg");
    expect(svg.name).toBe(`dependence-permanent-magnets-2010-${to}.svg`);
    expect(svg.name).toMatch(ASCII_NAME);
    const text = svg.body.toString("utf8");

    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "image/svg+xml");
      const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent ?? "");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        lang: doc.documentElement.getAttribute("xml:lang"),
        title: doc.querySelector("svg > title")?.textContent ?? "",
        texts,
        css: doc.querySelector("style")?.textContent ?? "",
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.lang).toBe("ja");

    // The title is the card's, as the page shows it: Japanese.
    expect(parsed.title).toBe(heading);
    expect(parsed.title).toMatch(JAPANESE);
    const all = parsed.texts.join("");
    expect(all.replace(/\s+/g, "")).toContain(heading.replace(/\s+/g, ""));

    // The pipeline's own words.
    const footer = parsed.texts.find((t) => t.startsWith("REE Monitor · "));
    expect(footer).toMatch(/^REE Monitor · データ基準日 \d{4}年.* · 出力日 /);
    expect(footer).toContain(`出力日 ${todayJa()}`);
    expect(parsed.texts).toContain("事案");
    expect(parsed.texts.some((t) => /^出典：/.test(t))).toBe(true);
    for (const english of ["data as of", "exported", "Events", "Sources:", "no values drawn", "sources undated"]) {
      expect(parsed.texts.filter((t) => t.includes(english)), `English "${english}" in the image`).toEqual([]);
    }

    // No tofu: every character drawn is in Inter's Latin file or in an embedded Noto Sans JP subset.
    const jpRanges = [...parsed.css.matchAll(/@font-face\{font-family:"Noto Sans JP";[^}]*?unicode-range:([^;]+);/g)].flatMap((m) => parseUnicodeRange(m[1]));
    expect(jpRanges.length).toBeGreaterThan(0);
    const uncovered = [...codePoints(all)].filter((cp) => !inRanges(cp, LATIN_SUBSET) && !inRanges(cp, jpRanges)).map((cp) => String.fromCodePoint(cp));
    expect(uncovered).toEqual([]);
  });

  test("PNG: the Japanese footer is drawn, the file name is ASCII", async ({ page }) => {
    await openJapanese(page);
    const png = await download(page, "export-png");
    expect(png.name).toMatch(/^dependence-permanent-magnets-2010-\d{4}\.png$/);
    const size = pngSize(png.body);
    expect(size.height).toBeGreaterThan(size.width / 3);
    const stats = await pixelStats(page, png.body);
    expect(stats.corner, "white background").toEqual([255, 255, 255, 255]);
    expect(stats.saturated, "the coloured line and markers survive").toBeGreaterThan(1000);
    expect(stats.footerInk, "the footer text is drawn").toBeGreaterThan(500);
    const { writeFile } = await import("node:fs/promises");
    await writeFile("test-results/ja-export.png", png.body);
  });

  test("CSV keeps its English column names; copy image reports in Japanese", async ({ page, context }) => {
    await openJapanese(page);
    const csv = await download(page, "export-csv");
    expect(csv.name).toMatch(/^dependence-permanent-magnets-2010-\d{4}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.body.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["material", "year", "partner", "sharePct", "sourceId", "sourceTitle"]));
    expect(parsed.data.filter((r) => r.partner === "CHN" && r.year === "2015").map((r) => r.sharePct)).toContain("31.94");

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await menu(page).getByTestId("export-copy").click();
    // The first image of the page fetches and encodes the Japanese font subsets it needs: slower than the English one.
    await expect(menu(page).getByText("画像をコピーしました。")).toBeVisible({ timeout: 20_000 });
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain("image/png");
  });
});
