import { describe, expect, it } from "vitest";
import { byHostCountry, capacityByStartYear, filterProjects, sortProjects } from "./projects-view";
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
