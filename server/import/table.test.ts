import { describe, expect, it } from "vitest";
import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/limits";
import { normaliseCode } from "./codes";
import { COMTRADE_LAYOUTS, detectLayout } from "./detect";
import { decodeText } from "./decode";
import { Cells } from "./fields";
import { Issues, readTable, TABLE_LIMITS } from "./table";

const lines = (text: string) => {
  const issues = new Issues();
  const table = readTable(text, issues);
  return { rows: table?.rows.map((r) => [r.line, r.cells]), issues: issues.first(), delimiter: table?.delimiter };
};

describe("readTable", () => {
  it("numbers records by the physical line they start on", () => {
    const { rows } = lines('a,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n,\r\n5,6');
    expect(rows).toEqual([
      [2, ["1", "two\r\nlines"]],
      [5, ["3", "4"]],
      [7, ["5", "6"]],
    ]);
  });

  it("counts LF-only and CR-only line ends alike", () => {
    expect(lines("a,b\n1,2\n\n3,4\n").rows?.map((r) => r[0])).toEqual([2, 4]);
    expect(lines("a,b\r1,2\r3,4").rows?.map((r) => r[0])).toEqual([2, 3]);
  });

  it("reads tab-separated files", () => {
    expect(lines("a\tb\n1\t2\n")).toMatchObject({ delimiter: "\t", rows: [[2, ["1", "2"]]] });
  });

  it("reports an empty file and malformed quoting", () => {
    expect(lines("\r\n\r\n").issues).toEqual([{ line: 1, column: null, message: "The file is empty." }]);
    expect(lines('a,b\n1,2\n"3,4\n').issues[0]).toMatchObject({ line: 3, column: null });
  });

  it("reads quoted cells: delimiters, doubled quotes, line breaks; a stray or missing quote is reported with its line", () => {
    expect(lines('a,b\n"x, ""y""",2\n').rows).toEqual([[2, ['x, "y"', "2"]]]);
    expect(lines('a,b\n"x"y,2\n3,4\n')).toMatchObject({
      rows: [
        [2, ["xy", "2"]],
        [3, ["3", "4"]],
      ],
      issues: [{ line: 2, column: null, message: "Malformed CSV: a quoted cell has characters after its closing quote." }],
    });
    expect(lines('a,b\n1,2\n3,"4\n\n5').issues).toEqual([{ line: 3, column: null, message: "Malformed CSV: the quoted cell that opens on line 3 is never closed." }]);
    // Quotes inside an unquoted cell are kept as they are.
    expect(lines('a,b\n1",2\n').rows).toEqual([[2, ['1"', "2"]]]);
  });
});

// Each of these took a second or more at a tenth of the size or less (time grew with the square of
// it): the blank lines were rescanned for every record, duplicate columns were found with indexOf,
// the number pattern tried every split of a run of digits. Read once now, they take milliseconds
// to a few hundred; the bound leaves room for a loaded machine, and is far below what the old
// code needed (from 5 s for the header to hours for the digits).
describe("pathological input is read in linear time", { timeout: 20_000 }, () => {
  const fast = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const wide = { ...TABLE_LIMITS, columns: 1_000_000, cellChars: 10_000_000 };
  const LINEAR_MS = 3000;

  it("400 KB of blank lines", () => {
    const text = `a,b\n${"\n".repeat(400_000)}1,2\n`;
    let rows: unknown;
    expect(fast(() => (rows = readTable(text, new Issues())?.rows))).toBeLessThan(LINEAR_MS);
    expect(rows).toEqual([{ line: 400_002, cells: ["1", "2"] }]);
  });

  it("a 100,000-column header, with its duplicate found in one pass", () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const issues = new Issues();
    let table: ReturnType<typeof readTable> = null;
    expect(fast(() => (table = readTable(`${header.join(",")},c0\n1\n`, issues, wide)))).toBeLessThan(LINEAR_MS);
    expect(table!.header).toHaveLength(100_001);
    let detection: ReturnType<typeof detectLayout> | null = null;
    expect(fast(() => (detection = detectLayout(table!.header, COMTRADE_LAYOUTS, "UN Comtrade")))).toBeLessThan(LINEAR_MS);
    expect(detection).toEqual({ error: 'Column "c0" appears twice in the header.' });
  });

  it("a cell of a million digits, read and checked as a number", () => {
    const digits = `${"1".repeat(1_000_000)}x`;
    const issues = new Issues();
    let table: ReturnType<typeof readTable> = null;
    expect(fast(() => (table = readTable(`n\n${digits}\n`, issues, wide)))).toBeLessThan(LINEAR_MS);
    const cells = new Cells(table!.rows[0], table!.header, new Map([["n", 0]]), issues);
    expect(fast(() => cells.amount("n"))).toBeLessThan(LINEAR_MS);
    expect(issues.first()).toEqual([{ line: 2, column: "n", message: `Not a number: "${"1".repeat(60)}…".` }]);
  });

  it("a commodity code cell of a million quotes", () => {
    expect(fast(() => expect(normaliseCode(`'${"'".repeat(1_000_000)}x`)).toBeNull())).toBeLessThan(LINEAR_MS);
    expect(normaliseCode("'280530000'")).toBe("280530000");
  });
});

