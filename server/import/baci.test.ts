// The BACI reader without the database: the standard layout validated line by line, the
// aggregation (hand-computed values), the country tables, and the real BACI extract run through
// the same accumulator (converted in memory to the standard layout, read in place, never copied).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BILATERAL_CODES } from "@/lib/bilateral/codes";
import { builtInCountryCodes } from "@/lib/bilateral/iso-numeric";
import { BaciAccumulator, baciHeaderProblem, type CountryCodes } from "./baci";
import { readBaciTable, readCountryCodes } from "./baci-read";
import { Issues, readTable } from "./table";

const COUNTRIES = builtInCountryCodes();

function accumulate(lines: string[], countries: CountryCodes = COUNTRIES) {
  const issues = new Issues();
  const acc = new BaciAccumulator(countries, issues, "test");
  lines.forEach((l, n) => acc.row(l.split(","), n + 2));
  return { issues, acc, read: acc.finish() };
}
const find = <T extends { importer: string; partner: string; material: string }>(rows: T[], importer: string, material: string, partner: string) =>
  rows.find((r) => r.importer === importer && r.material === material && r.partner === partner);

describe("the header", () => {
  it("is exactly t,i,j,k,v,q, in any case", () => {
    expect(baciHeaderProblem(["t", "i", "j", "k", "v", "q"])).toBeNull();
    expect(baciHeaderProblem(["T", " I", "J", "K", "V", "Q "])).toBeNull();
    expect(baciHeaderProblem(["t", "i", "j", "k", "v"])).toMatch(/standard BACI layout/);
    expect(baciHeaderProblem(["t", "j", "i", "k", "v", "q"])).toMatch(/found "t,j,i,k,v,q"/);
  });
});

describe("one row at a time", () => {
  it("converts thousand US$ to US$, keeps tonnes, and reads NA or blank as missing, not zero", () => {
    const { issues, read } = accumulate(["2022,156,392,850511,  2.500, NA", "2022,608,392,850511,7.5,3", "2022,608,392,850511,0.000,"]);
    expect(issues.count).toBe(0);
    const rows = read.baci!.rows;
    // 2,500 + 7,500 US$ (two Philippine rows, one of them 0) → China 25 %, the Philippines 75 %.
    expect(find(rows, "JPN", "permanent-magnets", "CHN")).toMatchObject({ share_pct: 25, value_usd: 2500, volume_tonnes: null });
    expect(find(rows, "JPN", "permanent-magnets", "PHL")).toMatchObject({ share_pct: 75, value_usd: 7500, volume_tonnes: null });
    expect(find(rows, "JPN", "permanent-magnets", "WLD")).toMatchObject({ value_usd: 10_000 });
  });

  it("skips and counts codes outside the product's, and pads a code that lost its leading zero", () => {
    const { issues, read } = accumulate(["2022,156,392,90111,1,1", "2022,156,392,090111,1,1", "2022,156,392,100630,1,1", "2022,156,392,811292,4,1"]);
    expect(issues.count).toBe(0);
    expect(read).toMatchObject({ rowsRead: 4, rowsSkipped: 3 });
    expect(read.skippedCodes).toEqual([
      { code: "090111", rows: 2 },
      { code: "100630", rows: 1 },
    ]);
    expect(read.baci!.rows.map((r) => `${r.importer} ${r.partner} ${r.hs_code} ${r.share_pct ?? r.value_usd}`)).toEqual(["JPN CHN 811292 100", "JPN WLD 811292 4000"]);
  });

  it("pools other importers' non-Chinese suppliers without changing China's share or the total", () => {
    // Korea's magnets: China 870, Japan 100, the USA (842) 20, "Other Asia" (490) 10 → 87 % of 1,000.
    const { read } = accumulate(["2022,156,410,850511,870,1", "2022,392,410,850511,100,1", "2022,842,410,850511,20,1", "2022,490,410,850511,10,1"]);
    const rows = read.baci!.rows;
    expect(rows).toHaveLength(2);
    expect(find(rows, "KOR", "permanent-magnets", "CHN")).toMatchObject({ share_pct: 87, value_usd: 870_000, headline: true });
    expect(find(rows, "KOR", "permanent-magnets", "WLD")).toMatchObject({ value_usd: 1_000_000 });
  });

  it("stores BACI's Other Asia (490) as XOA, never as a country name or TWN", () => {
    const { read } = accumulate(["2022,490,392,850511,1,1", "2022,156,392,850511,3,1"]);
    expect(read.baci!.rows.map((r) => r.partner)).toEqual(["CHN", "XOA", "WLD"]);
  });

  it("reports every bad cell with its line and column, and derives nothing", () => {
    const { issues, read } = accumulate(["2022,156,392,850511,1,1", "2021,156,392,850511,1,1", "22,156,392,850511,1,1", "2022,158,abc,850511,1,1", "2022,156,392,85051X,-1,x", "2022,156,392"]);
    expect(issues.first().map((e) => [e.line, e.column])).toEqual([
      [3, "t"],
      [4, "t"],
      [5, "i"],
      [5, "j"],
      [6, "k"],
      [6, "v"],
      [6, "q"],
      [7, null],
    ]);
    expect(issues.first()[2].message).toBe("Country code 158 is not in the country table (test).");
    expect(issues.first()[7].message).toBe("Expected 6 fields as in the header, found 3 (missing columns).");
    expect(read.baci).toBeNull();
  });
});

