import { expect, test } from "./fixtures";
import type { IncidentJson } from "./support/api";
import { axeViolations } from "./support/axe";

// The incidents, projects and sources views: filters in the URL, counts that match the API.

test.describe("incidents view", () => {
  test("severity and category filters narrow the timeline to exactly the API's records, in the URL", async ({ page, request }) => {
    await page.goto("/incidents");
    await page.getByTestId("severity-filter").selectOption("4");
    await expect(page).toHaveURL(/severity=4/);
    const api = (await (await request.get("/api/v1/incidents?severity=4")).json()) as { data: IncidentJson[] & { duplicateOf: number | null }[] };
    const primary = api.data.filter((i) => (i as { duplicateOf: number | null }).duplicateOf === null);
    await expect(page.getByTestId("incident-item")).toHaveCount(primary.length);
    const severities = await page.getByTestId("incident-item").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-severity"))));
    expect(Math.min(...severities)).toBeGreaterThanOrEqual(4);

    await page.getByTestId("category-filter").getByRole("button", { name: "Military", exact: true }).click();
    await expect(page).toHaveURL(/category=military/);
    const military = primary.filter((i) => i.category === "military");
    await expect(page.getByTestId("incident-item")).toHaveCount(military.length);
    await expect(page.getByTestId("incident-item").first()).toHaveAttribute("data-category", "military");

    await page.goBack();
    await expect(page.getByTestId("incident-item")).toHaveCount(primary.length);
  });

  test("second records of one event are folded into the first", async ({ page }) => {
    await page.goto("/incidents?from=2010&to=2010");
    await expect(page.locator('[data-testid="incident-item"][data-incident-id="2"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="incident-item"][data-incident-id="1"]')).toContainText("also recorded as #2");
  });

  test("an invalid severity is named in the notice and ignored", async ({ page }) => {
    await page.goto("/incidents?severity=９");
    await expect(page.getByTestId("filter-notice")).toContainText("severity");
    await expect(page.getByTestId("severity-filter")).toHaveValue("1");
  });
});

