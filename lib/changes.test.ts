import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n/messages";
import type { Translator } from "./i18n/translator";
import { groupShareChanges, parseChangesParams, recordChanges, shareLineText, summarizeTallies, versionSummaryText, versionsCsvRows } from "./changes";
import type { DataChangeDto } from "./versions";

const tr = (locale: "en" | "ja") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "versions" }) as unknown as Translator<"versions">;

// Rows as migration 0007's triggers record them (snake_case, the stored columns).
const share = (o: Record<string, unknown>) => ({
  id: 1, year: 2024, period: "annual", month: null, half: null, material: "graphite", importer: "JPN", partner: "CHN", hs_code: "250410",
  share_pct: null, low_pct: null, high_pct: null, bound: null, volume_tonnes: null, value_usd: null, basis: "value", estimate: 0,
  derived: 1, mirror: 0, headline: 0, source_id: 41, note: null, ...o,
});
let seq = 0;
const change = (c: Partial<DataChangeDto> & Pick<DataChangeDto, "action">): DataChangeDto => ({
  id: ++seq, version: 3, entity: "trade_share", entityId: "1", material: "graphite", year: 2024, before: null, after: null, ...c,
});

// The corrected graphite Comtrade file (db/queries/versions.test.ts): China 2024 by value 87.197 % → 80.003 %.
const graphite2024 = change({ action: "change", before: share({ share_pct: 87.197 }), after: share({ share_pct: 80.003 }) });
const graphiteKorea = change({ action: "change", entityId: "2", before: share({ partner: "KOR", share_pct: 3.5 }), after: share({ partner: "KOR", share_pct: 5.1 }) });
const rareEarths2010 = change({ action: "add", material: "rare-earths", year: 2010, entityId: "12", after: share({ id: 12, year: 2010, material: "rare-earths", share_pct: 81.61, basis: "unspecified", source_id: 8, headline: 1, derived: 0 }) });
const magnets2015 = change({ action: "remove", material: "permanent-magnets", year: 2015, before: share({ year: 2015, material: "permanent-magnets", share_pct: 31.94, basis: "unspecified", source_id: 9 }) });
const event = change({ action: "add", entity: "incident", entityId: "7", material: null, year: 2010, after: { id: 7, title: "China halts rare earth exports to Japan", title_ja: "中国、対日レアアース輸出を停止", year: 2010 } });

const names: Record<string, Record<string, string>> = {
  en: { graphite: "Graphite", "rare-earths": "Rare earths", "permanent-magnets": "Permanent magnets" },
  ja: { graphite: "黒鉛", "rare-earths": "レアアース", "permanent-magnets": "永久磁石" },
};
const ctx = (locale: "en" | "ja") => ({ locale, materialName: (s: string) => names[locale][s], sourceTitle: (id: number) => (id === 41 ? "UN Comtrade" : id === 8 ? "JOGMEC 2011" : null) });

