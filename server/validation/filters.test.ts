import { describe, expect, it } from "vitest";
import { parseFilterParams, type RawParams } from "@/lib/validation/filter-params";
import { DEFAULT_FROM, DEFAULT_MATERIAL, defaultTo, describeIssues, filtersToSearch, paramsFromSearch, parseFilters } from "./filters";
import { materialIndex } from "@/lib/validation/filter-params";

const known = new Set(["rare-earths", "gallium", "graphite", "dysprosium"]);
const thisYear = new Date().getUTCFullYear();

describe("parseFilters", () => {
  it("applies the SPEC defaults when nothing is given", () => {
    const { filters, issues } = parseFilters({});
    expect(issues).toEqual([]);
    expect(filters).toEqual({ materials: ["rare-earths"], from: 2008, to: thisYear, categories: [], minSeverity: 1, partner: null, importer: "JPN", format: "json" });
    expect(DEFAULT_MATERIAL).toBe("rare-earths");
    expect(DEFAULT_FROM).toBe(2008);
    expect(defaultTo()).toBe(Math.min(2035, thisYear));
  });

  it("reads a minimum severity from 1 to 5 and names anything else", () => {
    expect(parseFilters({ severity: "3" }).filters.minSeverity).toBe(3);
    for (const bad of ["0", "6", "３", "3.5", "-1", "high"]) {
      const { filters, issues } = parseFilters({ severity: bad });
      expect(filters.minSeverity).toBe(1);
      expect(issues.map((i) => i.param)).toEqual(["severity"]);
    }
  });

  it("reads comma-separated and repeated materials alike", () => {
    expect(parseFilters({ material: "rare-earths,gallium" }, known).filters.materials).toEqual(["rare-earths", "gallium"]);
    expect(parseFilters({ material: ["rare-earths", "gallium"] }, known).filters.materials).toEqual(["rare-earths", "gallium"]);
    expect(parseFilters({ material: ["gallium,graphite", "gallium"] }, known)).toMatchObject({
      filters: { materials: ["gallium", "graphite"] },
      issues: [],
    });
  });

  it("drops an unknown material with an issue and falls back to the default", () => {
    const { filters, issues } = parseFilters({ material: "unobtainium" }, known);
    expect(filters.materials).toEqual(["rare-earths"]);
    expect(issues).toEqual([expect.objectContaining({ param: "material", value: "unobtainium" })]);
  });

  it("keeps the known materials when one of several is unknown", () => {
    const { filters, issues } = parseFilters({ material: "gallium,unobtainium" }, known);
    expect(filters.materials).toEqual(["gallium"]);
    expect(issues.map((i) => i.param)).toEqual(["material"]);
  });

  it("rejects a malformed slug even without a known set", () => {
    const { filters, issues } = parseFilters({ material: "Rare Earths!" });
    expect(filters.materials).toEqual(["rare-earths"]);
    expect(issues).toHaveLength(1);
  });

  it("accepts a valid year range", () => {
    expect(parseFilters({ from: "2010", to: "2020" })).toMatchObject({ filters: { from: 2010, to: 2020 }, issues: [] });
    expect(parseFilters({ from: "1990", to: "2035" })).toMatchObject({ filters: { from: 1990, to: 2035 }, issues: [] });
  });

  it("swaps years given the wrong way round, and says so in words", () => {
    const { filters, issues } = parseFilters({ from: "2024", to: "2010" });
    expect(filters).toMatchObject({ from: 2010, to: 2024 });
    expect(issues).toEqual([
      { param: "from", value: "2024", message: "is after to=2010", correction: "the years were swapped, showing 2010–2024", code: "from_after_to", values: { to: 2010, shownFrom: 2010, shownTo: 2024 } },
    ]);
    expect(describeIssues(issues)).toBe("from=2024 is after to=2010: the years were swapped, showing 2010–2024");
  });

  it("resolves material names typed as a person would, in any case", () => {
    const index = materialIndex([
      { slug: "rare-earths", name: "Rare earths (all)" },
      { slug: "heavy-rare-earths", name: "Heavy rare earths (Dy, Tb)" },
    ]);
    for (const typed of ["Rare Earths", "RARE-EARTHS", "rare_earths", " rare earths ", "Rare earths (all)"]) {
      expect(parseFilters({ material: typed }, index)).toEqual(expect.objectContaining({ issues: [] }));
      expect(parseFilters({ material: typed }, index).filters.materials).toEqual(["rare-earths"]);
    }
    // A comma separates materials, so a name is matched up to it: "Heavy Rare Earths" is the slug.
    expect(parseFilters({ material: "Heavy Rare Earths" }, index).filters.materials).toEqual(["heavy-rare-earths"]);
    expect(parseFilters({ material: "Unobtainium" }, index).issues).toEqual([{ param: "material", value: "Unobtainium", message: "unknown material", code: "unknown_material" }]);
  });

  it("keeps every repeated material value, and takes material=all only where a view allows it", () => {
    const index = materialIndex(new Set(["rare-earths", "gallium", "graphite"]));
    expect(parseFilters({ material: ["graphite", "gallium"] }, index).filters.materials).toEqual(["graphite", "gallium"]);
    expect(parseFilters({ material: "all" }, index, { allowAll: true }).filters.materials).toEqual(["all"]);
    const refused = parseFilters({ material: "all" }, index);
    expect(refused.filters.materials).toEqual(["rare-earths"]);
    expect(refused.issues[0]).toMatchObject({ param: "material", value: "all" });
  });

  it.each([
    ["non-numeric", "abc"],
    ["full-width digits", "２０１０"],
    ["five digits", "20100"],
    ["before 1990", "1989"],
    ["after 2035", "2036"],
    ["a decimal", "2010.5"],
    ["a negative", "-2010"],
    ["scientific notation", "2e3"],
  ])("rejects %s as a year (%s)", (_label, value) => {
    for (const param of ["from", "to"] as const) {
      const { filters, issues } = parseFilters({ [param]: value });
      expect(issues, `${param}=${value}`).toEqual([expect.objectContaining({ param })]);
      expect(filters).toMatchObject({ from: 2008, to: thisYear });
    }
  });

  it("validates incident categories", () => {
    expect(parseFilters({ category: "export_control,military" })).toMatchObject({
      filters: { categories: ["export_control", "military"] },
      issues: [],
    });
    const { filters, issues } = parseFilters({ category: ["legal", "bogus"] });
    expect(filters.categories).toEqual(["legal"]);
    expect(issues).toEqual([expect.objectContaining({ param: "category", value: "bogus" })]);
  });

  it("reports a 5 kB value as an issue without throwing", () => {
    const huge = "x".repeat(5 * 1024);
    for (const param of ["material", "from", "category", "partner"]) {
      let result: ReturnType<typeof parseFilters> | undefined;
      expect(() => (result = parseFilters({ [param]: huge }, known))).not.toThrow();
      expect(result!.issues.length, param).toBeGreaterThanOrEqual(1);
      expect(result!.issues[0].param).toBe(param);
      expect(result!.issues[0].value.length).toBeLessThan(100);
      expect(result!.filters).toMatchObject({ materials: ["rare-earths"], from: 2008, to: thisYear, categories: [], partner: null });
    }
  });

  it("accepts a lowercase partner code as upper case", () => {
    expect(parseFilters({ partner: "chn" })).toMatchObject({ filters: { partner: "CHN" }, issues: [] });
    expect(parseFilters({ partner: "CHN" }).filters.partner).toBe("CHN");
    const { filters, issues } = parseFilters({ partner: "China" });
    expect(filters.partner).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ param: "partner" })]);
  });

  it("accepts json or csv as format only", () => {
    expect(parseFilters({ format: "csv" }).filters.format).toBe("csv");
    const { filters, issues } = parseFilters({ format: "xml" });
    expect(filters.format).toBe("json");
    expect(issues).toEqual([expect.objectContaining({ param: "format" })]);
  });
});

