import { describe, expect, it } from "vitest";
import { addableImporters, DEFAULT_SHOWN, formatSharePct, peerBars, peersCsvRows, type PeerRow, type PeersResponse } from "./peers";

const row = (importer: string, chinaSharePct: number): PeerRow => ({ importer, chinaSharePct, importsUsd: 1000, sourceId: 202, chinaUsd: chinaSharePct * 10, hsCode: "850511" });
const rows = [row("XOA", 88.01), row("KOR", 87.44), row("VNM", 60), row("JPN", 27.58)];

describe("peer bars", () => {
  it("draws Japan and the seven default peers, Japan highlighted, and lists the ones without data apart", () => {
    expect(DEFAULT_SHOWN).toEqual(["JPN", "USA", "KOR", "DEU", "FRA", "GBR", "IND", "AUS"]);
    const { bars, missing } = peerBars(rows, DEFAULT_SHOWN);
    expect(bars.map((b) => [b.importer, b.name, b.highlight])).toEqual([
      ["KOR", "South Korea", false],
      ["JPN", "Japan", true],
    ]);
    expect(missing).toEqual(["USA", "DEU", "FRA", "GBR", "IND", "AUS"]);
  });

  it("offers the importers not shown, by name, Other Asia under its BACI name", () => {
    expect(addableImporters(rows, DEFAULT_SHOWN)).toEqual([
      { code: "XOA", name: "Other Asia, n.e.s." },
      { code: "VNM", name: "Vietnam" },
    ]);
  });

  it("labels a share with one decimal", () => {
    expect(formatSharePct(87.44)).toBe("87.4%");
    expect(formatSharePct(27.58)).toBe("27.6%");
    expect(formatSharePct(0)).toBe("0.0%");
  });

  it("exports the bars drawn with their source", () => {
    const data: PeersResponse = {
      material: "permanent-magnets", materialName: "Permanent magnets", year: 2024, years: [2022, 2024], hsCodes: ["850511"], rows, reason: null,
      sources: [{ id: 202, title: "CEPII BACI (HS17, V202601)", publisher: "CEPII", published: "2026-01", url: null, kind: "dataset", locator: null }],
    };
    const csv = peersCsvRows(data, ["JPN", "KOR"]);
    expect(csv.map((r) => [r.importer, r.importerName, r.chinaSharePct, r.source])).toEqual([
      ["KOR", "South Korea", 87.44, "CEPII · CEPII BACI (HS17, V202601) · 2026-01"],
      ["JPN", "Japan", 27.58, "CEPII · CEPII BACI (HS17, V202601) · 2026-01"],
    ]);
    expect(peersCsvRows(data)).toHaveLength(4);
  });
});
