import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { bytes, fixture, freshDb } from "@/test/import-db";
import { runImport, type ImportSummary, type SharePreview } from "./index";

let db: Db;
let close: () => void;
beforeAll(() => ({ db, close } = freshDb()));
afterAll(() => close());

const dryRun = (name: string, file = fixture(name)) => runImport(db, { kind: "mof", fileName: name, bytes: file, actor: "test", dryRun: true });
const share = (s: ImportSummary, material: string, partner: string, basis: "value" | "volume", month: number | null = null) =>
  s.preview.find((p): p is SharePreview => p.type === "trade_share" && p.material === material && p.partner === partner && p.basis === basis && p.month === month);

describe("Japan Customs commodity-by-country CSV, UTF-8 with BOM", () => {
  let s: ImportSummary;
  beforeAll(async () => {
    s = await dryRun("synthetic-mof-2023-bom.csv");
  });

  it("strips the BOM and recognises the 45-column layout", () => {
    expect([...fixture("synthetic-mof-2023-bom.csv").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(s).toMatchObject({ outcome: "dry_run", layout: "mof-csv", rowsRead: 10, errorCount: 0 });
  });

  it("takes the sum over countries as the denominator, special areas included", () => {
    // Compounds 2023 (284610000 + 284690010 + 284690090), thousand yen: China 2000 + 9000 = 11000,
    // France 300, Viet Nam 1000, Malaysia 2500, 702 "Unknown" 200; total 15000.
    // China 11000 / 15000 = 73.333 %, Malaysia 2500 / 15000 = 16.667 %.
    expect(share(s, "rare-earth-compounds", "CHN", "value")?.sharePct).toBe(73.333);
    expect(share(s, "rare-earth-compounds", "MYS", "value")?.sharePct).toBe(16.667);
    // By weight (Unit2 = KG): China 1000 + 3000 = 4000 of 6100 kg = 65.574 %.
    expect(share(s, "rare-earth-compounds", "CHN", "volume")).toMatchObject({ sharePct: 65.574, volumeTonnes: 4 });
    expect(share(s, "rare-earth-compounds", "WLD", "volume")).toMatchObject({ sharePct: null, volumeTonnes: 6.1 });
    // All rare earths add 280530000: China 15000 of 20000 = 75 %; 4800 of 7100 kg = 67.606 %.
    expect(share(s, "rare-earths", "CHN", "value")?.sharePct).toBe(75);
    expect(share(s, "rare-earths", "CHN", "volume")?.sharePct).toBe(67.606);
    expect(s.warnings).toContain("Countries counted in the total but not as suppliers (no ISO code): 702 (1 row).");
  });

  it("stores no yen amount in the US$ column and no value total (shares are currency-free)", () => {
    expect(share(s, "rare-earths", "CHN", "value")?.valueUsd).toBeNull();
    expect(share(s, "rare-earths", "WLD", "value")).toBeUndefined();
  });

  it("derives monthly shares from the month columns", () => {
    // March: China's 280530000 (4000) and 284690010 (3000) are all there is → 100 %.
    expect(share(s, "rare-earths", "CHN", "value", 3)).toMatchObject({ sharePct: 100, period: "monthly", month: 3 });
    // September: China 6000, Viet Nam 1000 + 1000 → 75 % and 25 %.
    expect(share(s, "rare-earths", "CHN", "value", 9)?.sharePct).toBe(75);
    expect(share(s, "rare-earths", "VNM", "value", 9)?.sharePct).toBe(25);
    // February has no trade: nothing to divide, no share.
    expect(share(s, "rare-earths", "CHN", "value", 2)).toBeUndefined();
  });

  it("skips export rows and lists unmapped codes by file row", () => {
    expect(s.skippedCodes).toEqual([{ code: "850519000", rows: 1 }]);
    expect(s.rowsSkipped).toBe(2);
    expect(s.warnings).toContain("1 row skipped: export row.");
  });
});

describe("Japan Customs CSV in Shift-JIS", () => {
  let s: ImportSummary;
  beforeAll(async () => {
    s = await dryRun("synthetic-mof-2024-sjis.csv");
  });

  it("decodes Shift-JIS, maps Japanese country names and drops the total row", () => {
    const raw = fixture("synthetic-mof-2024-sjis.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(raw)).toThrow();
    expect(s).toMatchObject({ outcome: "dry_run", layout: "mof-csv", rowsRead: 3, rowsSkipped: 1, errorCount: 0 });
    expect(s.warnings).toContain("Read as Shift-JIS text.");
    expect(s.warnings).toContain("1 row skipped: total row (the total is the sum over countries).");
    // 中華人民共和国 1800 of 2000 thousand yen (合計 left out) = 90 %; ベトナム 200 = 10 %.
    expect(share(s, "rare-earth-compounds", "CHN", "value")?.sharePct).toBe(90);
    expect(share(s, "rare-earth-compounds", "VNM", "volume")?.sharePct).toBe(10);
  });

  it("reads April from columns spelt -Apl", () => {
    expect(share(s, "rare-earth-compounds", "CHN", "volume", 4)).toMatchObject({ sharePct: 100, volumeTonnes: 0.4 });
  });
});

describe("Japan Customs edge cases", () => {
  const header =
    "Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,Value-Year," +
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => `Quantity1-${m},Quantity2-${m},Value-${m}`).join(",");
  const row = (country: string, months: number[][]) => {
    const kg = months.reduce((a, m) => a + m[0], 0);
    const yen = months.reduce((a, m) => a + m[1], 0);
    return [2, 2025, "'280530000'", country, "  ", "KG", 0, kg, yen, ...months.flatMap(([q, v]) => [0, q, v])].join(",");
  };
  const twelve = (fill: (i: number) => number[]) => Array.from({ length: 12 }, (_, i) => fill(i));

  it("derives no annual share for a year whose last months are empty (a year to date)", async () => {
    const file = [header, row("105", twelve((i) => (i < 6 ? [10, 20] : [0, 0]))), row("110", twelve((i) => (i < 6 ? [10, 20] : [0, 0])))].join("\n");
    const s = await dryRun("ytd.csv", bytes(file));
    expect(s.warnings).toContain("2025: the file has data up to month 6 only; no annual shares derived for it (the monthly ones are).");
    expect(share(s, "rare-earth-metals", "CHN", "value")).toBeUndefined();
    expect(share(s, "rare-earth-metals", "CHN", "value", 6)?.sharePct).toBe(50);
  });

  it("accepts the annual-only layout", async () => {
    const file = "Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,Value-Year\n2,2025,'240412000',105,  ,KG,0,10,100\n";
    expect(await dryRun("year.csv", bytes(file))).toMatchObject({ layout: "mof-csv-year", errorCount: 0, skippedCodes: [{ code: "240412000", rows: 1 }] });
  });

  it("rejects a non-numeric quantity and a bad import flag with their line and column", async () => {
    const bad = row("105", twelve(() => [1, 2])).replace(",'280530000',105,  ,KG,0,12,", ",'280530000',105,  ,KG,0,twelve,");
    const file = [header, bad, row("110", twelve(() => [1, 2])).replace(/^2,/, "3,")].join("\r\n");
    const s = await dryRun("bad.csv", bytes(file));
    expect(s.errors).toEqual([
      { line: 2, column: "Quantity2-Year", message: 'Not a number: "twelve".' },
      { line: 3, column: "Exp or Imp", message: "Expected 1 (export) or 2 (import), found 3." },
    ]);
  });
});
