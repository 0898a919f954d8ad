import { DEFAULT_TO, DUPLICATE_INCIDENT_IDS, getDependence, getJson, type IncidentJson } from "./support/api";
import { expect, test } from "./fixtures";

const TRADE_SHARE_COLUMNS =
  "id,year,period,month,half,material,importer,partner,hsCode,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId";

const ENDPOINTS = ["/api/v1/materials", "/api/v1/trade-shares", "/api/v1/dependence", "/api/v1/incidents", "/api/v1/projects"];

/** Bad input the SPEC lists: each is a 400 with `{"error":{"code","message"}}`. */
const BAD_QUERIES: [string, string][] = [
  ["non-numeric year", "from=abc"],
  ["from after to", "from=2020&to=2010"],
  ["unknown material", "material=nope"],
  ["full-width digits", `from=${encodeURIComponent("１９９５")}`],
  ["year out of range", "to=99999"],
  ["year before 1990", "from=1989"],
  ["unknown parameter", "colour=red"],
  ["5 kB material", `material=${"a".repeat(5000)}`],
  ["malformed material", "material=%3Cscript%3E"],
  ["unknown category", "category=war"],
  ["bad format", "format=xml"],
  ["importer not an ISO alpha-3 code", "importer=japan"],
  ["the world as importer", "importer=WLD"],
];

