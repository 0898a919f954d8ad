import { describe, expect, it } from "vitest";
import { readSeedCsv } from "@/test/seed-csv";
import { alpha2, countryName, OTHER_ASIA_NAME } from "./country-name";

describe("countryName", () => {
  it("names peers through Intl by their alpha-2 code", () => {
    expect(countryName("KOR")).toBe("South Korea");
    expect(countryName("GBR")).toBe("United Kingdom");
    expect(countryName("DEU")).toBe("Germany");
    expect(countryName("JPN")).toBe("Japan");
    expect(alpha2("NAM")).toBe("NA");
  });

  it("names XOA BACI's way, never Taiwan", () => {
    expect(countryName("XOA")).toBe(OTHER_ASIA_NAME);
    expect(OTHER_ASIA_NAME).toBe("Other Asia, n.e.s.");
    expect(alpha2("XOA")).toBeNull();
  });

  it("has a name for every importer in the seed, none of them a bare code or Taiwan", () => {
    const importers = [...new Set(readSeedCsv("official/trade_shares").map((r) => r.importer))];
    expect(importers.length).toBeGreaterThan(200);
    for (const code of importers) {
      const name = countryName(code);
      expect(name, code).not.toBe(code);
      expect(name, code).not.toMatch(/taiwan/i);
    }
  });
});
