import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { DependenceResponse } from "@/lib/types";
import { convertToPdf, pdfPages, pdfText, pdfToPngs, readPptx, type ChartXml } from "./support/office";
import { inkShare } from "./support/png";
import { revealOnDemand } from "./pages/overview-page";

// The PowerPoint exports as a user gets them: the downloaded .pptx read as a package (slides,
// chart XML against the API, notes), then opened by a real client, LibreOffice Impress, converted
// to PDF and rendered to PNG (page count, title text, ink where the chart image sits).

const OUT = "test-results/pptx";
const dependenceCard = (page: Page) => page.getByTestId("chart-card").filter({ has: page.getByTestId("dependence-chart") });
const peersCard = (page: Page) => page.getByTestId("peers-chart");

type File = { name: string; body: Buffer };

async function download(page: Page, button: Locator): Promise<File> {
  const [dl] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: dl.suggestedFilename(), body: await readFile((await dl.path())!) };
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

async function dataVersion(page: Page): Promise<number> {
  return ((await (await page.request.get("/api/health")).json()) as { dataVersion: number }).dataVersion;
}

/** China's headline share per year of the range, as the API gives it; a year without one is null. */
async function headlineShares(page: Page, material: string, from: number, to: number): Promise<(number | null)[]> {
  const res = await page.request.get(`/api/v1/dependence?material=${material}&from=${from}&to=${to}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as DependenceResponse;
  const byYear = new Map(body.points.filter((p) => p.headline).map((p) => [p.year, p.sharePct]));
  return Array.from({ length: to - from + 1 }, (_, i) => byYear.get(from + i) ?? null);
}

async function peerShares(page: Page, material: string): Promise<Map<string, number>> {
  const body = (await (await page.request.get(`/api/v1/peers?material=${material}`)).json()) as { rows: { importer: string; chinaSharePct: number }[] };
  return new Map(body.rows.map((r) => [r.importer, r.chinaSharePct]));
}

function expectDependenceLine(chart: ChartXml, from: number, to: number, expected: (number | null)[]) {
  expect(chart.type).toBe("lineChart");
  const china = chart.series[0];
  expect(china.categories).toEqual(Array.from({ length: to - from + 1 }, (_, i) => String(from + i)));
  expect(china.values).toEqual(expected);
}

// The chart image sits left under the title (56% of the inner width); the native chart and the
// events table to its right. Fractions of the slide, the same for 16:9 and A4.
const IMAGE_REGION = { x0: 0.05, y0: 0.25, x1: 0.5, y1: 0.6 };
const NATIVE_REGION = { x0: 0.62, y0: 0.25, x1: 0.95, y1: 0.55 };

test.describe("PowerPoint export", () => {
  test.setTimeout(240_000);

  test("chart slides and briefing decks, in English and Japanese, 16:9 and A4, open in LibreOffice with their titles, charts and values", async ({ page }) => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    const version = await dataVersion(page);
    expect(version).toBeGreaterThan(0);

    // 1. The dependence card of rare earths, 2008–2014: one slide, a native line with the API's values.
    await openOverview(page, "/?material=rare-earths&from=2008&to=2014");
    const dependenceSlide = await download(page, dependenceCard(page).getByTestId("export-pptx"));
    expect(dependenceSlide.name).toBe("dependence-rare-earths-2008-2014.pptx");
    const dep = await readPptx(dependenceSlide.body);
    expect(dep.slideCount).toBe(1);
    expect(dep.size).toEqual({ cx: 12191695, cy: 6858000 });
    const rareEarths = await headlineShares(page, "rare-earths", 2008, 2014);
    expect(rareEarths[2]).toBe(81.61); // 2010
    expectDependenceLine(dep.charts[0], 2008, 2014, rareEarths);
    const title = (await dependenceCard(page).locator("h2").first().textContent())!.trim();
    expect(dep.slideTexts[0]).toContain(title);
    expect(dep.slideTexts[0]).toContain(`data version ${version}`);
    // The CSV's row of the 2010 headline share, with its source, one line of the notes.
    expect(dep.notes[0].split("\n").find((l) => l.startsWith("rare-earths\tCHN\t2010\tannual\t") && l.includes("\t81.61\t"))).toBeTruthy();
    expect(dep.notes[0]).toContain(`v=${version}`);
    expect(dep.fonts).toEqual(new Set(["Arial"]));

    // 2. The peers card of permanent magnets: horizontal bars, each importer's value as the API's.
    await openOverview(page, "/?material=permanent-magnets");
    await expect(peersCard(page).getByTestId("peer-bar")).toHaveCount(8);
    const peersSlide = await download(page, peersCard(page).getByTestId("export-pptx"));
    expect(peersSlide.name).toBe("peers-permanent-magnets-2024.pptx");
    const peers = await readPptx(peersSlide.body);
    expect(peers.slideCount).toBe(1);
    expect(peers.charts[0].type).toBe("barChart");
    const api = await peerShares(page, "permanent-magnets");
    const bars = peers.charts[0].series[0];
    expect(bars.categories).toHaveLength(8);
    expect(bars.values[bars.categories.indexOf("Japan")]).toBe(api.get("JPN"));
    expect(bars.values[bars.categories.indexOf("Japan")]).toBe(27.58);
    expect(bars.values[bars.categories.indexOf("South Korea")]).toBe(87.44);
    expect(peers.notes[0]).toContain("JPN");

    // 3. The briefing deck, 16:9, English: five slides, the dependence line and the peers bars native.
    const magnets = await headlineShares(page, "permanent-magnets", 2008, 2026);
    expect(magnets[2015 - 2008]).toBe(31.94);
    const deckEn = await download(page, page.getByTestId("export-deck"));
    expect(deckEn.name).toBe("briefing-permanent-magnets-2008-2026.pptx");
    const en = await readPptx(deckEn.body);
    expect(en.slideCount).toBe(5);
    expect(en.slideTexts[0]).toContain("China's share of Japan's imports: Permanent magnets");
    expect(en.slideTexts[0]).toContain((await page.getByTestId("figure-latest").locator("p").nth(1).textContent())!);
    expect(en.slideTexts[2]).toContain("Escalation events");
    expect(en.slideTexts[4]).toContain("Sources");
    expectDependenceLine(en.charts[0], 2008, 2026, magnets);
    expect(en.charts[1].series[0].values[en.charts[1].series[0].categories.indexOf("Japan")]).toBe(27.58);

    // 4. The same deck on /ja in A4 landscape: Japanese texts, a Japanese face, A4's size.
    await openOverview(page, "/ja?material=permanent-magnets");
    await expect(peersCard(page).getByTestId("peer-bar")).toHaveCount(8);
    await page.getByTestId("export-deck-size").selectOption("a4");
    const deckJa = await download(page, page.getByTestId("export-deck"));
    expect(deckJa.name).toBe("briefing-permanent-magnets-2008-2026-a4.pptx");
    const ja = await readPptx(deckJa.body);
    expect(ja.slideCount).toBe(5);
    expect(ja.size).toEqual({ cx: Math.round(11.693 * 914400), cy: Math.round(8.268 * 914400) });
    expect(ja.slideTexts[0]).toContain("日本の輸入に占める中国の割合（対中輸入依存度）：永久磁石");
    expect(ja.slideTexts[2]).toContain("緊張激化の事案");
    expect(ja.slideTexts[1]).toContain(`データ第${version}版`);
    expect(ja.fonts).toEqual(new Set(["Yu Gothic"]));
    expect(ja.charts[1].series[0].categories).toContain("日本");
    expectDependenceLine(ja.charts[0], 2008, 2026, magnets);

    // 5. LibreOffice opens all four (one start), one PDF page per slide, the titles as text,
    //    ink where the chart image and the native chart sit.
    const pdfs = await convertToPdf([dependenceSlide, peersSlide, deckEn, { ...deckJa, name: "briefing-ja-a4.pptx" }], OUT);
    const expected = [
      { pages: 1, title: title, aspect: 16 / 9, chartPages: [0] },
      { pages: 1, title: "China's share of imports: Japan and its peers", aspect: 16 / 9, chartPages: [0] },
      { pages: 5, title: "China's share of Japan's imports: Permanent magnets", aspect: 16 / 9, chartPages: [1, 3] },
      { pages: 5, title: "日本の輸入に占める中国の割合", aspect: 297 / 210, chartPages: [1, 3] },
    ];
    for (const [i, pdf] of pdfs.entries()) {
      const want = expected[i];
      const info = await pdfPages(pdf);
      expect(info.pages, pdf).toBe(want.pages);
      expect(info.width / info.height).toBeCloseTo(want.aspect, 2);
      const text = (await pdfText(pdf)).replace(/\s+/g, " ");
      expect(text.replace(/ /g, "")).toContain(want.title.replace(/\s+/g, ""));
      const pngs = await pdfToPngs(pdf, OUT);
      expect(pngs).toHaveLength(want.pages);
      for (const p of want.chartPages) {
        expect(await inkShare(page, pngs[p].body, IMAGE_REGION), `${pngs[p].path}: chart image`).toBeGreaterThan(0.03);
        expect(await inkShare(page, pngs[p].body, NATIVE_REGION), `${pngs[p].path}: native chart`).toBeGreaterThan(0.02);
      }
    }
    expect((await pdfText(pdfs[3])).replace(/\s+/g, "")).toContain("緊張激化の事案");
  });

  test("incidents per year export as native stacked bars whose counts are the card's CSV rows", async ({ page }) => {
    await page.goto("/incidents?from=2010&to=2012");
    const card = page.getByTestId("chart-card").filter({ has: page.getByTestId("incidents-chart") });
    await expect(page.getByTestId("incidents-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    const csv = (await download(page, card.getByTestId("export-csv"))).body.toString("utf8").replace(/^\uFEFF/, "");
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const dateColumn = header.split(",").indexOf("date");
    expect(dateColumn).toBeGreaterThanOrEqual(0);
    const perYear = new Map<string, number>();
    for (const line of lines) {
      // id and date lead the row, unquoted: the date is the second field.
      const year = line.split(",")[dateColumn].slice(0, 4);
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    const slide = await readPptx((await download(page, card.getByTestId("export-pptx"))).body);
    expect(slide.slideCount).toBe(1);
    const chart = slide.charts[0];
    expect(chart.type).toBe("barChart");
    expect(chart.series[0].categories).toEqual(["2010", "2011", "2012"]);
    const sums = chart.series[0].categories.map((_, i) => chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
    expect(sums).toEqual(["2010", "2011", "2012"].map((y) => perYear.get(y) ?? 0));
    expect(sums.reduce((a, b) => a + b, 0)).toBe(lines.length);
  });

  test("the deck button sits beside the print briefing, in both languages and on a phone", async ({ page }) => {
    for (const [path, lang] of [
      ["/?material=permanent-magnets", "en"],
      ["/ja?material=permanent-magnets", "ja"],
    ] as const) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await openOverview(page, path);
        const deck = page.getByTestId("export-deck");
        await expect(deck).toHaveText(lang === "ja" ? "ブリーフィング資料（PPTX）" : "Briefing deck (PPTX)");
        await expect(page.getByTestId("export-deck-size").locator("option")).toHaveText(lang === "ja" ? ["16:9", "A4横"] : ["16:9", "A4 landscape"]);
        await expect(dependenceCard(page).getByTestId("export-pptx")).toHaveText("PowerPoint");
        await deck.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `overview-${lang}-${width}.png`) });
      }
    }
  });
});