test.describe("projects view", () => {
  test("sorts by capacity with unknowns last, and filters by type and host in the URL", async ({ page }) => {
    await page.goto("/projects");
    const rows = page.getByTestId("project-row");
    await expect(rows).toHaveCount(35);
    // Capacity sorts largest first at the first click; a second click turns it round.
    await page.getByTestId("sort-capacity").click();
    await expect(page).toHaveURL(/sort=capacity&dir=desc|dir=desc&sort=capacity/);
    await expect(page.getByTestId("sort-capacity").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");
    const capacities = await rows.evaluateAll((els) => els.map((e) => e.querySelector('[data-col="capacity"]')!.textContent!.trim()));
    expect(capacities[0]).toBe("20,000 t");
    const firstUnknown = capacities.indexOf("unknown");
    expect(capacities.slice(firstUnknown).every((c) => c === "unknown")).toBe(true);

    await page.getByTestId("type-filter").getByRole("button", { name: "Magnet manufacturing" }).click();
    await expect(page).toHaveURL(/type=magnet_manufacturing/);
    await expect(rows).toHaveCount(3);
    await page.getByTestId("country-filter").selectOption("VNM");
    await expect(rows).toHaveCount(2);
    // The magnet plant (2,000) and its expansion to 2,200 counted once: 2,000 + 200, not 4,200.
    await expect(page.getByTestId("capacity-chart-card")).toContainText("2,200 t/yr committed from 2 projects");
  });

  test("the capacity chart stacks by type or by status, and never draws unknowns as zero", async ({ page }) => {
    await page.goto("/projects");
    const card = page.getByTestId("capacity-chart-card");
    // By the one measure (see projects-capacity.spec.ts for the sums): output 17, 18, 19 (+200), 21 committed, 27 pipeline.
    await expect(card).toContainText("7,200 t/yr committed from 4 projects and 1,500 t/yr pipeline from 1 project");
    await expect(card).toContainText("18 with no stated capacity; 0 with no start year");
    await page.getByTestId("stack-status").click();
    await expect(page).toHaveURL(/stack=status/);
    await expect(page.getByTestId("stack-status")).toHaveAttribute("aria-pressed", "true");
    // The drawn projects' statuses, the pipeline's named as such; cancelled and unknown-status records are not counted.
    await expect(card.getByLabel("Legend")).toHaveText(/^Operating.*Testing \(pipeline\)$/);
  });

  test("invalid project filters are named in a notice", async ({ page }) => {
    await page.goto("/projects?type=volcano&sort=%3Cscript%3E");
    await expect(page.getByTestId("filter-notice")).toContainText("type=“volcano”");
    await expect(page.getByTestId("filter-notice")).toContainText("sort=");
    await expect(page.getByTestId("project-row")).toHaveCount(35);
  });

  test("a host no project has is named in the notice and shown in the Host select, not read as All", async ({ page }) => {
    await page.goto("/projects?country=ZZZ");
    await expect(page.getByTestId("project-row")).toHaveCount(0);
    await expect(page.getByTestId("country-notice")).toHaveText("country=ZZZ: no project is hosted there, so none is listed. Choose a host from the list, or All.");
    const host = page.getByTestId("country-filter");
    await expect(host).toHaveValue("ZZZ");
    await expect(host.locator("option:checked")).toHaveText("ZZZ (no projects)");
    await host.selectOption("");
    await expect(page.getByTestId("project-row")).toHaveCount(35);
    await expect(page.getByTestId("country-notice")).toHaveCount(0);
  });

  test("investment, like capacity, sorts largest first at the first click", async ({ page }) => {
    await page.goto("/projects");
    await page.getByTestId("sort-investment").click();
    await expect(page).toHaveURL(/dir=desc/);
    // The largest stated investments: US$258m (Seadrift), then the three US$250m records.
    await expect(page.getByTestId("project-row").first()).toHaveAttribute("data-project-id", "12");
    await page.getByTestId("sort-start").click();
    await expect(page).not.toHaveURL(/dir=desc/);
  });
});

test.describe("sources view", () => {
  test("filters by kind and material, and counts what it shows", async ({ page }) => {
    await page.goto("/sources?kind=official_statement&material=rare-earths");
    const entries = page.getByTestId("source-entry");
    const n = await entries.count();
    expect(n).toBeGreaterThan(0);
    // 131 seeded sources, more once an import has added its dataset.
    await expect(page.getByTestId("source-count")).toHaveText(new RegExp(`^${n} of 1[3-9]\\d sources$`));
    for (const text of await entries.allTextContents()) expect(text).toContain("Official statement");
    await page.goto("/sources?kind=%27%20OR%201%3D1");
    await expect(page.getByTestId("filter-notice")).toContainText("kind");
    const all = await page.getByTestId("source-entry").count();
    expect(all).toBeGreaterThanOrEqual(131);
    await expect(page.getByTestId("source-count")).toHaveText(`${all} of ${all} sources`);
  });

  test("links inside text are underlined, so they are told apart without colour (axe link-in-text-block)", async ({ page }) => {
    for (const url of ["/sources", "/sources?id=4", "/sources?id=110"]) {
      await page.goto(url);
      // Every entry's cited rows open, so the links inside them are checked too.
      await page.locator("[data-testid=source-entry] details").evaluateAll((els) => els.forEach((d) => d.setAttribute("open", "")));
      expect(await axeViolations(page, ["link-in-text-block"]), url).toEqual([]);
    }
    const link = page.getByTestId("disagreement").first().getByRole("link").first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");
  });
});

test.describe("incidents across all materials", () => {
  test("export controls since 2023, severity ≥ 4, all materials: the December 2024 gallium/germanium/antimony ban is there", async ({ page, request }) => {
    const api = (await (await request.get("/api/v1/incidents?material=all&from=2023&category=export_control&severity=4")).json()).data as { id: number; title: string }[];
    expect(api.map((i) => i.id)).toContain(26);
    // The rare-earths default hides it: it names gallium, germanium, antimony and graphite only.
    const rareEarths = (await (await request.get("/api/v1/incidents?material=rare-earths&from=2023&category=export_control&severity=4")).json()).data as { id: number }[];
    expect(rareEarths.map((i) => i.id)).not.toContain(26);

    await page.goto("/incidents?material=all&from=2023&category=export_control&severity=4");
    await expect(page.getByTestId("material-filter")).toHaveValue("all");
    await expect(page.getByTestId("filter-notice")).toHaveCount(0);
    await expect(page.getByText("China bans gallium, germanium and antimony exports to the US").first()).toBeVisible();
    await expect(page.getByTestId("incident-count")).toContainText("across all materials, severity 4 or above");
    // The dependence API draws one material's series: "all" is refused there.
    expect((await request.get("/api/v1/dependence?material=all")).status()).toBe(400);
  });
});
