import { describe, expect, it } from "vitest";
import { guardCell, toCsv, unguardCell } from "./csv";

const body = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n")[1];

describe("CSV formula guard", () => {
  it("guards a text cell that starts with a sign and a digit but is not a number", () => {
    expect(guardCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(body(toCsv(["t"], [{ t: "-2+3+cmd|' /C calc'!A0" }]))).toBe("'-2+3+cmd|' /C calc'!A0");
  });

  it("guards every formula start: = + - @ tab and carriage return", () => {
    expect(guardCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(guardCell("+1+1")).toBe("'+1+1");
    expect(guardCell("-cmd")).toBe("'-cmd");
    expect(guardCell("@x")).toBe("'@x");
    expect(guardCell("\tx")).toBe("'\tx");
    expect(guardCell("\rx")).toBe("'\rx");
  });

  it("leaves plain numbers, and text that does not start like a formula, as they are", () => {
    for (const t of ["-5", "+3.25", "-0.5e-3", "81.61", "-.5", "Rare earths", "1-2", "'abc"]) expect(guardCell(t)).toBe(t);
    // Numbers written as numbers are never text cells.
    expect(body(toCsv(["n"], [{ n: -21.61 }]))).toBe("-21.61");
  });

  it("quotes a guarded cell that holds a comma or quote", () => {
    expect(body(toCsv(["t"], [{ t: '=HYPERLINK("x","y")' }]))).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it("unguards exactly what it guarded, and nothing else", () => {
    const texts = ["=x", "'=x", "''=x", "-2+3", "'-5", "-5", "'abc", "abc", "@", "'", "''", "\t1", "+"];
    for (const t of texts) expect(unguardCell(guardCell(t))).toBe(t);
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("'abc")).toBe("'abc");
    expect(unguardCell("'-5")).toBe("'-5");
  });
});

describe("appendCsvColumn", () => {
  it("adds the column to the header and every record, not to line breaks inside quoted cells", async () => {
    const { appendCsvColumn, toCsv, UTF8_BOM } = await import("./csv");
    const csv = toCsv(["year", "note"], [{ year: 2010, note: 'one\r\ntwo, "three"' }, { year: 2011, note: null }]);
    expect(appendCsvColumn(csv, "dataVersion", 7)).toBe(`${UTF8_BOM}year,note,dataVersion\r\n2010,"one\r\ntwo, ""three""",7\r\n2011,,7\r\n`);
  });
  it("leaves an empty text empty and stamps a header-only CSV", async () => {
    const { appendCsvColumn } = await import("./csv");
    expect(appendCsvColumn("", "dataVersion", 3)).toBe("");
    expect(appendCsvColumn("a,b\r\n", "dataVersion", 3)).toBe("a,b,dataVersion\r\n");
  });
});
