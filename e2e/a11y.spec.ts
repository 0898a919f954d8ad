import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AXE_TAGS, axeScan, describeIssues, failing } from "./support/axe";

// The accessibility sweep: axe-core (@axe-core/playwright) over every page type and the main states,
// in English and Japanese. Rules: WCAG 2.0, 2.1 and 2.2 level A and AA, and axe's best practices
// (AXE_TAGS). A violation of impact serious or critical fails the test, listed with its rule, impact
// and targets; moderate and minor ones are attached to the report. One page load per state.
// What the sweep covers is stated on /accessibility (components/accessibility/): keep the two together.

const TOKEN = "e2e-admin-token-0123456789";
const LANGS = [
  { lang: "en", prefix: "" },
  { lang: "ja", prefix: "/ja" },
] as const;

/**
 * Scans the page as it is now, or only `include` (a panel or dialog just opened on a page scanned
 * whole a moment before); a serious or critical violation is a (soft) failure naming `state`.
 */
async function sweep(page: Page, state: string, include?: string) {
  const issues = await axeScan(page, { include });
  const milder = issues.filter((i) => !failing([i]).length);
  if (milder.length) test.info().annotations.push({ type: "axe (moderate/minor)", description: `${state}\n${describeIssues(milder)}` });
  expect.soft(describeIssues(failing(issues)), `serious or critical axe violations on ${state}`).toBe("");
}

/** The page has drawn what it shows: its heading, and nothing still loading. */
async function settled(page: Page) {
  await expect(page.locator("h1").first()).toBeAttached();
  await expect(page.locator('[data-loading="true"], [aria-busy="true"]')).toHaveCount(0);
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
  await sweep(page, url);
}

test.describe("axe sweep", () => {
  // A whole-page scan of the overview takes 1–5 s on an idle machine, and up to 20 s on two cores
  // shared with other builds.
  test.describe.configure({ timeout: 90_000 });

  test("the sweep's rule set is WCAG 2.x A/AA and best practices", () => {
    expect(AXE_TAGS).toEqual(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
  });

  for (const { lang, prefix } of LANGS) {
    for (const p of ["/materials", "/incidents", "/projects", "/sources", "/changes", "/accessibility", "/incidents/3", "/projects/18",
      // An event recorded by two sources: its text links the other record ("also recorded as #2").
      "/incidents/1"]) {
      test(`${lang}: ${p}`, async ({ page }) => {
        await visit(page, `${prefix}${p}`);
      });
    }

    test(`${lang}: the 404 page`, async ({ page, pageErrors }) => {
      await visit(page, `${prefix}/no-such-page`);
      // The page's own 404 status is the one console error the browser reports.
      pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !e.includes("status of 404")));
    });

    test(`${lang}: a source selected, with every cited row open`, async ({ page }) => {
      await page.goto(`${prefix}/sources?id=4&material=rare-earths`);
      await settled(page);
      await page.locator("[data-testid=source-entry] details").evaluateAll((els) => els.forEach((d) => d.setAttribute("open", "")));
      await sweep(page, `${prefix}/sources?id=4 with its cited rows open`);
    });

    test(`${lang}: the charts for embedding`, async ({ page }) => {
      for (const chart of ["dependence", "peers?material=permanent-magnets", "monthly?material=rare-earths", "materials"]) {
        await page.goto(`${prefix}/embed/${chart}`);
        await expect(page.getByTestId("embed")).toBeVisible();
        await expect(page.locator('[data-loading="true"]')).toHaveCount(0);
        await sweep(page, `${prefix}/embed/${chart}`);
      }
    });

    test(`${lang}: the overview: filters by URL and by the filter bar, value view, print layout`, async ({ page, overview }) => {
      const filtered = `${prefix}/?material=rare-earths&compare=graphite&view=value&from=2008&to=2024&category=export_control`;
      await page.goto(filtered);
      await overview.waitForChart();
      await sweep(page, `${filtered} (filters and value view by URL)`);

      await page.goto(prefix || "/");
      await overview.waitForChart();
      await overview.materialSelect.selectOption("permanent-magnets");
      await overview.yearFrom.selectOption("2012");
      await expect(page).toHaveURL(/material=permanent-magnets.*from=2012|from=2012.*material=permanent-magnets/);
      await overview.waitForChart();
      await sweep(page, `${prefix || "/"} with filters applied by the filter bar`);

      // The print briefing as printed (its screen rendering is part of the scans above).
      await page.emulateMedia({ media: "print" });
      await sweep(page, `${prefix || "/"} print briefing (print layout)`, "[data-testid=print-briefing]");
    });

    test(`${lang}: the overview: panels and disclosures open`, async ({ page, overview }) => {
      await page.goto(prefix || "/");
      await overview.waitForChart();
      await sweep(page, `${prefix || "/"} (default view)`);

      await overview.markers.first().focus();
      await page.keyboard.press("Enter");
      await expect(overview.eventDetail).toBeVisible();
      await sweep(page, "event detail open", "[data-testid=event-detail]");
      await page.keyboard.press("Escape");
      await overview.headlinePoints.first().focus();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("point-detail")).toBeVisible();
      await sweep(page, "point detail open", "[data-testid=point-detail]");
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("point-detail")).toHaveCount(0);

      // Every disclosure open: the chart's data table, the events key and the analysis cards' tables.
      await page.locator("main details").evaluateAll((els) => els.forEach((d) => d.setAttribute("open", "")));
      await sweep(page, "disclosures open", "main details");
    });

    test(`${lang}: the overview: dialogs open`, async ({ page, overview }) => {
      await page.goto(prefix || "/");
      await overview.waitForChart();
      const card = page.getByTestId("chart-card").filter({ has: overview.chart });
      await card.getByTestId("cite-button").click();
      await expect(page.getByTestId("cite-dialog")).toBeVisible();
      await sweep(page, "cite dialog open", "[data-testid=cite-dialog]");
      await page.getByTestId("cite-close").click();
      await expect(page.getByTestId("cite-dialog")).toHaveCount(0);
      await card.getByTestId("export-embed").click();
      await expect(card.getByTestId("embed-dialog")).toBeVisible();
      await sweep(page, "embed dialog open", "[data-testid=embed-dialog]");
      await page.keyboard.press("Escape");
      await page.getByTestId("export-deck-size").focus();
      await sweep(page, "deck size menu focused", "[data-testid=export-deck-size]");
    });

    test(`${lang}: the data page signed out and signed in`, async ({ page }) => {
      await page.goto(`${prefix}/data`);
      await expect(page.getByTestId("admin-token")).toBeVisible();
      await sweep(page, `${prefix}/data signed out`);
      await page.getByTestId("admin-token").fill(TOKEN);
      await page.getByTestId("sign-in").click();
      await page.getByTestId("import-kind").selectOption("comtrade");
      await page.getByTestId("import-file").setInputFiles(path.join(process.cwd(), "test", "fixtures", "imports", "synthetic-comtrade-legacy-22.csv"));
      await page.getByTestId("import-preview").click();
      await expect(page.getByTestId("import-dry-run")).toBeVisible();
      await sweep(page, `${prefix}/data signed in, with a dry run`);
    });

    for (const p of ["/", "/projects", "/sources"]) {
      test(`${lang}: ${p} on a 390 px phone`, async ({ page, overview }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        if (p === "/") {
          await page.goto(prefix || "/");
          await overview.waitForChart();
          await sweep(page, `${prefix || "/"} at 390 px`);
        } else await visit(page, `${prefix}${p}`);
      });
    }
  }
});

