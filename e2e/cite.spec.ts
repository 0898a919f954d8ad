import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { englishUiStrings } from "./support/english-catalogue";
import { revealOnDemand } from "./pages/overview-page";

// "Cite this view" on the overview's chart cards: the three forms name REE Monitor, the view's
// title, the data version /api/health reports, today (in the reader's time zone) and the
// permalink with v=N; a copy button puts exactly that text on the clipboard; the dialog takes the
// focus, Escape closes it and the focus returns to the button. The same in Japanese on /ja.

const QUERY = "?material=permanent-magnets&from=2010";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHOTS = "test-results/cite";

const dependenceCard = (page: Page) => page.getByTestId("chart-card").filter({ has: page.getByTestId("dependence-chart") });
const peersCard = (page: Page) => page.getByTestId("peers-chart");
const dialog = (page: Page) => page.getByTestId("cite-dialog");
const text = (page: Page, form: "apa" | "chicago" | "bibtex") => dialog(page).getByTestId(`cite-text-${form}`);

async function dataVersion(page: Page): Promise<number> {
  const res = await page.request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; dataVersion: number };
  expect(body.status).toBe("ok");
  expect(Number.isInteger(body.dataVersion) && body.dataVersion > 0).toBe(true);
  return body.dataVersion;
}

/** Today in the browser's time zone: the access date the citation names. */
async function today(page: Page) {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  const pad = (n: number) => String(n).padStart(2, "0");
  return { year: y, iso: `${y}-${pad(m)}-${pad(d)}`, en: `${MONTHS[m - 1]} ${d}, ${y}`, ja: `${y}年${m}月${d}日` };
}

async function openOverview(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("dependence-chart").locator("svg.dependence-surface")).toBeVisible();
  // Hydrated: the browser has measured the chart's box and redrawn it (the server's SVG is there before).
  await expect(page.getByTestId("dependence-chart")).toHaveAttribute("data-measured", "true");
  await expect(page.getByTestId("dependence-chart")).toHaveAttribute("data-loading", "false");
  // The cards below the first screen load when scrolled to.
  await revealOnDemand(page);
}

/** The page's own address with v=N: the permalink the citation must carry. */
function permalink(page: Page, version: number): string {
  const url = new URL(page.url());
  url.searchParams.set("v", String(version));
  return url.toString();
}

async function openCite(card: Locator) {
  const button = card.getByTestId("cite-button");
  await button.click();
  const d = card.page().getByTestId("cite-dialog");
  await expect(d).toBeVisible();
  // The focus moves into the dialog (its heading).
  await expect(d.getByRole("heading", { level: 2 })).toBeFocused();
  return button;
}

