import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { projectDto } from "@/test/project-dto";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { capacityStandings, type ProjectWords } from "./projects-capacity";
import {
  byHostCountry,
  describeProjectFilters,
  filterProjects,
  hostCapacityLines,
  hostCountries,
  hostOptions,
  nextSort,
  projectFiltersToParams,
  sortProjects,
  splitRepeats,
  tableNote,
  START_YEARS,
  toggleValue,
  unknownHostNotice,
} from "./projects-view";
import { PROJECT_DEFAULTS } from "./validation/projects";

// The page's words in each language, as the components pass them.
const words = (locale: Locale): ProjectWords => ({
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "projects" }) as unknown as Translator<"projects">,
  enums: MESSAGES[locale].enums,
  locale,
});
const en = words("en");
const ja = words("ja");

const p = projectDto;

const projects = [
  p(1, { capacityTonnesPerYear: 9000, startYear: 2013, type: "offtake", countries: ["AUS", "MYS"] }),
  p(2, { capacityTonnesPerYear: 2000, startYear: 2015, type: "magnet_manufacturing", countries: ["VNM"], status: null }),
  p(3, { capacityTonnesPerYear: 1000, startYear: 2013, type: "refining", countries: ["VNM"], investmentUsd: 25_900_000 }),
  p(4, { capacityTonnesPerYear: 2000, startYear: 2013, type: "magnet_manufacturing", countries: ["VNM"], duplicateOf: 2 }),
  p(5, { capacityTonnesPerYear: 1500, type: "refining", countries: ["KAZ"] }),
  p(6, { startYear: 2026, type: "deep_sea", countries: ["JPN"], materials: ["rare-earths", "yttrium"] }),
];

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
  it("counts each primary project under each host, with its capacity by the measure and only known investment", () => {
    const rows = byHostCountry(projects, capacityStandings(projects));
    const vnm = rows.find((r) => r.country === "VNM")!;
    // Project 2 has no status: not counted; 4 repeats it. Project 3's 1,000 t is committed output.
    expect(vnm).toMatchObject({ projects: 2, withInvestment: 1, investmentUsd: 25_900_000 });
    expect(vnm.capacity).toMatchObject({ records: 2, counted: 1, leftOut: { status_unknown: 1 }, leftOutTonnes: 2000 });
    expect(vnm.capacity.committed).toEqual({ outputTonnes: 1000, offtakeTonnes: 0, projects: 1, withoutCapacity: 0 });
    // Project 1, an offtake, counts under both its hosts.
    expect(rows.find((r) => r.country === "MYS")?.capacity.committed.offtakeTonnes).toBe(9000);
    expect(rows.find((r) => r.country === "AUS")?.capacity.committed.offtakeTonnes).toBe(9000);
    expect(rows.find((r) => r.country === "JPN")?.capacity.committed).toEqual({ outputTonnes: 0, offtakeTonnes: 0, projects: 1, withoutCapacity: 1 });
  });

  it("writes a host's capacity one kind a line, never summed, and counts the projects without a figure", () => {
    expect(hostCapacityLines(en, { outputTonnes: 3200, offtakeTonnes: 16200, projects: 5, withoutCapacity: 2 })).toEqual([
      { text: "3,200 t output" },
      { text: "16,200 t offtake" },
      { text: "2 not stated", muted: true },
    ]);
    expect(hostCapacityLines(en, { outputTonnes: 0, offtakeTonnes: 0, projects: 0, withoutCapacity: 0 })).toEqual([]);
  });
});

describe("projectFiltersToParams", () => {
  it("drops defaults and writes lists comma-separated", () => {
    expect(projectFiltersToParams(PROJECT_DEFAULTS)).toEqual({ material: null, type: null, status: null, country: null, from: null, to: null, sort: null, dir: null, stack: null, measure: null });
    expect(
      projectFiltersToParams({ ...PROJECT_DEFAULTS, materials: ["yttrium", "graphite"], types: ["refining", "mining"], country: "VNM", from: 2010, sort: "capacity", dir: "desc", stack: "status", measure: "offtake" }),
    ).toEqual({ material: "yttrium,graphite", type: "refining,mining", status: null, country: "VNM", from: "2010", to: null, sort: "capacity", dir: "desc", stack: "status", measure: "offtake" });
  });
});

describe("toggleValue and nextSort", () => {
  it("adds a missing value at the end and removes a present one", () => {
    expect(toggleValue(["mining", "refining"], "offtake")).toEqual(["mining", "refining", "offtake"]);
    expect(toggleValue(["mining", "refining"], "mining")).toEqual(["refining"]);
  });

  it("starts amounts largest first and other columns ascending, and flips the direction on the same column", () => {
    expect(nextSort({ sort: "start", dir: "asc" }, "capacity")).toEqual({ sort: "capacity", dir: "desc" });
    expect(nextSort({ sort: "name", dir: "desc" }, "investment")).toEqual({ sort: "investment", dir: "desc" });
    expect(nextSort({ sort: "capacity", dir: "desc" }, "start")).toEqual({ sort: "start", dir: "asc" });
    expect(nextSort({ sort: "capacity", dir: "desc" }, "capacity")).toEqual({ sort: "capacity", dir: "asc" });
    expect(nextSort({ sort: "capacity", dir: "asc" }, "capacity")).toEqual({ sort: "capacity", dir: "desc" });
  });
});

