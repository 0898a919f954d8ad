import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ja from "@/lib/i18n/messages/ja/export.json";
import type { Translator } from "@/lib/i18n/translator";
import { chartExportMeta, sourceLabel } from "./chart-meta";
import { composeSvgMarkup, metaTextRuns } from "./compose-markup";
import { exportFileName, exportFooter } from "./naming";
import { estimateTextWidth } from "./text-layout";
import { ENGLISH_EXPORT_WORDS, exportWords, withExportWords, type ExportWords } from "./words";

const japanese: ExportWords = {
  locale: "ja",
  t: createTranslator({ locale: "ja", messages: { export: ja }, namespace: "export" }) as unknown as Translator<"export">,
};

const sources = [
  { id: 7, title: "貿易統計", publisher: "財務省", published: "2011-02", url: null, kind: "official", locator: null },
  { id: 3, title: "Mineral Commodity Summaries 2025", publisher: "USGS", published: "2025-01-31", url: null, kind: "report", locator: null },
  { id: 9, title: "Rare earths in 2024", publisher: null, published: null, url: null, kind: "report", locator: null },
];
const exported = new Date(2026, 2, 14);

describe("the pipeline's own words in Japanese", () => {
  it("writes the footer with データ基準日 and 出力日, dates in Japanese", () => {
    expect(exportFooter({ dataAsOf: "2026-01", exported: "2026-03-14", words: japanese })).toBe("REE Monitor · データ基準日 2026年1月 · 出力日 2026年3月14日");
    expect(exportFooter({ dataAsOf: "2024", exported: "2026-03-14", words: japanese })).toBe("REE Monitor · データ基準日 2024年 · 出力日 2026年3月14日");
    expect(exportFooter({ dataAsOf: null, exported: "2026-03-14", empty: true, words: japanese })).toBe("REE Monitor · 描画した値なし · 出力日 2026年3月14日");
    expect(exportFooter({ dataAsOf: null, exported: "2026-03-14", words: japanese })).toBe("REE Monitor · 出典の日付なし · 出力日 2026年3月14日");
  });

  it("keeps a data date that is not a plain ISO date as the card wrote it", () => {
    expect(exportFooter({ dataAsOf: "2024年（値）、2026年6月23日（事案）", exported: "2026-03-14", words: japanese })).toBe(
      "REE Monitor · データ基準日 2024年（値）、2026年6月23日（事案） · 出力日 2026年3月14日",
    );
  });

  it("cites sources the Japanese way, titles as published", () => {
    expect(sourceLabel(sources[0], japanese)).toBe("財務省「貿易統計」（2011年2月）");
    expect(sourceLabel(sources[1], japanese)).toBe("USGS「Mineral Commodity Summaries 2025」（2025年1月31日）");
    expect(sourceLabel(sources[2], japanese)).toBe("「Rare earths in 2024」");
    expect(sourceLabel(sources[0])).toBe("財務省, 貿易統計 (2011-02)");
  });

  it("builds a card's metadata in Japanese: filters, sources line, footer", () => {
    const meta = chartExportMeta({
      title: "供給国集中度（HHI）：永久磁石",
      filters: ["鉱種：永久磁石", "期間：2010〜2024年"],
      sources,
      dataAsOf: "2024",
      permalink: "http://x/ja?material=permanent-magnets",
      exported,
      words: japanese,
    });
    expect(meta.subtitle).toBe("鉱種：永久磁石／期間：2010〜2024年");
    expect(meta.sourceLine).toBe("出典：USGS「Mineral Commodity Summaries 2025」（2025年1月31日）、財務省「貿易統計」（2011年2月）、「Rare earths in 2024」");
    expect(meta.footer).toBe("REE Monitor · データ基準日 2024年 · 出力日 2026年3月14日");
    const empty = chartExportMeta({ title: "t", filters: [], sources: [], dataAsOf: null, permalink: "p", exported, words: japanese });
    expect(empty.sourceLine).toBe("描画した値がないため、出典はありません。");
    expect(empty.footer).toBe("REE Monitor · 描画した値なし · 出力日 2026年3月14日");
  });

  it("English stays as it was", () => {
    const meta = chartExportMeta({ title: "t", filters: ["Material: Magnets", "Years: 2010–2024"], sources: sources.slice(0, 1), dataAsOf: "2024", permalink: "p", exported });
    expect(meta.subtitle).toBe("Material: Magnets · Years: 2010–2024");
    expect(meta.sourceLine).toBe("Sources: 財務省, 貿易統計 (2011-02).");
    expect(meta.footer).toBe("REE Monitor · data as of 2024 · exported 2026-03-14");
  });
});

