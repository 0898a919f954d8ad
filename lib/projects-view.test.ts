import { describe, expect, it } from "vitest";
import {
  byHostCountry,
  capacitySourceNote,
  capacityByStartYear,
  describeProjectFilters,
  drawableProjects,
  filterProjects,
  hostCountries,
  nextSort,
  projectCsvRows,
  projectFiltersToParams,
  repeatsNote,
  sortProjects,
  splitRepeats,
  stackColor,
  START_YEARS,
  toggleValue,
} from "./projects-view";
import type { ProjectDto } from "./types";
import { PROJECT_DEFAULTS } from "./validation/projects";

const p = (id: number, extra: Partial<ProjectDto>): ProjectDto => ({
  id,
  name: `P${id}`,
  countries: ["AUS"],
  partners: null,
  type: "mining",
  status: "operating",
  materials: ["rare-earths"],
  investmentUsd: null,
  capacityTonnesPerYear: null,
  startYear: null,
  summary: "",
  sourceId: 1,
  duplicateOf: null,
  japaneseParticipation: true,
  capacityKind: null,
  expansionOf: null,
  ...extra,
});

const projects = [
  p(1, { capacityTonnesPerYear: 9000, startYear: 2013, type: "offtake", countries: ["AUS", "MYS"] }),
  p(2, { capacityTonnesPerYear: 2000, startYear: 2015, type: "magnet_manufacturing", countries: ["VNM"], status: null }),
  p(3, { capacityTonnesPerYear: 1000, startYear: 2013, type: "refining", countries: ["VNM"], investmentUsd: 25_900_000 }),
  p(4, { capacityTonnesPerYear: 2000, startYear: 2013, type: "magnet_manufacturing", countries: ["VNM"], duplicateOf: 2 }),
  p(5, { capacityTonnesPerYear: 1500, type: "refining", countries: ["KAZ"] }),
  p(6, { startYear: 2026, type: "deep_sea", countries: ["JPN"], materials: ["rare-earths", "yttrium"] }),
];

describe("capacityByStartYear", () => {
  it("stacks stated capacity by start year and type, never counting a duplicate or an unknown as zero", () => {
    const c = capacityByStartYear(projects, "type");
    expect(c.rows).toEqual([
      { year: 2013, offtake: 9000, refining: 1000 },
      { year: 2015, magnet_manufacturing: 2000 },
    ]);
    expect(c.totalTonnes).toBe(12000);
    expect(c.drawn).toBe(3);
    expect(c.noCapacity).toBe(1); // project 6
    expect(c.noStartYear).toBe(1); // project 5
  });

  it("stacks by status with unknown status as its own group", () => {
    const c = capacityByStartYear(projects, "status");
    expect(c.groups).toEqual(["operating", "unknown"]);
    expect(c.rows[1]).toEqual({ year: 2015, unknown: 2000 });
  });
});

describe("sortProjects", () => {
  it("puts unknown values last in both directions", () => {
    expect(sortProjects(projects, "start", "asc").map((x) => x.id)).toEqual([1, 3, 4, 2, 6, 5]);
    expect(sortProjects(projects, "start", "desc").map((x) => x.id)).toEqual([6, 2, 1, 3, 4, 5]);
    expect(sortProjects(projects, "investment", "desc").map((x) => x.id)).toEqual([3, 1, 2, 4, 5, 6]);
  });
});

describe("filterProjects", () => {
  it("filters by material, type, host and start year, keeping unknown start years", () => {
    expect(filterProjects(projects, { ...PROJECT_DEFAULTS, materials: ["yttrium"] }).map((x) => x.id)).toEqual([6]);
    expect(filterProjects(projects, { ...PROJECT_DEFAULTS, country: "VNM", types: ["magnet_manufacturing"] }).map((x) => x.id)).toEqual([2, 4]);
    expect(filterProjects(projects, { ...PROJECT_DEFAULTS, from: 2014, to: 2020 }).map((x) => x.id)).toEqual([2, 5]);
    expect(filterProjects(projects, { ...PROJECT_DEFAULTS, statuses: ["operating"] }).map((x) => x.id)).not.toContain(2);
  });
});

describe("byHostCountry", () => {
  it("counts each primary project under each host and sums only known values", () => {
    const rows = byHostCountry(projects);
    const vnm = rows.find((r) => r.country === "VNM")!;
    expect(vnm).toMatchObject({ projects: 2, withCapacity: 2, capacityTonnes: 3000, withInvestment: 1, investmentUsd: 25_900_000 });
    expect(vnm.statuses).toEqual({ unknown: 1, operating: 1 });
    expect(rows.find((r) => r.country === "MYS")?.projects).toBe(1);
    expect(rows.find((r) => r.country === "JPN")).toMatchObject({ withCapacity: 0, capacityTonnes: 0 });
  });
});