describe("filter options and description", () => {
  it("lists every host once, sorted, and every start year of the range", () => {
    expect(hostCountries(projects)).toEqual(["AUS", "JPN", "KAZ", "MYS", "VNM"]);
    expect(START_YEARS[0]).toBe(1990);
    expect(START_YEARS.at(-1)).toBe(2035);
    expect(START_YEARS).toHaveLength(46);
  });

  it("offers a host no project has as itself, named as having none, and says why the list is empty", () => {
    expect(hostOptions(en, ["AUS", "VNM"], null)).toEqual([
      ["AUS", "Australia"],
      ["VNM", "Vietnam"],
    ]);
    expect(hostOptions(en, ["AUS", "VNM"], "VNM")).toHaveLength(2);
    expect(hostOptions(en, ["AUS"], "ZZZ")).toEqual([
      ["AUS", "Australia"],
      ["ZZZ", "ZZZ (no projects)"],
    ]);
    expect(unknownHostNotice(en, ["AUS"], "AUS")).toBeNull();
    expect(unknownHostNotice(en, ["AUS"], null)).toBeNull();
    expect(unknownHostNotice(en, ["AUS"], "ZZZ")).toBe("country=ZZZ: no project is hosted there, so none is listed. Choose a host from the list, or All.");
  });

  it("describes only the filters that are set", () => {
    expect(describeProjectFilters(en, PROJECT_DEFAULTS, (s: string) => s)).toEqual(["Material: all"]);
    const names: Record<string, string> = { yttrium: "Yttrium" };
    expect(
      describeProjectFilters(en, { ...PROJECT_DEFAULTS, materials: ["yttrium"], types: ["magnet_manufacturing"], statuses: ["operating"], country: "VNM", to: 2020 }, (s: string) => names[s] ?? s),
    ).toEqual(["Material: Yttrium", "Type: Magnet manufacturing", "Status: Operating", "Host: Vietnam", "Start: any–2020"]);
  });
});

describe("splitRepeats and tableNote", () => {
  it("keeps primary records and counts the repeats aloud", () => {
    const { primary, repeats } = splitRepeats(projects);
    expect(primary.map((x) => x.id)).toEqual([1, 2, 3, 5, 6]);
    expect(repeats).toBe(1);
    const sorting = "Click a column to sort (amounts largest first); unknown values sort last. “Counted as” says whether a project's tonnes are in the totals above, and why not.";
    expect(tableNote(en, 0)).toBe(sorting);
    expect(tableNote(en, 1)).toBe(`1 further record repeats a listed project and is not counted (see each project's page). ${sorting}`);
    expect(tableNote(en, 3)).toBe(`3 further records repeat a listed project and are not counted (see each project's page). ${sorting}`);
  });
});

describe("in Japanese", () => {
  it("names hosts from Intl, in 所在国 terms, and writes capacity lines in トン", () => {
    expect(hostOptions(ja, ["AUS", "KOR", "VNM"], "ZZZ")).toEqual([
      ["AUS", "オーストラリア"],
      ["KOR", "韓国"],
      ["VNM", "ベトナム"],
      ["ZZZ", "ZZZ（該当なし）"],
    ]);
    expect(unknownHostNotice(ja, ["AUS"], "ZZZ")).toBe("country=ZZZ：この国に所在するプロジェクトはないため、一覧には何も表示されません。一覧から所在国を選ぶか、「すべて」を選んでください。");
    expect(hostCapacityLines(ja, { outputTonnes: 3200, offtakeTonnes: 16200, projects: 5, withoutCapacity: 2 })).toEqual([
      { text: "生産能力3,200トン" },
      { text: "引取量16,200トン" },
      { text: "記載なし2件", muted: true },
    ]);
  });

  it("describes the filters and the repeats in Japanese", () => {
    expect(describeProjectFilters(ja, PROJECT_DEFAULTS, (s: string) => s)).toEqual(["鉱種：すべて"]);
    expect(
      describeProjectFilters(ja, { ...PROJECT_DEFAULTS, materials: ["yttrium"], types: ["magnet_manufacturing", "refining"], statuses: ["operating"], country: "VNM", to: 2020 }, () => "イットリウム"),
    ).toEqual(["鉱種：イットリウム", "種類：磁石製造、精製", "状況：稼働中", "所在国：ベトナム", "開始年：指定なし〜2020"]);
    expect(tableNote(ja, 3)).toMatch(/^ほかに3件の記録は掲載済みプロジェクトと重複するため計上していません（各プロジェクトのページを参照）。列見出しをクリックすると並べ替えます/);
    expect(tableNote(ja, 0)).toMatch(/^列見出しをクリック/);
  });
});
