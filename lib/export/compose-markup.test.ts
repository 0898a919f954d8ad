import { describe, expect, it } from "vitest";
import { composeSvgMarkup, contrastText, metaTextRuns, type ExportMeta } from "./compose-markup";
import { formatFamilyList, normaliseColor, parseFamilyList } from "./css-values";

const meta: ExportMeta = {
  title: "China's share of Japan's rare earths imports, 2008–2026",
  subtitle: "Material: Rare earths · Years: 2008–2026 · Events: all categories",
  keyItems: [{ label: "China", color: "#D55E00", shape: "line" }],
  legendItems: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, date: "7 Sep 2010", title: `Event <${i + 1}> & more`, color: i % 2 ? "#F0E442" : "#0072B2" })),
  sourceLine: "Sources: Toyo Keizai, 「武器」化されたレアアース (2025).",
  footer: "REE Monitor · data as of 2026-01 · exported 2026-03-14",
  permalink: "http://127.0.0.1:3000/?from=2008&to=2026",
};

const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><text>2010</text></svg>', width: 600, height: 300 };

describe("composeSvgMarkup", () => {
  const out = composeSvgMarkup({ meta, chart, fontFamily: "inter, 'Noto Sans JP', sans-serif", fontCss: "@font-face{font-family:\"inter\";src:url(data:font/woff2;base64,AAAA)}" });

  it("is a standalone SVG with a white background, sized to the chart plus margins", () => {
    expect(out.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out.width).toBe(648);
    expect(out.height).toBeGreaterThan(300 + 100);
    expect(out.markup).toContain(`<rect width="${out.width}" height="${out.height}" fill="#ffffff"/>`);
    expect(out.markup).toContain("<defs><style");
  });

  it("carries title, filters, legend, sources, footer and permalink as escaped text", () => {
    expect(out.markup).toContain(`font-weight="700" fill="#1b2330">China's share of Japan's rare earths imports, 2008–2026</text>`);
    expect(out.markup).toContain("Material: Rare earths");
    expect(out.markup).toContain("Event &lt;12&gt; &amp; more");
    expect(out.markup).toContain("「武器」化されたレアアース");
    expect(out.markup).toContain("exported 2026-03-14");
    expect(out.markup).toContain("?from=2008&amp;to=2026");
    expect(out.markup).not.toContain("var(--");
  });

  it("draws one numbered disc per event, with readable number colours", () => {
    expect(out.markup.match(/<circle [^>]*r="8"/g)).toHaveLength(12);
    expect(contrastText("#F0E442")).toBe("#1b2330");
    expect(contrastText("#56B4E9")).toBe("#1b2330");
    expect(contrastText("#0072B2")).toBe("#ffffff");
    expect(contrastText("#000000")).toBe("#ffffff");
  });

  it("scales the chart into a requested width", () => {
    const narrow = composeSvgMarkup({ meta, chart, width: 348, fontFamily: "sans-serif" });
    expect(narrow.width).toBe(348);
    expect(narrow.markup).toContain("scale(0.5)");
  });

  it("lists every text run for font subsetting", () => {
    const runs = metaTextRuns(meta);
    expect(runs.some((r) => r.text.includes("「武器」") && r.weight === 400)).toBe(true);
    expect(runs.find((r) => r.text === meta.title)?.weight).toBe(700);
  });
});

describe("css values", () => {
  it("normalises colours to hex with alpha apart", () => {
    expect(normaliseColor("rgb(213, 94, 0)")).toEqual({ color: "#d55e00", alpha: 1 });
    expect(normaliseColor("rgba(0, 0, 0, 0.5)")).toEqual({ color: "#000000", alpha: 0.5 });
    expect(normaliseColor("none")).toEqual({ color: "none", alpha: 1 });
  });

  it("parses and formats font-family lists", () => {
    const names = parseFamilyList(`inter, "inter Fallback", "Noto Sans JP", ui-sans-serif, system-ui, sans-serif`);
    expect(names).toEqual(["inter", "inter Fallback", "Noto Sans JP", "ui-sans-serif", "system-ui", "sans-serif"]);
    expect(formatFamilyList(["inter", "Noto Sans JP", "sans-serif"])).toBe("inter, 'Noto Sans JP', sans-serif");
  });
});
