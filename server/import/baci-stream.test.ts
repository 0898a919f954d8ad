// The streaming reader on files written to a temporary directory: lines that cross the 1 MB
// chunks, CRLF endings, a BOM, no final line break, and a line too long to be a BACI row.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtInCountryCodes } from "@/lib/bilateral/iso-numeric";
import { FIXTURES } from "@/test/import-db";
import { loadCountryCodes, MAX_BACI_LINE_CHARS, streamBaciFile } from "./baci-stream";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-baci-stream-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe("streamBaciFile", () => {
  it("reads every line across chunk boundaries, with CRLF, a BOM and no final line break", async () => {
    // 60,000 rows of about 30 bytes: some 1.8 MB, so lines cross the 1 MB chunks.
    const rows: string[] = [];
    for (let n = 0; n < 60_000; n++) rows.push(n % 3 === 0 ? "2022,156,392,850511,1.5,NA" : "2022,608,392,100630,2,1");
    const file = write("crlf.csv", `\uFEFFt,i,j,k,v,q\r\n${rows.join("\r\n")}`);
    const s = await streamBaciFile(file, builtInCountryCodes());
    expect(s.read.issues.count).toBe(0);
    expect(s.read).toMatchObject({ layout: "baci-tijkvq", rowsRead: 60_000, rowsSkipped: 40_000 });
    expect(s.rowsKept).toBe(20_000);
    expect(s.bytes).toBe(fs.statSync(file).size);
    // 20,000 rows of 1.5 thousand US$ from China: the whole of Japan's 30 million.
    expect(s.read.baci!.rows.map((r) => `${r.partner} ${r.share_pct} ${r.value_usd}`)).toEqual(["CHN 100 30000000", "WLD null 30000000"]);
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stops at a line too long to be a BACI row, and at a wrong header", async () => {
    const long = await streamBaciFile(write("long.csv", `t,i,j,k,v,q\n2022,156,392,850511,1,1\n${"9".repeat(MAX_BACI_LINE_CHARS * 300)}\n`), builtInCountryCodes());
    expect(long.read.issues.first).toEqual([{ line: 3, column: null, message: expect.stringMatching(/^A line is longer than 10,000 characters/) }]);
    const header = await streamBaciFile(write("header.csv", "year,exporter,importer,hs6,value,qty\n2022,156,392,850511,1,1\n"), builtInCountryCodes());
    expect(header.read).toMatchObject({ layout: null, baci: null });
    expect(header.read.issues.first[0].message).toMatch(/CEPII's standard BACI layout/);
  });
});

describe("loadCountryCodes", () => {
  it("overrides and extends the built-in codes with CEPII's table", () => {
    const { countries, issues } = loadCountryCodes(path.join(FIXTURES, "synthetic-baci-countries.csv"), builtInCountryCodes());
    expect(issues.count).toBe(0);
    expect(countries.get(999)).toBe("");
    expect(countries.get(490)).toBe("S19");
    expect(countries.get(4)).toBe("AFG");
  });
});
