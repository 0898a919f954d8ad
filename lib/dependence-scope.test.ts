import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { drawnCodes, hsScopeNote, scopeNotes } from "./dependence-scope";
import type { DashboardT } from "./dependence-text";
import jaDashboard from "./i18n/messages/ja/dashboard.json";
import { point } from "./testing/fixtures";
import type { DependenceResponse } from "./types";

// Graphite lists three codes (materials.csv); its official rows are HS 250490 only.
const graphite = { materialName: "Graphite", materialHsCodes: ["250410", "250490", "380110"] };
const magnets = { materialName: "Permanent magnets", materialHsCodes: ["850511"] };

describe("hsScopeNote", () => {
  it("says a series from one of several codes is that code only", () => {
    expect(hsScopeNote(graphite, [null, "250490", "250490"])).toBe(
      "Official series: HS 250490 only (natural graphite, other than powder or flakes), 1 of graphite's 3 codes.",
    );
  });

  it("names the code of a one-code material", () => {
    expect(hsScopeNote(magnets, ["850511"])).toBe("Official series: HS 850511 (permanent magnets of metal).");
  });

  it("says nothing when no drawn row names a code", () => {
    expect(hsScopeNote(graphite, [null, null])).toBeNull();
  });

  it("lists several codes when the rows use several, still short of the material's", () => {
    expect(hsScopeNote({ materialName: "Rare earths (all)", materialHsCodes: ["280530", "284610", "284690"] }, ["284690", "280530"])).toBe(
      "Official series: HS 280530 (rare-earth metals, scandium and yttrium) and HS 284690 (other rare-earth compounds) only, 2 of rare earths (all)'s 3 codes.",
    );
  });
});

describe("scopeNotes", () => {
  const response = (extra: Partial<DependenceResponse>): DependenceResponse => ({
    material: "graphite",
    materialName: "Graphite",
    importer: "JPN",
    materialHsCodes: graphite.materialHsCodes,
    from: 2020,
    to: 2024,
    points: [point({ year: 2022, sharePct: 90, headline: true })],
    partners: [point({ year: 2022, partner: "MOZ", sharePct: 2, hsCode: "250490" })],
    partnersOmitted: 0,
    values: [],
    events: [],
    sources: [],
    ...extra,
  });

  it("reads the shares (and, alone, the partners) in the share view and the values in the value view", () => {
    const r = response({ values: [{ id: 1, year: 2022, valueUsd: 8099908, hsCode: "250490", basis: "value", derived: true, mirror: false, headline: false, sourceId: 202, note: null }] });
    expect(drawnCodes(r, "share", true)).toEqual([null, "250490"]);
    expect(drawnCodes(r, "share", false)).toEqual([null]);
    expect(drawnCodes(r, "value", false)).toEqual(["250490"]);
    expect(scopeNotes([r], "share")).toHaveLength(1);
    expect(scopeNotes([r, response({ partners: [] })], "share")).toEqual([]);
    expect(scopeNotes([r, response({ material: "x", materialName: "Other" })], "value")[0]).toMatch(/^Graphite: Official series: HS 250490 only/);
  });
});

describe("HS scope in Japanese", () => {
  const t = createTranslator({ locale: "ja", messages: { dashboard: jaDashboard }, namespace: "dashboard" }) as unknown as DashboardT;

  it("labels a share from one HS code with that code: 「HS 850511」, 「HS 250490 のみ」", () => {
    expect(hsScopeNote(magnets, ["850511"], t, "ja", "永久磁石")).toBe("公的統計：HS 850511「金属製の永久磁石」。");
    expect(hsScopeNote(graphite, [null, "250490"], t, "ja", "黒鉛")).toBe("公的統計：HS 250490「天然黒鉛（粉状・フレーク状以外）」のみ（黒鉛の3コードのうち1コード）。");
  });

  it("leads with the material's Japanese name when several are drawn", () => {
    const r = { material: "permanent-magnets", materialName: "Permanent magnets", materialHsCodes: ["850511"], points: [{ hsCode: "850511" }], partners: [], values: [] };
    expect(scopeNotes([r, { ...r, material: "x", points: [] }] as never, "share", false, t, "ja", () => "永久磁石")).toEqual(["【永久磁石】公的統計：HS 850511「金属製の永久磁石」。"]);
  });
});
