import { DEFAULT_TO, DUPLICATE_INCIDENT_IDS, eventIds, getDependence, getJson, type IncidentJson } from "./support/api";
import { expect, test } from "./fixtures";

/** Years with a headline China share for rare earths in the seed (2023: H1; 2025: a 60–70% range). */
const RARE_EARTH_HEADLINE_YEARS = [2008, 2009, 2010, 2011, 2012, 2014, 2018, 2020, 2022, 2023, 2024, 2025, 2026];
/** Years without any sourced headline value: drawn as gaps, never interpolated. */
const GAP_YEARS = [2013, 2015, 2016, 2017, 2019, 2021];
const ESCALATION = ["export_control", "trade_retaliation", "diplomatic", "military", "legal"];

test.describe("overview, default view", () => {
  test("draws one marker per API event for the default filters, never a duplicate", async ({ overview, request }) => {
    const api = await getDependence(request);
    expect(api.material).toBe("rare-earths");
    expect([api.from, api.to]).toEqual([2008, DEFAULT_TO]);
    // The defaults of the API equal the explicit defaults.
    const implicit = await getJson<typeof api>(request, "/api/v1/dependence");
    expect(eventIds(implicit)).toEqual(eventIds(api));
    expect(api.events.length).toBeGreaterThan(0);
    for (const id of DUPLICATE_INCIDENT_IDS) expect(eventIds(api)).not.toContain(id);

    await overview.goto();
    await expect(overview.notice).toHaveCount(0);
    await expect(overview.materialSelect).toHaveValue("rare-earths");
    await expect(overview.yearFrom).toHaveValue("2008");
    await expect(overview.yearTo).toHaveValue(String(DEFAULT_TO));

    await overview.expectMarkerIds(eventIds(api));
    for (const id of DUPLICATE_INCIDENT_IDS) await expect(overview.marker(id)).toHaveCount(0);
    // Markers are keyboard-reachable buttons and carry their event's category.
    const first = overview.markers.first();
    await expect(first).toHaveAttribute("role", "button");
    await expect(first).toHaveAttribute("tabindex", "0");
    const byId = new Map(api.events.map((e) => [e.id, e]));
    const categories = await overview.markers.evaluateAll((els) =>
      els.map((el) => [Number(el.getAttribute("data-event-id")), el.getAttribute("data-category")] as const),
    );
    for (const [id, category] of categories) expect(category, `marker ${id}`).toBe(byId.get(id)?.category);

    // The numbered legend lists the same events.
    await overview.page.getByText(/^Events on the chart \(\d+\)$/).click();
    await expect(overview.eventLegend.locator("li")).toHaveCount(api.events.length);
  });

  test("headline line: one point per sourced year, the 2025 range as a band, gaps left open", async ({ overview, request }) => {
    const api = await getDependence(request);
    const headline = api.points.filter((p) => p.headline);
    const withValue = headline.filter((p) => p.sharePct !== null).map((p) => p.year);
    const ranges = headline.filter((p) => p.sharePct === null && p.low !== null && p.high !== null).map((p) => p.year);
    expect(ranges).toEqual([2025]);
    expect([...withValue, ...ranges].sort()).toEqual(RARE_EARTH_HEADLINE_YEARS);

    // The real 2010 value: MOF's 81.61% via Searchina (source 8 in db/seed/trade_shares.csv, row id 12).
    const y2010 = headline.filter((p) => p.year === 2010);
    expect(y2010).toHaveLength(1);
    expect(y2010[0]).toMatchObject({ year: 2010, period: "annual", sharePct: 81.61, headline: true, basis: "volume", sourceId: 8 });

    await overview.goto();
    await expect(overview.headlinePoints).toHaveCount(RARE_EARTH_HEADLINE_YEARS.length);
    expect(await overview.headlineYears()).toEqual(RARE_EARTH_HEADLINE_YEARS);
    const drawnWithValue = (await overview.headlineYears()).filter((y) => !ranges.includes(y));
    expect(drawnWithValue).toEqual([...withValue].sort());

    await expect(overview.headlinePoint(2010)).toHaveAttribute("data-source-id", "8");
    await expect(overview.headlinePoint(2010).locator("circle").first()).toBeVisible();
    // A range has no point value: a band (rect) and no dot.
    const band = overview.headlinePoint(2025);
    await expect(band).toHaveCount(1);
    await expect(band.locator("rect")).toHaveCount(1);
    await expect(band.locator("circle")).toHaveCount(0);
    for (const year of GAP_YEARS) await expect(overview.headlinePoint(year), `gap ${year}`).toHaveCount(0);
    // Other sources for a year are drawn beside the line, not averaged in.
    expect(await overview.otherPoints.count()).toBeGreaterThan(0);
  });

  test("headline figures: latest share, change since 2010, events and projects", async ({ overview, request }) => {
    const api = await getDependence(request);
    await overview.goto();
    await expect(overview.figureLatest).toContainText("60%");
    await expect(overview.figureLatest).toContainText("2026");
    // The 2026 end is an estimate: the change is given at the precision of its inputs.
    await expect(overview.figureChange).toContainText("about −22 pp");
    const escalation = api.events.filter((e) => ESCALATION.includes(e.category)).length;
    await expect(overview.figureEvents.locator("p").nth(1)).toHaveText(String(escalation));
    // One measure: plant output committed; the offtake beside it, not added.
    await expect(overview.figureProjects.locator("p").nth(1)).toHaveText("5,000 t/yr");
    await expect(overview.figureProjects).toContainText("16,200 t/yr");
  });

  test("incident timeline and projects table list the API's rows once", async ({ overview, request }) => {
    const incidents = await getJson<{ data: IncidentJson[] }>(request, `/api/v1/incidents?material=rare-earths&from=2008&to=${DEFAULT_TO}`);
    const primaries = incidents.data.filter((i) => i.duplicateOf === null);
    const projects = await getJson<{ data: { id: number; duplicateOf: number | null }[] }>(request, "/api/v1/projects?material=rare-earths");
    await overview.goto();
    await expect(overview.incidentTimeline.locator("li")).toHaveCount(primaries.length);
    await expect(overview.projectsTable.locator("tbody tr")).toHaveCount(projects.data.filter((p) => p.duplicateOf === null).length);
  });

  test("hovering a marker shows its tooltip; clicking opens the event", async ({ overview, request }) => {
    const api = await getDependence(request);
    const event = api.events.find((e) => e.id === 1);
    expect(event?.title).toBe("China cuts its 2010 rare earth export quota by about 40%");
    await overview.goto();
    const marker = overview.marker(1);
    await marker.hover();
    await expect(overview.tooltip).toBeVisible();
    await expect(overview.tooltip).toContainText(event!.title);
    await marker.click();
    await expect(overview.eventDetail).toBeVisible();
    await expect(overview.eventDetail.getByRole("heading")).toContainText(event!.title);
    await expect(overview.eventDetail).toContainText("Source:");
    await expect(marker).toHaveAttribute("aria-pressed", "true");
    await overview.eventDetail.getByRole("button", { name: "Close event details" }).click();
    await expect(overview.eventDetail).toHaveCount(0);
  });

  test("the widest range draws every primary incident once and no duplicate", async ({ overview, request }) => {
    const api = await getDependence(request, { from: 1990, to: 2035 });
    const all = await getJson<{ data: IncidentJson[] }>(request, "/api/v1/incidents?material=rare-earths&from=1990&to=2035");
    expect(eventIds(api)).toEqual(all.data.filter((i) => i.duplicateOf === null).map((i) => i.id).sort((a, b) => a - b));
    await overview.goto({ from: 1990, to: 2035 });
    await overview.expectMarkerIds(eventIds(api));
    for (const id of DUPLICATE_INCIDENT_IDS) await expect(overview.marker(id)).toHaveCount(0);
  });
});
