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
