import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { addableImporters, DEFAULT_SHOWN, formatSharePct, peerBars, peersCsvRows, peersEmptyReason, type PeerRow, type PeersResponse } from "./peers";

const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "peers" }) as Translator<"peers">;

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

  it("names the bars and the importers to add in Japanese, in Japanese order", () => {
    const { bars } = peerBars(rows, DEFAULT_SHOWN, "ja");
    expect(bars.map((b) => [b.name, formatSharePct(b.chinaSharePct)])).toEqual([
      ["韓国", "87.4%"],
      ["日本", "27.6%"],
    ]);
    expect(addableImporters(rows, DEFAULT_SHOWN, "ja").map((o) => o.name)).toEqual(["その他アジア（他に分類されないもの）", "ベトナム"]);
  });

  it("says why there are no bars, in each language", () => {
    const en = tr("en");
    const ja = tr("ja");
    expect(peersEmptyReason(en, { year: 2023, years: [2022, 2024] }, ["280530"], "Rare earths (all)", "en")).toBe(
      "No peer data for 2023: CEPII BACI's complete extracts give every importer's imports of Rare earths (all) in 2022 and 2024 only.",
    );
    expect(peersEmptyReason(ja, { year: 2023, years: [2022, 2024] }, ["280530"], "レアアース（希土類）全体", "ja")).toBe(
      "2023年の主要国データはありません。CEPII BACIの全輸入国データでレアアース（希土類）全体の輸入を示せるのは2022年・2024年のみです。",
    );
    expect(peersEmptyReason(ja, { year: null, years: [] }, [], "マグネシウム", "ja")).toMatch(/^主要国のデータはありません。CEPII BACIを収録しているのはHS6桁の\d+コード（850511, .+）のみで、マグネシウム（固有のHS6桁コードなし）は含まれません。$/);
    expect(peersEmptyReason(en, { year: null, years: [] }, ["810194"], "Tungsten", "en")).toMatch(/^No peer data: CEPII BACI is stored for \d+ HS6 codes \(850511, .+\); Tungsten \(HS 810194\) is none of them\.$/);
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