describe("country tables", () => {
  it("reads CEPII's columns, quoted names with commas, and a blank alpha-3 as a code with no country", () => {
    const issues = new Issues();
    const table = readTable('country_code,country_name,country_iso2,country_iso3\n344,"China, Hong Kong SAR",HK,HKG\n490,"Other Asia, nes",,S19\n999,Grouping,,\n', issues)!;
    expect([...readCountryCodes(table, issues)]).toEqual([
      [344, "HKG"],
      [490, "S19"],
      [999, ""],
    ]);
    expect(issues.count).toBe(0);
  });

  it("refuses a table without country_code and country_iso3, and bad cells by line", () => {
    const issues = new Issues();
    readCountryCodes(readTable("code,iso3\n1,AAA\n", issues)!, issues);
    expect(issues.first()[0].message).toMatch(/must have the columns country_code,country_name,country_iso2,country_iso3/);
    const bad = new Issues();
    readCountryCodes(readTable("country_code,country_iso3\nx,AAA\n5,TOOLONG\n7,AAA\n7,BBB\n", bad)!, bad);
    expect(bad.first().map((e) => [e.line, e.column])).toEqual([
      [2, "country_code"],
      [3, "country_iso3"],
      [5, "country_code"],
    ]);
  });
});

// The real files in the shared research folder beside the project, read in place.
const SHARED = [process.env.REE_SHARED_DIR, path.resolve(process.cwd(), "..", "shared"), "/work/shared"]
  .filter((d): d is string => !!d)
  .map((d) => path.join(d, "research", "real", "bilateral", "baci"))
  .find((d) => fs.existsSync(d))!;

describe("against CEPII's own tables (research/real/bilateral/baci, read in place)", () => {
  const issues = new Issues();
  const cepii = readCountryCodes(readTable(fs.readFileSync(path.join(SHARED, "country_codes_V202601.csv"), "utf8"), issues)!, issues);

  it("the built-in table gives every code of CEPII's V202601 table the same alpha-3", () => {
    expect(issues.count).toBe(0);
    expect(cepii.size).toBe(238);
    const differ = [...cepii].filter(([code, iso3]) => COUNTRIES.get(code) !== iso3);
    expect(differ).toEqual([]);
  });

  it("derives the seed's headline figures from the real 2024 file in the standard layout", { timeout: 30_000 }, () => {
    // baci_2024.csv is i,j,cmd,value (alpha-3, US$): turned into t,i,j,k,v,q (numeric, thousand US$) in memory.
    const numeric = new Map([...cepii].map(([code, iso3]) => [iso3, code]));
    const lines = fs.readFileSync(path.join(SHARED, "baci_2024.csv"), "utf8").trim().split("\n").slice(1);
    const standard = lines.map((l) => {
      const [i, j, k, v] = l.split(",");
      return `2024,${numeric.get(i)},${numeric.get(j)},${k},${Number(v) / 1000},NA`;
    });
    const table = readTable(`t,i,j,k,v,q\n${standard.join("\n")}\n`, issues)!;
    const read = readBaciTable(table, issues, COUNTRIES);
    expect(issues.count).toBe(0);
    expect(read.rowsRead).toBe(21_723);
    const rows = read.baci!.rows;
    // SOURCE.md: Korea 850511 2024, China's share 87.4 %; the seed's Japan magnets 2024 headline 27.58.
    expect(find(rows, "KOR", "permanent-magnets", "CHN")?.share_pct).toBe(87.44);
    expect(find(rows, "JPN", "permanent-magnets", "CHN")).toMatchObject({ share_pct: 27.58, headline: true });
    expect(find(rows, "JPN", "permanent-magnets", "XOA")?.share_pct).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.hs_code)).size).toBeLessThanOrEqual(BILATERAL_CODES.length);
  });
});
