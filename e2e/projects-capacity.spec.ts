import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The projects page counts capacity by the overview's one measure (lib/analysis/capacity):
// operating and under-construction capacity of projects with Japanese participation, each plant
// once, an expansion as its increment, output and offtake never added, the pipeline apart.
// Every expected figure is worked out by hand from db/seed/projects.csv (35 listed projects):
//   committed output  17 Shin-Etsu refinery 1,000 + 18 magnet plant 2,000 + 19 its expansion
//                     2,200 − 2,000 = 200 + 21 Toyotsu India 4,000 = 7,200 t/yr (4 projects)
//   committed offtake 4 Sojitz–Lynas 9,000 + 7 JARE–Lynas 7,200 = 16,200 t/yr
//   pipeline          27 SARECO (testing) 1,500 output; 23 Pensana MOU (planned) 20,000 offtake
//   not counted (6)   12 Seadrift and 26 the Korean offtake (no Japanese participant), 13 Dong Pao
//                     (cancelled) and 29 Hitachi–Molycorp (stalled), 28 (status unknown),
//                     45 Mitsubishi (a one-off purchase)
//   counted, 29:      23 output (18 without a stated capacity), 6 offtake (3 without)

const card = (page: Page) => page.getByTestId("capacity-chart-card");

test.describe("projects: capacity by the one measure", () => {
  test("the summary line gives the page's totals by the measure and follows the filters", async ({ page }) => {
    await page.goto("/projects");
    const summary = page.getByTestId("capacity-summary");
    await expect(summary.getByTestId("committed-output")).toHaveText("7,200 t/yr");
    await expect(summary.getByTestId("committed-offtake")).toHaveText("16,200 t/yr");
    await expect(summary.getByTestId("pipeline")).toHaveText("1,500 t/yr output, 20,000 t/yr offtake");
    await expect(summary).toContainText("29 of 35 projects counted, 6 left out");
    // Viet Nam: the refinery and the magnet plant once (its expansion as the 200 t increment); Dong Pao was cancelled.
    await page.getByTestId("country-filter").selectOption("VNM");
    await expect(summary.getByTestId("committed-output")).toHaveText("3,200 t/yr");
    await expect(summary.getByTestId("committed-offtake")).toHaveText("none");
    await expect(summary.getByTestId("pipeline")).toHaveText("none");
    await expect(summary).toContainText("3 of 4 projects counted, 1 left out");
  });

  test("the host breakdown reads Viet Nam 3,200 t/yr committed output, not 12,200, with what is left out apart", async ({ page }) => {
    await page.goto("/projects");
    const vietnam = page.locator('[data-testid="country-breakdown"] tr[data-country="VNM"]');
    await expect(vietnam.getByTestId("host-committed")).toHaveText("3,200 t output");
    await expect(vietnam.getByTestId("host-pipeline")).toHaveText("none");
    await expect(vietnam.getByTestId("host-projects")).toContainText("1 not counted (7,000 t stated)");
    await expect(vietnam).not.toContainText("12,200");
    const angola = page.locator('[data-testid="country-breakdown"] tr[data-country="AGO"]');
    await expect(angola.getByTestId("host-committed")).toHaveText("none");
    await expect(angola.getByTestId("host-pipeline")).toHaveText("20,000 t offtake");
    const australia = page.locator('[data-testid="country-breakdown"] tr[data-country="AUS"]');
    // Sojitz–Lynas 9,000 and JARE–Lynas 7,200; four other operating Australian records state no figure.
    await expect(australia.getByTestId("host-committed")).toHaveText("16,200 t offtake4 not stated");
  });

  test("the chart draws what the measure counts, one measure at a time, and says what it leaves out", async ({ page }) => {
    await page.goto("/projects");
    const c = card(page);
    await expect(c).toContainText("7,200 t/yr committed from 4 projects and 1,500 t/yr pipeline from 1 project");
    await expect(c).toContainText("Not drawn: 30 of 35 records (6 not counted: 2 with no Japanese participant, 2 cancelled or stalled, 1 one-off purchase, 1 status unknown; 6 offtake; 18 with no stated capacity; 0 with no start year)");
    await expect(c.getByLabel("Legend")).toHaveText(/^Refining.*Magnet manufacturing.*Pipeline/);
    // Four segments: 2012 SARECO (pipeline), 2013 the two refineries (one refining segment), 2015 the magnet plant, 2018 its expansion.
    await expect(c.locator(".recharts-bar-rectangle")).toHaveCount(4);

    await c.getByTestId("measure-offtake").click();
    await expect(page).toHaveURL(/measure=offtake/);
    await expect(c).toContainText("16,200 t/yr committed from 2 projects and 20,000 t/yr pipeline from 1 project");
    await expect(c).toContainText("Not drawn: 32 of 35 records (6 not counted");
    await expect(c).toContainText("23 output; 3 with no stated capacity; 0 with no start year)");

    await c.getByTestId("measure-output").click();
    await c.getByTestId("stack-status").click();
    await expect(c.getByLabel("Legend")).toHaveText(/^Operating.*Testing \(pipeline\)$/);
  });

  test("a filtered chart counts an expansion as its increment: Viet Nam's magnet plants draw 2,200 t/yr, not 4,200", async ({ page }) => {
    await page.goto("/projects?type=magnet_manufacturing&country=VNM");
    await expect(page.getByTestId("project-row")).toHaveCount(2);
    await expect(card(page)).toContainText("2,200 t/yr committed from 2 projects.");
    await expect(card(page)).toContainText("Not drawn: 0 of 2 records");
    // From 2016 the plant itself is filtered out; its expansion still adds only 200 t.
    await page.goto("/projects?type=magnet_manufacturing&country=VNM&from=2016");
    await expect(card(page)).toContainText("200 t/yr committed from 1 project.");
  });

  test("the CSV lists exactly the drawn values with their kind, stage and source", async ({ page }) => {
    await page.goto("/projects");
    await expect(card(page).locator(".recharts-bar-rectangle").first()).toBeVisible();
    const [dl] = await Promise.all([page.waitForEvent("download"), card(page).getByTestId("export-csv").click()]);
    expect(dl.suggestedFilename()).toMatch(/^capacity-output-by-type/);
    const { readFile } = await import("node:fs/promises");
    const text = (await readFile(await dl.path())).toString("utf8").replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.startYear, r.id, r.kind, r.stage, r.tonnesPerYear, r.statedTonnesPerYear, r.expansionOf, r.sourceId])).toEqual([
      ["2012", "27", "output", "pipeline", "1500", "1500", "", "117"],
      ["2013", "17", "output", "committed", "1000", "1000", "", "111"],
      ["2013", "21", "output", "committed", "4000", "4000", "", "114"],
      ["2015", "18", "output", "committed", "2000", "2000", "", "112"],
      ["2018", "19", "output", "committed", "200", "2200", "18", "113"],
    ]);
  });

  test("each row says what its tonnes measure and whether they count", async ({ page }) => {
    await page.goto("/projects");
    const counted = (id: number) => page.locator(`[data-testid="project-row"][data-project-id="${id}"] [data-col="counted"]`);
    await expect(counted(17)).toHaveText("Committed output");
    await expect(counted(19)).toHaveText("Committed output: +200 t over #18");
    await expect(counted(4)).toHaveText("Committed offtake");
    await expect(counted(23)).toHaveText("Pipeline offtake");
    await expect(counted(26)).toHaveText("Not counted: no Japanese participant");
    await expect(counted(13)).toHaveText("Not counted: cancelled or stalled");
    await expect(counted(45)).toHaveText("Not counted: one-off purchase");
    await expect(counted(28)).toHaveText("Not counted: status unknown");
  });
});