test.describe("the accessibility statement (/accessibility)", () => {
  test("English: reached from the footer; states the target, the tests, the limits and how to report", async ({ page }) => {
    await page.goto("/sources");
    await page.getByTestId("footer-accessibility").click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page).toHaveTitle(/Accessibility/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility");
    const headings = page.getByRole("heading", { level: 2 });
    await expect(headings).toHaveText(["Conformance level aimed at", "Scope", "Tested automatically", "Tested with the keyboard", "Checked by hand", "Known limits", "Reporting a problem"]);
    await expect(page.getByTestId("a11y-target")).toContainText("level AA of the Web Content Accessibility Guidelines (WCAG) 2.2");
    await expect(page.getByTestId("a11y-target")).toContainText("JIS X 8341-3:2016");
    await expect(page.getByTestId("a11y-target")).toContainText("not a claim of conformance");
    await expect(page.getByTestId("a11y-automated")).toContainText("WCAG 2.0, 2.1 and 2.2 levels A and AA");
    await expect(page.getByTestId("a11y-pages").locator("li")).toHaveCount(10);
    await expect(page.getByTestId("a11y-states").locator("li")).toHaveCount(6);
    await expect(page.getByTestId("a11y-limits-list")).toContainText("Charts are SVG drawings");
    await expect(page.getByTestId("statement-date")).toHaveText("Statement of 2 Dec 2026. It is revised when the tests or the known limits change.");
  });

  test("Japanese: ウェブアクセシビリティ方針, reached from the footer, with the ministries' headings", async ({ page }) => {
    await page.goto("/ja/projects");
    await page.getByTestId("footer-accessibility").click();
    await expect(page).toHaveURL(/\/ja\/accessibility$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ウェブアクセシビリティ方針");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["目標とする適合レベル", "対象範囲", "自動試験", "キーボード操作の試験", "目視による確認", "既知の制約", "問題の報告"]);
    await expect(page.getByTestId("a11y-target")).toContainText("JIS X 8341-3:2016");
    await expect(page.getByTestId("a11y-target")).toContainText("適合（準拠）を表明するものではありません");
    await expect(page.getByTestId("a11y-limits-list")).toContainText("グラフはSVGによる描画です");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });
});
