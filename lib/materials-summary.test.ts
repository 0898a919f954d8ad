import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n/messages";
import type { Translator } from "./i18n/translator";
import { source } from "./testing/fixtures";
import { hsScope, latestPeriodText, latestShareText, materialsSummaryCsvRows, shortSourceTitle, sortMaterials, type MaterialLatest, type MaterialSummaryRow } from "./materials-summary";

const latest = (p: Partial<MaterialLatest> & { year: number }): MaterialLatest => ({
  period: "annual",
  half: null,
  sharePct: null,
  low: null,
  high: null,
  bound: null,
  estimate: false,
  basis: "value",
  mirror: false,
  derived: true,
  hsCode: null,
  sourceId: 1,
  ...p,
});

const row = (slug: string, l: MaterialLatest | null, hsCodes: string[] = []): MaterialSummaryRow => ({
  slug,
  name: slug.charAt(0).toUpperCase() + slug.slice(1),
  nameJa: null,
  group: "other_critical",
  hsCodes,
  latest: l,
  noShare: l ? null : "no_china_rows",
  trend: l ? [l] : [],
});

const rows = [
  row("alpha", latest({ year: 2022, sharePct: 40 })),
  row("beta", null),
  row("gamma", latest({ year: 2024, sharePct: 90 })),
  row("delta", latest({ year: 2025, period: "range", low: 60, high: 70 })),
  row("epsilon", latest({ year: 2024, sharePct: 0 })),
];
const ja = createTranslator({ locale: "ja", messages: MESSAGES.ja, namespace: "materials" }) as Translator<"materials">;
const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "materials" }) as Translator<"materials">;
const slugs = (rs: MaterialSummaryRow[]) => rs.map((r) => r.slug);

describe("sortMaterials", () => {
  it("ranks by share, a range by its low end, a 0 as a share and no share last", () => {
    expect(slugs(sortMaterials(rows, "share", "desc"))).toEqual(["gamma", "delta", "alpha", "epsilon", "beta"]);
    expect(slugs(sortMaterials(rows, "share", "asc"))).toEqual(["epsilon", "alpha", "delta", "gamma", "beta"]);
  });
  it("sorts by name and by year, ties by name", () => {
    expect(slugs(sortMaterials(rows, "name", "asc"))).toEqual(["alpha", "beta", "delta", "epsilon", "gamma"]);
    expect(slugs(sortMaterials(rows, "name", "desc"))).toEqual(["gamma", "epsilon", "delta", "beta", "alpha"]);
    expect(slugs(sortMaterials(rows, "year", "desc"))).toEqual(["delta", "epsilon", "gamma", "alpha", "beta"]);
  });
});