describe("URL round trip", () => {
  it("parses what filtersToSearch writes", () => {
    const state = { materials: ["gallium", "graphite"], from: 2012, to: 2020, categories: ["legal" as const] };
    const search = new URLSearchParams(filtersToSearch(state));
    expect(parseFilters(paramsFromSearch(search), known).filters).toMatchObject(state);
  });

  it("omits defaults so the default view has a bare URL", () => {
    expect(filtersToSearch({ materials: ["rare-earths"], from: 2008, to: defaultTo(), categories: [] })).toBe("");
  });

  it("keeps repeated keys from URLSearchParams", () => {
    expect(paramsFromSearch(new URLSearchParams("material=a&material=b&from=2010"))).toEqual({ material: ["a", "b"], from: "2010" });
  });
});

describe("the browser's zod-free parser", () => {
  // Pages render the notice from the browser's parser, APIs answer 400 from the zod one: both must
  // give the same filters and the same messages for every input.
  const cases: RawParams[] = [
    {},
    { material: "gallium,graphite", from: "2010", to: "2020", category: "legal,military", severity: "3", partner: "chn", format: "csv" },
    { material: "Rare Earths!" },
    { material: "a".repeat(61) },
    { material: "A".repeat(61) },
    { material: "rare-earths-" },
    { material: "-gallium" },
    { material: ["gallium", "unobtainium", "graphite,gallium"] },
    { material: "a,b,c,d,e,f,g,h" },
    { material: "x".repeat(201) },
    { from: "1989" },
    { from: "1990", to: "2035" },
    { to: "2036" },
    { from: "abc", to: "２０１０" },
    { from: "2010.5" },
    { from: "-2010" },
    { from: "2e3" },
    { from: "20100" },
    { from: "0000" },
    { from: "9999" },
    { from: "2020", to: "2010" },
    { from: "2030" },
    { from: ["2010", "2012"] },
    { category: "export_control,bogus,export_control" },
    { category: "EXPORT_CONTROL" },
    { severity: "0" },
    { severity: "5" },
    { partner: "China" },
    { partner: "c1n" },
    { partner: "jpn" },
    { format: "xml" },
    { format: "JSON" },
    { format: ["json", "csv"] },
    { material: "", from: " 2010 ", to: ",," },
  ];

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))("matches the zod parser for %s", (_label, params) => {
    expect(parseFilterParams(params)).toEqual(parseFilters(params));
    expect(parseFilterParams(params, known)).toEqual(parseFilters(params, known));
  });

  it("names an over-long slug with zod's own message", () => {
    expect(parseFilterParams({ material: "a".repeat(61) }).issues[0].message).toBe("Too big: expected string to have <=60 characters");
  });
});
