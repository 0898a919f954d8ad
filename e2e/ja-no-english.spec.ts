import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { englishUiStrings } from "./support/english-catalogue";
import { revealOnDemand } from "./pages/overview-page";

// Every /ja page, in its main states, shows no string of the English catalogue: not in its text
// (HTML or SVG), not in a title, aria-label, placeholder or alt. Text a page shows in English on
// purpose is marked lang="en" (source titles, proper names, an untranslated row's English text with
// its 英語 marker) and is left out.
const ENGLISH = englishUiStrings();

/** The page's texts and attribute values outside lang="en" elements, whitespace-normalised. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const english = (el: Element | null) => !!el?.closest('[lang]:not([lang="ja"]):not(html)');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("script, style, noscript") || english(parent)) continue;
      const text = (n.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) out.add(text);
    }
    for (const el of document.querySelectorAll("[title], [aria-label], [placeholder], [alt], [aria-description]")) {
      if (english(el)) continue;
      for (const a of ["title", "aria-label", "placeholder", "alt", "aria-description"]) {
        const v = el.getAttribute(a)?.replace(/\s+/g, " ").trim();
        if (v) out.add(v);
      }
    }
    out.add(document.title);
    return [...out];
  });
}

function englishIn(texts: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) for (const s of ENGLISH) if (s.pattern.test(text)) found.push(`${s.key}: "${text}"`);
  return found;
}

const PAGES = [
  "/ja",
  "/ja?material=permanent-magnets&from=2010",
  "/ja?material=rare-earths&compare=graphite&view=value",
  "/ja/materials",
  "/ja/incidents",
  "/ja/incidents/3",
  "/ja/projects",
  "/ja/projects/1",
  "/ja/sources",
  "/ja/data",
  "/ja/accessibility",
];

test.describe("no English UI string on a Japanese page", () => {
  test("the catalogue gives the test something to find", () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(ENGLISH.some((s) => s.pattern.test("Overview"))).toBe(true);
  });

  for (const path of PAGES) {
    test(path, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      await page.waitForLoadState("networkidle");
      // The overview's cards below the first screen too.
      await revealOnDemand(page);
      expect(englishIn(await pageTexts(page))).toEqual([]);
    });
  }

  test("the 404 page", async ({ page, pageErrors }) => {
    const res = await page.goto("/ja/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(englishIn(await pageTexts(page))).toEqual([]);
    // The browser logs the 404 document as a failed load: expected here, and nothing else.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/404/.test(e)));
  });

  test("an event panel opened on the chart", async ({ page }) => {
    await page.goto("/ja?material=rare-earths&from=2008");
    await page.getByTestId("event-marker").first().click();
    await expect(page.getByTestId("event-detail")).toBeVisible();
    expect(englishIn(await pageTexts(page))).toEqual([]);
  });
});