test.describe("read API", () => {
  test("health", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ status: "ok", dataVersion: expect.any(Number) });
    // The seed load is version 1; imports by other specs may have added versions since.
    expect(body.dataVersion).toBeGreaterThanOrEqual(1);
  });

  test("dependence: shape, the real 2010 value, events without duplicates", async ({ request }) => {
    const body = await getDependence(request, { from: 2005, to: 2026 });
    expect(body.material).toBe("rare-earths");
    expect(body.points.length).toBeGreaterThan(0);
    for (const p of body.points) {
      expect(p).toEqual(
        expect.objectContaining({
          year: expect.any(Number),
          period: expect.stringMatching(/^(annual|half_year|monthly|point_in_time|range)$/),
          estimate: expect.any(Boolean),
          headline: expect.any(Boolean),
          basis: expect.stringMatching(/^(value|volume|unspecified)$/),
          sourceId: expect.any(Number),
        }),
      );
      for (const key of ["sharePct", "low", "high", "bound"] as const) expect(p).toHaveProperty(key);
      expect(p.year).toBeGreaterThanOrEqual(2005);
      expect(p.year).toBeLessThanOrEqual(2026);
      // A share, a range or a bound: never nothing.
      expect(p.sharePct !== null || (p.low !== null && p.high !== null)).toBe(true);
    }
    // One headline per year at most.
    const headlineYears = body.points.filter((p) => p.headline).map((p) => p.year);
    expect(new Set(headlineYears).size).toBe(headlineYears.length);
    const y2010 = body.points.find((p) => p.year === 2010 && p.headline);
    expect(y2010).toMatchObject({ period: "annual", sharePct: 81.61, low: null, high: null, bound: null, estimate: false, headline: true, basis: "volume", sourceId: 8 });
    // Other sources for 2010 are kept, not averaged away.
    expect(body.points.filter((p) => p.year === 2010).length).toBeGreaterThan(1);
    // The 2025 headline is a 60–70% range with no point value.
    expect(body.points.find((p) => p.year === 2025 && p.headline)).toMatchObject({ period: "range", sharePct: null, low: 60, high: 70 });

    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events) {
      expect(e).toEqual(
        expect.objectContaining({
          id: expect.any(Number),
          date: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
          title: expect.any(String),
          category: expect.stringMatching(/^(export_control|trade_retaliation|diplomatic|military|legal|agreement|de_escalation|other)$/),
          severity: expect.any(Number),
        }),
      );
      expect(e.severity).toBeGreaterThanOrEqual(1);
      expect(e.severity).toBeLessThanOrEqual(5);
      expect(Number(e.date.slice(0, 4))).toBeGreaterThanOrEqual(2005);
    }
    const ids = body.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of DUPLICATE_INCIDENT_IDS) expect(ids).not.toContain(id);
  });

  test("dependence: one material per response, the first when several are asked", async ({ request }) => {
    const both = await getJson<{ material: string }>(request, "/api/v1/dependence?material=gallium,rare-earths");
    expect(both.material).toBe("gallium");
    const repeated = await getJson<{ material: string }>(request, "/api/v1/dependence?material=gallium&material=rare-earths");
    expect(repeated.material).toBe("gallium");
  });

  for (const [name, query] of BAD_QUERIES) {
    test(`400 with a JSON error: ${name}`, async ({ request }) => {
      for (const endpoint of ["/api/v1/dependence", "/api/v1/trade-shares", "/api/v1/incidents"]) {
        const res = await request.get(`${endpoint}?${query}`);
        expect(res.status(), `${endpoint}?${query.slice(0, 40)}`).toBe(400);
        expect(res.headers()["content-type"]).toContain("application/json");
        const body = await res.json();
        expect(body).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });
        expect(body.error.message.length).toBeGreaterThan(0);
        // No stack trace or internals in the message, and a 5 kB value is not echoed back whole.
        expect(body.error.message).not.toMatch(/\bat .+\.(js|ts):\d+/);
        expect(body.error.message.length).toBeLessThan(1000);
      }
    });
  }

  test("400 names the offending parameter", async ({ request }) => {
    const from = await (await request.get("/api/v1/dependence?from=abc")).json();
    expect(from.error.message).toContain("from");
    const material = await (await request.get("/api/v1/dependence?material=nope")).json();
    expect(material.error.message).toContain("nope");
    const unknown = await (await request.get("/api/v1/dependence?colour=red")).json();
    expect(unknown.error.message).toContain("colour");
  });

  test("trade-shares CSV: BOM, header and one row per JSON record", async ({ request }) => {
    const query = `material=rare-earths&from=2008&to=${DEFAULT_TO}`;
    const json = await getJson<{ data: Record<string, unknown>[] }>(request, `/api/v1/trade-shares?${query}`);
    expect(json.data.length).toBeGreaterThan(0);
    expect(Object.keys(json.data[0]).join(",")).toBe(TRADE_SHARE_COLUMNS);

    const res = await request.get(`/api/v1/trade-shares?${query}&format=csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    expect(lines[0]).toBe(TRADE_SHARE_COLUMNS);
    expect(lines.length - 1).toBe(json.data.length);
    // The rows are the JSON records, in order.
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(json.data.map((r) => r.id));
  });

  test("materials lists the fixed slugs and the bilateral codes' materials", async ({ request }) => {
    const body = await getJson<{ data: { slug: string; name: string; hsCodes: string[] }[] }>(request, "/api/v1/materials");
    const slugs = body.data.map((m) => m.slug);
    for (const slug of ["rare-earths", "rare-earth-metals", "rare-earth-compounds", "permanent-magnets", "dysprosium", "terbium", "gallium", "germanium", "graphite"]) {
      expect(slugs).toContain(slug);
    }
    const spec = { tungsten: "810194", "lithium-carbonate": "283691", "cobalt-oxides": "282200", nickel: "750210", magnesium: "810411", "minor-metals": "811292", "manganese-ore": "260200", titanium: "810820", silicon: "280469", fluorspar: "252922", vanadium: "720292", niobium: "720293", tantalum: "810320", platinum: "711011", palladium: "711021" };
    for (const [slug, code] of Object.entries(spec)) expect(body.data.find((m) => m.slug === slug)?.hsCodes, slug).toEqual([code]);
    expect(body.data).toHaveLength(41);
  });

  test("importer: Korea's and Japan's magnet series from BACI; Japan by default; the rows carry the importer and HS code", async ({ request }) => {
    const korea = await getJson<{ importer: string; points: { year: number; sharePct: number; headline: boolean; hsCode: string }[] }>(
      request,
      "/api/v1/dependence?material=permanent-magnets&from=2022&to=2024&importer=kor",
    );
    expect(korea.importer).toBe("KOR");
    expect(korea.points.filter((p) => p.headline).map((p) => [p.year, p.sharePct, p.hsCode])).toEqual([
      [2022, 87.27, "850511"],
      [2024, 87.44, "850511"],
    ]);
    const japan = await getJson<{ importer: string; points: { year: number; sharePct: number; headline: boolean }[] }>(request, "/api/v1/dependence?material=permanent-magnets&from=2022&to=2024");
    expect(japan.importer).toBe("JPN");
    // Japan has a BACI total every year (the magnets file), Korea only in the complete 2022 and 2024 files.
    expect(japan.points.filter((p) => p.headline).map((p) => [p.year, p.sharePct])).toEqual([
      [2022, 27.77],
      [2023, 25.7],
      [2024, 27.58],
    ]);
    const rows = await getJson<{ data: { importer: string; partner: string; hsCode: string | null; sharePct: number | null }[] }>(request, "/api/v1/trade-shares?material=tungsten&from=2024&to=2024&importer=USA");
    expect(rows.data.map((r) => [r.importer, r.partner, r.hsCode])).toEqual([
      ["USA", "CHN", "810194"],
      ["USA", "WLD", "810194"],
    ]);
    // Everything that names no importer is about Japan: the rare-earth line is as before.
    const ree = await getJson<{ data: { importer: string; sharePct: number | null; headline: boolean; partner: string }[] }>(request, "/api/v1/trade-shares?material=rare-earths&from=2010&to=2010&partner=CHN");
    expect(ree.data.every((r) => r.importer === "JPN")).toBe(true);
    expect(ree.data.find((r) => r.headline)?.sharePct).toBe(81.61);
  });

  test("incidents filtered by category", async ({ request }) => {
    const body = await getJson<{ data: IncidentJson[] }>(request, "/api/v1/incidents?category=military");
    expect(body.data.length).toBeGreaterThan(0);
    for (const i of body.data) expect(i.category).toBe("military");
    const all = await getJson<{ data: IncidentJson[] }>(request, "/api/v1/incidents");
    expect(all.data.length).toBeGreaterThan(body.data.length);
    // Duplicates are listed with a pointer to the primary record.
    const dupes = all.data.filter((i) => i.duplicateOf !== null).map((i) => i.id);
    expect(dupes.sort((a, b) => a - b)).toEqual([...DUPLICATE_INCIDENT_IDS]);
    const two = await getJson<{ data: IncidentJson[] }>(request, "/api/v1/incidents?category=military,legal");
    expect(new Set(two.data.map((i) => i.category))).toEqual(new Set(["military", "legal"]));
  });

  test("projects for graphite", async ({ request }) => {
    const body = await getJson<{ data: { id: number; name: string; materials: string[] }[] }>(request, "/api/v1/projects?material=graphite");
    expect(body.data.length).toBeGreaterThan(0);
    for (const p of body.data) expect(p.materials).toContain("graphite");
  });

  test("never a 5xx, whatever the query", async ({ request }) => {
    const queries = ["", "format=csv", "material=gallium&format=csv", "partner=VNM", "partner=vnm", "partner=XX1", "from=2035&to=2035", "from=1990", "material=", "material=,,", "from=", "from=2010&from=2011", ...BAD_QUERIES.map(([, q]) => q), "%E0%A4%A=1", "material=%00"];
    for (const endpoint of ENDPOINTS) {
      for (const query of queries) {
        const res = await request.get(`${endpoint}?${query}`);
        expect(res.status(), `${endpoint}?${query.slice(0, 40)}`).toBeLessThan(500);
      }
    }
  });
});

test.describe("all data", () => {
  test("the header's All data links give every material's trade shares with sources, and the ZIP", async ({ page, request }) => {
    await page.goto("/");
    const csvHref = await page.getByTestId("all-data-csv").getAttribute("href");
    const zipHref = await page.getByTestId("all-data-zip").getAttribute("href");
    const csv = await request.get(csvHref!);
    expect(csv.headers()["content-disposition"]).toContain("ree-monitor-trade-shares-all.csv");
    const text = await csv.text();
    const header = text.replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(header).toBe("id,year,period,month,half,material,importer,partner,hsCode,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId,sourceTitle,sourcePublisher,sourcePublished,sourceUrl,sourceKind");
    // The seed's 87 observations of ten materials (an import by an earlier spec may add more).
    const lines = text.trim().split("\r\n").length - 1;
    expect(lines).toBeGreaterThanOrEqual(87);
    expect(text).toContain(",gallium,");
    const zip = await request.get(zipHref!);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect((await zip.body()).subarray(0, 4).toString("hex")).toBe("504b0304");
  });
});