describe("the export menu's language reaches the cards' metadata", () => {
  it("is the menu's during withExportWords, English outside, and an explicit argument wins", () => {
    const footer = () => exportFooter({ dataAsOf: "2025", exported: "2026-03-14" });
    expect(footer()).toBe("REE Monitor · data as of 2025 · exported 2026-03-14");
    expect(withExportWords(japanese, footer)).toBe("REE Monitor · データ基準日 2025年 · 出力日 2026年3月14日");
    expect(withExportWords(japanese, () => exportFooter({ dataAsOf: "2025", exported: "2026-03-14", words: ENGLISH_EXPORT_WORDS }))).toContain("data as of 2025");
    // Restored after the call, even when it throws.
    expect(() =>
      withExportWords(japanese, () => {
        throw new Error("card failed");
      }),
    ).toThrow("card failed");
    expect(exportWords().locale).toBe("en");
  });
});

describe("the composed image in Japanese", () => {
  const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"></svg>', width: 600, height: 300 };
  const meta = {
    ...chartExportMeta({ title: "日本の輸入に占める中国の割合：永久磁石、2010〜2026年", filters: ["鉱種：永久磁石"], sources, dataAsOf: "2024", permalink: "http://x/ja", exported, words: japanese }),
    legendItems: [{ number: 1, date: "2010年9月7日", title: "尖閣諸島沖漁船衝突事件、中国がレアアースの対日輸出を事実上停止", color: "#D55E00" }],
  };

  it("heads the events 事案, marks the document Japanese and lists the heading for the font subsets", () => {
    const out = composeSvgMarkup({ meta, chart, fontFamily: "sans-serif", words: japanese });
    expect(out.markup).toContain('xml:lang="ja"');
    expect(out.markup).toMatch(/font-weight="700" fill="#1b2330">事案<\/text>/);
    expect(out.markup).not.toContain(">Events<");
    expect(out.markup).toContain("データ基準日 2024年");
    expect(metaTextRuns(meta, japanese).some((r) => r.text === "事案" && r.weight === 700)).toBe(true);
    expect(composeSvgMarkup({ meta, chart, fontFamily: "sans-serif" }).markup).toContain(">Events<");
  });

  it("wraps a long Japanese title and sources line inside the image", () => {
    const long = { ...meta, title: meta.title.repeat(4), sourceLine: meta.sourceLine.repeat(3) };
    const out = composeSvgMarkup({ meta: long, chart, width: 400, fontFamily: "sans-serif", words: japanese });
    const lines = [...out.markup.matchAll(/<text x="24" [^>]*font-size="18"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(long.title);
    for (const l of lines) expect(estimateTextWidth(l, { size: 18, weight: 700 })).toBeLessThanOrEqual(400 - 48);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[、。」）]/);
  });
});

describe("file names stay ASCII", () => {
  it("drops a Japanese chart or material name rather than write it into the file name", () => {
    expect(exportFileName({ chart: "dependence", materials: ["permanent-magnets"], from: 2010, to: 2026 })).toBe("dependence-permanent-magnets-2010-2026");
    const name = exportFileName({ chart: "対中依存度", materials: ["永久磁石", "gallium"], from: 2010, to: 2026 });
    expect(name).toMatch(/^[\x21-\x7e]+$/);
    expect(name).toBe("gallium-2010-2026");
  });
});