describe("projectFiltersToParams", () => {
  it("drops defaults and writes lists comma-separated", () => {
    expect(projectFiltersToParams(PROJECT_DEFAULTS)).toEqual({ material: null, type: null, status: null, country: null, from: null, to: null, sort: null, dir: null, stack: null });
    expect(
      projectFiltersToParams({ ...PROJECT_DEFAULTS, materials: ["yttrium", "graphite"], types: ["refining", "mining"], country: "VNM", from: 2010, sort: "capacity", dir: "desc", stack: "status" }),
    ).toEqual({ material: "yttrium,graphite", type: "refining,mining", status: null, country: "VNM", from: "2010", to: null, sort: "capacity", dir: "desc", stack: "status" });
  });
});

describe("toggleValue and nextSort", () => {
  it("adds a missing value at the end and removes a present one", () => {
    expect(toggleValue(["mining", "refining"], "offtake")).toEqual(["mining", "refining", "offtake"]);
    expect(toggleValue(["mining", "refining"], "mining")).toEqual(["refining"]);
  });

  it("flips the direction on the same column only", () => {
    expect(nextSort({ sort: "start", dir: "asc" }, "capacity")).toEqual({ sort: "capacity", dir: "asc" });
    expect(nextSort({ sort: "capacity", dir: "asc" }, "capacity")).toEqual({ sort: "capacity", dir: "desc" });
    expect(nextSort({ sort: "capacity", dir: "desc" }, "capacity")).toEqual({ sort: "capacity", dir: "asc" });
  });
});

describe("filter options and description", () => {
  it("lists every host once, sorted, and every start year of the range", () => {
    expect(hostCountries(projects)).toEqual(["AUS", "JPN", "KAZ", "MYS", "VNM"]);
    expect(START_YEARS[0]).toBe(1990);
    expect(START_YEARS.at(-1)).toBe(2035);
    expect(START_YEARS).toHaveLength(46);
  });

  it("describes only the filters that are set", () => {
    expect(describeProjectFilters(PROJECT_DEFAULTS, (s) => s)).toEqual(["Material: all"]);
    const names: Record<string, string> = { yttrium: "Yttrium" };
    expect(
      describeProjectFilters({ ...PROJECT_DEFAULTS, materials: ["yttrium"], types: ["magnet_manufacturing"], statuses: ["operating"], country: "VNM", to: 2020 }, (s) => names[s] ?? s),
    ).toEqual(["Material: Yttrium", "Type: Magnet manufacturing", "Status: Operating", "Host: Vietnam", "Start: any–2020"]);
  });
});

describe("splitRepeats and repeatsNote", () => {
  it("keeps primary records and counts the repeats aloud", () => {
    const { primary, repeats } = splitRepeats(projects);
    expect(primary.map((x) => x.id)).toEqual([1, 2, 3, 5, 6]);
    expect(repeats).toBe(1);
    expect(repeatsNote(0)).toBe("");
    expect(repeatsNote(1)).toBe("1 further record repeats a listed project and is not counted (see each project's page). ");
    expect(repeatsNote(3)).toBe("3 further records repeat a listed project and are not counted (see each project's page). ");
  });
});

describe("capacity chart helpers", () => {
  it("draws only primary projects outside China with a capacity and a start year", () => {
    const withChina = [...projects, p(7, { capacityTonnesPerYear: 500, startYear: 2014, countries: ["CHN"] })];
    expect(drawableProjects(withChina).map((x) => x.id)).toEqual([1, 2, 3]);
  });

  it("colours groups by the stack's palette, grey for a group no palette names", () => {
    expect(stackColor("type", "refining")).toBe("#0072B2");
    expect(stackColor("status", "unknown")).toBe("#c5ccd6");
    expect(stackColor("type", "volcano")).toBe("#8C8C8C");
  });

  it("writes list fields as one cell and counts distinct sources", () => {
    const drawn = drawableProjects(projects);
    expect(projectCsvRows(drawn)[0]).toMatchObject({ id: 1, countries: "AUS;MYS", materials: "rare-earths" });
    expect(capacitySourceNote(drawn)).toBe("Sources: one per project (1 in all), listed in the CSV and on each project's page.");
  });
});