describe("limits (lib/limits): generous for real files, a 422 naming the limit past them", () => {
  const refused = (text: string, limits = TABLE_LIMITS) => {
    const issues = new Issues();
    const table = readTable(text, issues, limits);
    return { table, issues: issues.first() };
  };

  it("are what the real layouts need, many times over", () => {
    expect(MAX_IMPORT_COLUMNS).toBe(200);
    expect(MAX_IMPORT_ROWS).toBe(200_000);
    expect(MAX_IMPORT_CELL_CHARS).toBe(10_000);
  });

  it("a cell: 10,000 characters are read, one more stops the reading", () => {
    expect(refused(`a,b\n1,${"x".repeat(10_000)}\n`).table?.rows[0].cells[1]).toHaveLength(10_000);
    expect(refused(`a,b\n1,${"x".repeat(10_001)}\n2,3\n`)).toEqual({
      table: null,
      issues: [{ line: 2, column: "b", message: "A cell is longer than 10,000 characters, the limit per cell. Nothing was read further." }],
    });
    // An unclosed quote runs on to the end of the file: the limit says so.
    expect(refused(`a,b\n"1,2\n${"3,4\n".repeat(3000)}`).issues).toEqual([
      { line: 2, column: "a", message: "A cell is longer than 10,000 characters, the limit per cell; is a closing quote missing? Nothing was read further." },
    ]);
  });

  it("columns: 200 are read, the 201st stops the reading, in the header or a row", () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(",");
    expect(refused(`${row(200)}\n${row(200)}\n`).table?.header).toHaveLength(200);
    expect(refused(`${row(201)}\n1\n`)).toEqual({ table: null, issues: [{ line: 1, column: null, message: "The header has more than 200 columns, the limit. Nothing was read further." }] });
    expect(refused(`a\n1\n${row(40_000)}\n`).issues).toEqual([{ line: 3, column: null, message: "Line 3 has more than 200 fields, the limit per row. Nothing was read further." }]);
  });

  it("rows: 200,000 are read (blank lines not counted), one more stops the reading", () => {
    const text = (n: number) => `a\n\n${"1\n".repeat(n)}`;
    expect(refused(text(200_000)).table?.rows).toHaveLength(200_000);
    expect(refused(text(200_001))).toEqual({
      table: null,
      issues: [{ line: 200_003, column: null, message: "The file has more than 200,000 rows, the limit per file; split it (by year, for instance). Nothing was read further." }],
    });
  });
});

describe("Issues", () => {
  it("keeps the first 100 by line and counts the rest, in bounded memory", () => {
    const issues = new Issues();
    for (let line = 200_000; line > 0; line--) issues.add(line, null, `problem ${line}`);
    issues.add(5, "x", "second on line 5");
    expect(issues.count).toBe(200_001);
    const first = issues.first();
    expect(first).toHaveLength(100);
    expect(first.slice(0, 6).map((i) => i.message)).toEqual(["problem 1", "problem 2", "problem 3", "problem 4", "problem 5", "second on line 5"]);
    expect(first[99].line).toBe(99);
  });

  it("clips what a message or column repeats", () => {
    const issues = new Issues();
    issues.add(2, "c".repeat(5000), `Bad: ${"x".repeat(40_000)}`);
    const [issue] = issues.first();
    expect(issue.column).toBe(`${"c".repeat(60)}…`);
    expect(issue.message).toHaveLength(601);
  });
});

describe("decodeText", () => {
  const utf8 = new TextEncoder().encode("国,値\n");
  it("strips a UTF-8 BOM and reads UTF-16 by its BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), [])).toEqual({ text: "国,値\n", encoding: "utf-8" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."a,b"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16, [])).toEqual({ text: "a,b", encoding: "utf-16le" });
  });

  it("falls back to Shift-JIS only when the bytes are not UTF-8, and gives up on neither", () => {
    expect(decodeText(utf8, ["shift_jis"])?.encoding).toBe("utf-8");
    // 中国 in Shift-JIS (0x9286 0x8d91).
    expect(decodeText(new Uint8Array([0x92, 0x86, 0x8d, 0x91]), ["shift_jis"])).toEqual({ text: "中国", encoding: "shift_jis" });
    expect(decodeText(new Uint8Array([0xff, 0xff, 0xff]), ["shift_jis"])).toBeNull();
  });
});
