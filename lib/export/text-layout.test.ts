import { describe, expect, it } from "vitest";
import { balanceColumns, escapeXml, escapeXmlText, estimateTextWidth, wrapText } from "./text-layout";

const style = { size: 10, weight: 400 };
/** Every character 10 px wide: easy arithmetic. */
const mono = (text: string) => text.length * 10;

describe("wrapText", () => {
  it("breaks at spaces without exceeding the width", () => {
    const lines = wrapText("one two three four five", 100, style, mono);
    expect(lines).toEqual(["one two", "three four", "five"]);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(100);
  });

  it("keeps every word, in order", () => {
    const text = "China halts rare earth shipments to Japan after the trawler collision";
    expect(wrapText(text, 120, style, mono).join(" ")).toBe(text);
  });

  it("splits an over-long word (a URL) by characters", () => {
    const lines = wrapText("see http://example.org/a/very/long/path", 100, style, mono);
    expect(lines.join("").replace(/\s/g, "")).toBe("seehttp://example.org/a/very/long/path");
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(100);
  });

  it("breaks Japanese text between characters", () => {
    const lines = wrapText("「武器」化されたレアアース、日本の産業界は耐えられるか", 60, style, mono);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("「武器」化されたレアアース、日本の産業界は耐えられるか");
  });

  describe("Japanese (no spaces: by character, with kinsoku)", () => {
    const title = "日本の輸入に占める中国の割合（対中輸入依存度）：永久磁石、2010〜2026年。出典は財務省「貿易統計」、USGS「Mineral Commodity Summaries」（2025年1月）。";
    const sources = "出典：財務省「貿易統計」（2011年2月）、東洋経済「「武器」化されたレアアース」（2025年）、JOGMEC「鉱物資源マテリアルフロー」（2024年）";

    it("fills each line up to the width and keeps every character, in order", () => {
      for (const width of [50, 70, 90, 120, 200]) {
        const lines = wrapText(title, width, style, mono);
        expect(lines.join("").replace(/ /g, "")).toBe(title.replace(/ /g, ""));
        for (const l of lines) expect(mono(l), `"${l}" at ${width}`).toBeLessThanOrEqual(width);
        expect(lines.length).toBeGreaterThan(1);
      }
    });

    it("never starts a line with 。、」）・ or a small kana, nor ends one with 「（", () => {
      for (const text of [title, sources, "ネオジム磁石の輸出管理、ガリウム・ゲルマニウムの輸出規制、黒鉛の輸出許可制。尖閣諸島沖の漁船衝突事件（2010年9月）"]) {
        for (const width of [40, 50, 60, 70, 80, 90, 100, 130, 170]) {
          const lines = wrapText(text, width, style, mono);
          expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
          for (const [i, l] of lines.entries()) {
            if (i > 0) expect(l, `line ${i} at ${width}: "${l}"`).not.toMatch(/^[、。，．・：；」』）〕］｝〉》】ーっゃゅょァィゥェォッャュョ%％)]/);
            expect(l, `line ${i} at ${width}: "${l}"`).not.toMatch(/[「『（〔［｛〈《【]$/);
          }
        }
      }
    });

    it("moves a character down with the closing mark rather than start a line with 、", () => {
      // 10 px a character, 60 px: 「日本の輸出管」 would leave 「理、」 to start the next line with 、 after 理.
      expect(wrapText("日本の輸出管理、中国の輸出規制", 70, style, mono)).toEqual(["日本の輸出管", "理、中国の輸出", "規制"]);
    });

    it("keeps a short bracketed marker such as ［英語］ on one line", () => {
      const text = "2012年9月11日 Japan buys three of the Senkaku islands［英語］";
      for (const width of [150, 160, 170, 180, 190, 200, 210, 220, 230]) {
        const lines = wrapText(text, width, style, mono);
        expect(lines.some((l) => l.includes("［英語］")), lines.join(" | ")).toBe(true);
      }
      // A longer parenthesis still breaks where it must.
      expect(wrapText("（対中輸入依存度の推移）", 60, style, mono).length).toBeGreaterThan(1);
    });

    it("breaks between Latin words and Japanese, keeping Latin words whole", () => {
      const lines = wrapText("REE Monitor · データ基準日 2026年1月 · 出力日 2026年3月14日", 130, style, mono);
      expect(lines.join(" ").replace(/\s+/g, "")).toBe("REEMonitor·データ基準日2026年1月·出力日2026年3月14日");
      expect(lines.some((l) => l.includes("Monitor") && !l.startsWith("Monitor"))).toBe(true);
      for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(130);
    });
  });

  it("collapses whitespace and drops empty input", () => {
    expect(wrapText("  a \n  b ", 100, style, mono)).toEqual(["a b"]);
    expect(wrapText("   ", 100, style, mono)).toEqual([]);
  });
});

describe("estimateTextWidth", () => {
  it("counts CJK characters a full em and errs wide for Latin", () => {
    expect(estimateTextWidth("日本", { size: 12, weight: 400 })).toBe(24);
    expect(estimateTextWidth("Rare earths", { size: 12, weight: 400 })).toBeGreaterThan(50);
    expect(estimateTextWidth("Bold", { size: 12, weight: 700 })).toBeGreaterThan(estimateTextWidth("Bold", { size: 12, weight: 400 }));
  });
});

describe("balanceColumns", () => {
  it("fills columns in reading order with about equal heights", () => {
    const cols = balanceColumns([1, 1, 1, 1, 1, 1], 3);
    expect(cols).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("never uses more columns than given, and is monotonic", () => {
    const cols = balanceColumns([3, 1, 1, 2, 5, 1, 1, 1], 2);
    expect(Math.max(...cols)).toBeLessThanOrEqual(1);
    expect([...cols].sort()).toEqual(cols);
  });
});

describe("escaping", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(escapeXmlText(`China's "ban" <now> & then`)).toBe(`China's "ban" &lt;now&gt; &amp; then`);
  });
});