async function copyAndReadBack(page: Page, form: "apa" | "chicago" | "bibtex", copiedWord: string): Promise<string> {
  await dialog(page).getByTestId(`cite-copy-${form}`).click();
  await expect(dialog(page).getByTestId(`cite-status-${form}`)).toHaveText(copiedWord);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await expect(dialog(page)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function grant(context: BrowserContext) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
}

test.describe("cite this view", () => {
  test("the dependence card cites its view in APA, Chicago and BibTeX with the data version, today and the v= permalink", async ({ page, context }) => {
    await grant(context);
    const version = await dataVersion(page);
    await openOverview(page, `/${QUERY}`);
    const card = dependenceCard(page);
    const title = "China's share of Japan's imports: Permanent magnets, 2010–2026";
    await expect(card.getByRole("heading", { name: title })).toBeVisible();
    const button = card.getByTestId("cite-button");
    await expect(button).toHaveText("Cite");
    await openCite(card);
    const day = await today(page);
    const url = permalink(page, version);
    expect(url).toContain("material=permanent-magnets");
    expect(url).toContain(`v=${version}`);

    await expect(dialog(page).getByRole("heading", { level: 2 })).toHaveText("Cite this view");
    await expect(dialog(page)).toContainText(`Data version ${version}, accessed ${day.en}.`);
    await expect(text(page, "apa")).toHaveValue(`REE Monitor. (${day.year}). ${title} (Data version ${version}) [Data set]. Retrieved ${day.en}, from ${url}`);
    await expect(text(page, "chicago")).toHaveValue(`REE Monitor. ${day.year}. “${title}.” Data version ${version}. Accessed ${day.en}. ${url}.`);
    await expect(text(page, "bibtex")).toHaveValue(
      [
        `@misc{reemonitor-dependence-permanent-magnets-2010-2026-v${version},`,
        "  author = {{REE Monitor}},",
        `  title = {{${title}}},`,
        `  year = {${day.year}},`,
        `  note = {Data version ${version}},`,
        `  urldate = {${day.iso}},`,
        `  url = {${url}}`,
        "}",
      ].join("\n"),
    );

    // Copy: the clipboard holds exactly the form's text, and the dialog says so.
    expect(await copyAndReadBack(page, "apa", "Copied")).toBe(await text(page, "apa").inputValue());
    expect(await copyAndReadBack(page, "bibtex", "Copied")).toBe(await text(page, "bibtex").inputValue());
    await shoot(page, "dependence-en");

    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });

  test("the keyboard opens it from the button and Escape returns there", async ({ page }) => {
    await openOverview(page, `/${QUERY}`);
    const button = dependenceCard(page).getByTestId("cite-button");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(dialog(page).getByRole("heading", { level: 2 })).toBeFocused();
    // Tab reaches the dialog's own controls (the page behind is inert).
    await page.keyboard.press("Tab");
    await expect(dialog(page).getByTestId("cite-close")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog(page).getByTestId("cite-copy-apa")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("the peers card cites its own view; Close returns the focus", async ({ page, context }) => {
    await grant(context);
    const version = await dataVersion(page);
    await openOverview(page, `/${QUERY}`);
    const card = peersCard(page);
    await expect(card.getByTestId("peer-bar")).toHaveCount(8);
    const button = await openCite(card);
    const day = await today(page);
    const url = permalink(page, version);
    const title = "China's share of imports: Japan and its peers, Permanent magnets, 2024";
    await expect(text(page, "apa")).toHaveValue(`REE Monitor. (${day.year}). ${title} (Data version ${version}) [Data set]. Retrieved ${day.en}, from ${url}`);
    expect(await text(page, "bibtex").inputValue()).toContain(`@misc{reemonitor-peers-permanent-magnets-2024-v${version},`);
    expect(await copyAndReadBack(page, "chicago", "Copied")).toBe(`REE Monitor. ${day.year}. “${title}.” Data version ${version}. Accessed ${day.en}. ${url}.`);
    await shoot(page, "peers-en");
    await dialog(page).getByTestId("cite-close").click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("without a clipboard the text is selected for Ctrl+C, with a visible notice", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
    await openOverview(page, `/${QUERY}`);
    await openCite(dependenceCard(page));
    await dialog(page).getByTestId("cite-copy-chicago").click();
    await expect(dialog(page).getByTestId("cite-fallback-chicago")).toHaveText("Copying is not available here. The text is selected: press Ctrl+C (⌘C on a Mac).");
    await expect(dialog(page).getByTestId("cite-status-chicago")).toHaveText("");
    const chicago = text(page, "chicago");
    await expect(chicago).toBeFocused();
    const selection = await chicago.evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, end: el.selectionEnd, length: el.value.length }));
    expect({ start: selection.start, end: selection.end }).toEqual({ start: 0, end: selection.length });
    expect(selection.length).toBeGreaterThan(100);
  });
});

test.describe("cite this view on /ja", () => {
  test("the dependence card cites in Japanese: 『title』, データ第N版, 閲覧日 and the /ja permalink", async ({ page, context }) => {
    await grant(context);
    const version = await dataVersion(page);
    await openOverview(page, `/ja${QUERY}`);
    const card = dependenceCard(page);
    const title = "日本の輸入に占める中国の割合：永久磁石（2010〜2026年）";
    await expect(card.getByRole("heading", { name: title })).toBeVisible();
    const button = card.getByTestId("cite-button");
    await expect(button).toHaveText("引用");
    await openCite(card);
    const day = await today(page);
    const url = permalink(page, version);
    expect(new URL(url).pathname).toBe("/ja");
    expect(url).toContain("material=permanent-magnets");

    await expect(dialog(page).getByRole("heading", { level: 2 })).toHaveText("この表示の引用");
    await expect(dialog(page)).toContainText(`データ第${version}版、${day.ja}閲覧。`);
    await expect(dialog(page).getByText("APA方式（第7版）")).toBeVisible();
    await expect(dialog(page).getByText("シカゴ方式（著者・年方式、第17版）")).toBeVisible();
    await expect(text(page, "apa")).toHaveValue(`REE Monitor（${day.year}）『${title}』データ第${version}版、${day.ja}閲覧、${url}`);
    await expect(text(page, "chicago")).toHaveValue(`REE Monitor（${day.year}）「${title}」データ第${version}版。${day.ja}閲覧。${url}`);
    await expect(text(page, "bibtex")).toHaveValue(
      [
        `@misc{reemonitor-dependence-permanent-magnets-2010-2026-v${version},`,
        "  author = {{REE Monitor}},",
        `  title = {{${title}}},`,
        `  year = {${day.year}},`,
        `  note = {データ第${version}版},`,
        `  urldate = {${day.iso}},`,
        `  url = {${url}}`,
        "}",
      ].join("\n"),
    );
    expect(await copyAndReadBack(page, "apa", "コピーしました")).toBe(await text(page, "apa").inputValue());
    // Nothing of the English catalogue in the dialog: its texts, labels and the citations themselves.
    const shown = await dialog(page).evaluate((d) => [
      ...(d as HTMLElement).innerText.split("\n"),
      ...[...d.querySelectorAll("[aria-label], [title]")].flatMap((el) => [el.getAttribute("aria-label") ?? "", el.getAttribute("title") ?? ""]),
      ...[...d.querySelectorAll("textarea")].flatMap((el) => el.value.split("\n")),
    ]);
    const english = englishUiStrings();
    const found = shown.map((line) => line.trim()).filter((line) => line && english.some((s) => s.pattern.test(line)));
    expect(found).toEqual([]);
    await shoot(page, "dependence-ja");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("the peers card cites in Japanese too", async ({ page, context }) => {
    await grant(context);
    const version = await dataVersion(page);
    await openOverview(page, `/ja${QUERY}`);
    const card = peersCard(page);
    await expect(card.getByTestId("peer-bar")).toHaveCount(8);
    const button = await openCite(card);
    const day = await today(page);
    const url = permalink(page, version);
    const title = "輸入に占める中国の割合：日本と主要国の比較（永久磁石、2024年）";
    expect(await copyAndReadBack(page, "chicago", "コピーしました")).toBe(`REE Monitor（${day.year}）「${title}」データ第${version}版。${day.ja}閲覧。${url}`);
    expect(await text(page, "bibtex").inputValue()).toContain(`  note = {データ第${version}版},`);
    await shoot(page, "peers-ja");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});