describe("labels", () => {
  it("names the HS scope of a share", () => {
    expect(hsScope(row("w", latest({ year: 2024, hsCode: "810194" }), ["810194"]), en)).toBe("HS 810194");
    expect(hsScope(row("sb", latest({ year: 2024, hsCode: "811010" }), ["811010", "811020", "282580"]), en)).toBe("HS 811010 only (1 of 3 codes)");
    expect(hsScope(row("re", latest({ year: 2026 }), ["280530", "284610", "284690"]), en)).toBe("");
  });
  it("marks estimates, bounds, ranges and mirror values, and never writes a missing share as 0", () => {
    expect(latestShareText(latest({ year: 2024, sharePct: 99.63 }), en, "en")).toBe("99.63%");
    expect(latestShareText(latest({ year: 2026, sharePct: 60, estimate: true }), en, "en")).toBe("~60%");
    expect(latestShareText(latest({ year: 2022, sharePct: 66.7, bound: "lower" }), en, "en")).toBe("> 66.7%");
    expect(latestShareText(latest({ year: 2025, low: 60, high: 70 }), en, "en")).toBe("60–70%");
    expect(latestShareText(latest({ year: 2024, sharePct: 30, mirror: true }), en, "en")).toBe("30% (mirror)");
    expect(latestShareText(null, en, "en")).toBe("no annual share");
  });
  it("writes the share, its year and HS scope in Japanese", () => {
    expect(latestShareText(latest({ year: 2024, sharePct: 99.63 }), ja, "ja")).toBe("99.63%");
    expect(latestShareText(latest({ year: 2026, sharePct: 60, estimate: true }), ja, "ja")).toBe("約60%");
    expect(latestShareText(latest({ year: 2022, sharePct: 66.7, bound: "lower" }), ja, "ja")).toBe("66.7%超");
    expect(latestShareText(latest({ year: 2025, low: 60, high: 70 }), ja, "ja")).toBe("60〜70%");
    expect(latestShareText(latest({ year: 2024, sharePct: 30, mirror: true }), ja, "ja")).toBe("30%（ミラー統計）");
    expect(latestShareText(null, ja, "ja")).toBe("年次の割合なし");
    expect(latestPeriodText(latest({ year: 2024, sharePct: 1 }), "ja")).toBe("2024年");
    expect(latestPeriodText(latest({ year: 2025, sharePct: 1, period: "half_year", half: "H1" }), "ja")).toBe("2025年上期");
    expect(hsScope(row("sb", latest({ year: 2024, hsCode: "811010" }), ["811010", "811020", "282580"]), ja)).toBe("HS 811010のみ（全3コード中）");
    expect(hsScope(row("w", latest({ year: 2024, hsCode: "810194" }), ["810194"]), ja)).toBe("HS 810194");
  });

  it("sorts by the Japanese name on a Japanese page, English where there is none", () => {
    const named = [
      { ...row("tungsten", latest({ year: 2024, sharePct: 50 })), name: "Tungsten", nameJa: "タングステン" },
      { ...row("antimony", latest({ year: 2024, sharePct: 50 })), name: "Antimony", nameJa: "アンチモン" },
      { ...row("indium", latest({ year: 2024, sharePct: 50 })), name: "Indium", nameJa: "インジウム" },
    ];
    expect(slugs(sortMaterials(named, "name", "asc", "ja"))).toEqual(["antimony", "indium", "tungsten"]);
    expect(slugs(sortMaterials(named, "share", "desc", "ja"))).toEqual(["antimony", "indium", "tungsten"]);
    expect(slugs(sortMaterials(named, "name", "asc", "en"))).toEqual(["antimony", "indium", "tungsten"]);
    const reversed = named.map((r) => ({ ...r, nameJa: r.slug === "antimony" ? "ん" : r.nameJa }));
    expect(slugs(sortMaterials(reversed, "name", "asc", "ja"))).toEqual(["indium", "tungsten", "antimony"]);
  });

  it("shortens a source title for the table", () => {
    expect(shortSourceTitle("CEPII BACI (HS17, V202601), reconciled from UN Comtrade")).toBe("CEPII BACI (HS17, V202601)");
    expect(shortSourceTitle("China–Japan rivalry [untitled article; outlet not known]")).toBe("China–Japan rivalry");
  });
});

describe("materialsSummaryCsvRows", () => {
  it("writes every material with its source, or why there is no share", () => {
    const data = { importer: "JPN", partner: "CHN", rows, sources: [source(1, { publisher: "CEPII", title: "BACI", published: "2026-01" })] };
    const csv = materialsSummaryCsvRows(data, sortMaterials(rows, "share", "desc"));
    expect(csv.map((r) => r.material)).toEqual(["gamma", "delta", "alpha", "epsilon", "beta"]);
    expect(csv[0]).toMatchObject({ sharePct: 90, shown: "90%", basis: "value", sourceId: 1, source: "CEPII · BACI · 2026-01", noShareReason: null });
    expect(csv[1]).toMatchObject({ sharePct: null, low: 60, high: 70, shown: "60–70%" });
    expect(csv[4]).toMatchObject({ sharePct: null, shown: "no annual share", source: null });
    expect(csv[4].noShareReason).toMatch(/No source/);
    // The CSV's English is the English page's, word for word.
    const scoped = [row("sb", latest({ year: 2024, hsCode: "811010", mirror: true, sharePct: 30 }), ["811010", "811020", "282580"])];
    const [sb] = materialsSummaryCsvRows({ ...data, rows: scoped });
    expect([sb.hsScope, sb.shown]).toEqual([hsScope(scoped[0], en), latestShareText(scoped[0].latest, en, "en")]);
    expect(sb.hsScope).toBe("HS 811010 only (1 of 3 codes)");
  });
});