describe("what changed, grouped and worded", () => {
  it("groups trade-share changes by material (page order) and year (newest first), China first", () => {
    const groups = groupShareChanges([graphiteKorea, rareEarths2010, graphite2024, magnets2015, event], ["rare-earths", "permanent-magnets", "graphite"]);
    expect(groups.map((g) => [g.material, g.years.map((y) => y.year)])).toEqual([
      ["rare-earths", [2010]],
      ["permanent-magnets", [2015]],
      ["graphite", [2024]],
    ]);
    expect(groups[2].years[0].lines.map((l) => [l.after!.partner, l.before!.sharePct, l.after!.sharePct])).toEqual([
      ["CHN", 87.197, 80.003],
      ["KOR", 3.5, 5.1],
    ]);
    expect(groups[0].years[0].lines[0]).toMatchObject({ action: "add", before: null, after: { sharePct: 81.61, sourceId: 8, importer: "JPN" } });
  });

  it("words each change in the page's language, with the source, naming the partner when it is not China", () => {
    const [re, pm, gr] = groupShareChanges([graphite2024, graphiteKorea, rareEarths2010, magnets2015], ["rare-earths", "permanent-magnets", "graphite"]);
    const en = tr("en");
    expect(shareLineText(en, gr.years[0].lines[0], ctx("en"))).toBe("Graphite · 2024, by value: 87.2% → 80% (UN Comtrade)");
    expect(shareLineText(en, gr.years[0].lines[1], ctx("en"))).toBe("Graphite · 2024, imports from South Korea, by value: 3.5% → 5.1% (UN Comtrade)");
    expect(shareLineText(en, re.years[0].lines[0], ctx("en"))).toBe("Rare earths · 2010: 81.61%, added (JOGMEC 2011)");
    expect(shareLineText(en, pm.years[0].lines[0], ctx("en"))).toBe("Permanent magnets · 2015: 31.94%, removed");
    const ja = tr("ja");
    expect(shareLineText(ja, gr.years[0].lines[0], ctx("ja"))).toBe("黒鉛・2024年・金額ベース：87.2% → 80%（UN Comtrade）");
    expect(shareLineText(ja, gr.years[0].lines[1], ctx("ja"))).toBe("黒鉛・2024年・韓国からの輸入・金額ベース：3.5% → 5.1%（UN Comtrade）");
  });

  it("says when a row changed but its share did not", () => {
    const restated = change({ action: "change", before: share({ share_pct: 87.197, value_usd: 1 }), after: share({ share_pct: 87.197, value_usd: 2 }) });
    const [g] = groupShareChanges([restated]);
    expect(shareLineText(tr("en"), g.years[0].lines[0], ctx("en"))).toBe("Graphite · 2024, by value: 87.2%, the figures behind it revised (UN Comtrade)");
  });

  it("says when a value became, or stopped being, the line's value for its year", () => {
    const demoted = change({ action: "change", before: share({ share_pct: 90, basis: "unspecified", headline: 1 }), after: share({ share_pct: 90, basis: "unspecified", headline: 0 }) });
    const [g] = groupShareChanges([demoted]);
    expect(shareLineText(tr("en"), g.years[0].lines[0], ctx("en"))).toBe("Graphite · 2024: 90%, no longer the line's value for the year (UN Comtrade)");
    expect(shareLineText(tr("ja"), g.years[0].lines[0], ctx("ja"))).toBe("黒鉛・2024年：90%（当年の代表値から除外）（UN Comtrade）");
  });

  it("shows a total (imports from the World, no share) by its value or volume, never n/a", () => {
    const world = (v: number, basis = "value") => share({ partner: "WLD", share_pct: null, basis, value_usd: v, volume_tonnes: 12_345 });
    const [added] = groupShareChanges([change({ action: "add", before: null, after: world(61_473_072.338) })]);
    expect(shareLineText(tr("en"), added.years[0].lines[0], ctx("en"))).toMatch(/^Graphite · 2024, imports from World, by value: US\$61\.5m, added/);
    const [changed] = groupShareChanges([change({ action: "change", before: world(61_473_072.338), after: world(60_000_000) })]);
    expect(shareLineText(tr("ja"), changed.years[0].lines[0], ctx("ja"))).toMatch(/61\.5百万ドル → 60(\.0)?百万ドル/);
    const [tonnes] = groupShareChanges([change({ action: "add", before: null, after: world(1, "volume") })]);
    expect(shareLineText(tr("en"), tonnes.years[0].lines[0], ctx("en"))).toContain("by volume: 12,345 t, added");
  });

  it("names events by title in the page's language", () => {
    const [line] = recordChanges([graphite2024, event]);
    expect(line).toMatchObject({ entity: "incident", action: "add", title: "China halts rare earth exports to Japan", titleJa: "中国、対日レアアース輸出を停止", year: 2010 });
  });

  it("summarises a big version per material: years covered and values added", () => {
    const s = summarizeTallies(
      [
        { entity: "trade_share", action: "add", material: "graphite", fromYear: 2015, toYear: 2024, count: 60 },
        { entity: "trade_share", action: "add", material: "rare-earths", fromYear: 2008, toYear: 2025, count: 400 },
        { entity: "incident", action: "add", material: null, fromYear: 2010, toYear: 2025, count: 85 },
        { entity: "source", action: "add", material: null, fromYear: null, toYear: null, count: 61 },
      ],
      ["rare-earths", "graphite"],
    );
    expect(s.materials).toEqual([
      { material: "rare-earths", fromYear: 2008, toYear: 2025, added: 400, changed: 0, removed: 0 },
      { material: "graphite", fromYear: 2015, toYear: 2024, added: 60, changed: 0, removed: 0 },
    ]);
    expect(s.entities.map((e) => [e.entity, e.added])).toEqual([["incident", 85], ["source", 61]]);
  });

  it("words a version from its fields, never from the stored line (which may name a file)", () => {
    const v = { kind: "import" as const, added: 0, changed: 1, removed: 0, importId: 4 };
    expect(versionSummaryText(tr("en"), v, "UN Comtrade")).toBe("Import #4 (UN Comtrade): 0 added, 1 changed, 0 removed");
    expect(versionSummaryText(tr("ja"), v, "国連貿易統計")).toBe("取込#4（国連貿易統計）：追加0件、変更1件、削除0件");
    expect(versionSummaryText(tr("en"), { ...v, kind: "seed", added: 15234, changed: 0 }, null)).toBe("Seed load: 15,234 added, 0 changed, 0 removed");
  });

  it("reads the page's since and material, turning bad values into notices", () => {
    const t = tr("en");
    const known = new Set(["graphite"]);
    expect(parseChangesParams({ since: "2", material: "graphite" }, known, 3, t)).toEqual({ filters: { material: "graphite", since: 2, sinceBeyond: false }, issues: [] });
    const bad = parseChangesParams({ since: "abc", material: "unobtainium" }, known, 3, t);
    expect(bad.filters).toEqual({ material: null, since: 0, sinceBeyond: false });
    expect(bad.issues.map((i) => i.param)).toEqual(["material", "since"]);
    const beyond = parseChangesParams({ since: "9" }, known, 3, t);
    expect(beyond.filters.sinceBeyond).toBe(true);
    expect(beyond.issues[0].message).toBe("there is no version after 9: the current version is 3");
    expect(parseChangesParams({ since: "3" }, known, 3, t).issues).toEqual([]);
  });

  it("writes one CSV row per change with the share before and after", () => {
    const rows = versionsCsvRows({
      current: { version: 3, at: "2026-12-01T22:00:00.000Z" },
      truncated: false,
      versions: [{ version: 3, createdAt: "2026-12-01T22:00:00.000Z", kind: "import", summary: "", added: 0, changed: 1, removed: 0, importId: 4, importKind: "comtrade", changes: [graphite2024] }],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 3, entity: "trade_share", action: "change", material: "graphite", year: 2024, partner: "CHN", importer: "JPN", beforeSharePct: 87.197, afterSharePct: 80.003, sourceId: 41 });
  });
});
