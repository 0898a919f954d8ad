import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";
import { Issues, readTable } from "./table";

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
