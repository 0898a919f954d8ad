// The exported SVG/PNG embed only the font subsets whose unicode-range covers the text drawn
// (facesForText). This checks, on the real @font-face rules and font files the app ships, that
// every character of a Japanese export gets a face that really has its glyph: nothing renders as
// tofu, nothing falls through to whatever sans-serif the viewer's machine has.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, inflateSync } from "node:zlib";
import { createTranslator } from "next-intl";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import ja from "@/lib/i18n/messages/ja/export.json";
import { ja as jaCatalogue } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/translator";
import { chartExportMeta } from "./chart-meta";
import { metaTextRuns, type ExportMeta } from "./compose-markup";
import { codePoints, facesForText, inRanges, LATIN_SUBSET, parseUnicodeRange, parseWeight, type FaceInfo } from "./unicode-range";
import type { ExportWords } from "./words";

const root = path.resolve(__dirname, "../..");
const JP_DIR = path.join(root, "node_modules/@fontsource/noto-sans-jp");
const INTER = path.join(root, "node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2");

type Face = FaceInfo & { file: string };

/** The @font-face rules of a fontsource CSS file (what app/fonts.ts imports), with their WOFF file. */
function fontsourceFaces(cssFile: string): Face[] {
  const css = readFileSync(path.join(JP_DIR, cssFile), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const prop = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1].trim() ?? "";
    const woff = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(body)![1];
    return { family: prop("font-family").replace(/'/g, ""), weight: parseWeight(prop("font-weight")), ranges: parseUnicodeRange(prop("unicode-range")), file: path.join(JP_DIR, woff) };
  });
}

// ---- cmap: which code points a font file really has a glyph for ----

function cmapCodePoints(cmap: Buffer): Set<number> {
  const out = new Set<number>();
  const count = cmap.readUInt16BE(2);
  const records = Array.from({ length: count }, (_, i) => ({ platform: cmap.readUInt16BE(4 + i * 8), encoding: cmap.readUInt16BE(6 + i * 8), offset: cmap.readUInt32BE(8 + i * 8) }));
  // The Unicode subtable: format 12 (full repertoire) when there is one, else format 4 (BMP).
  const formatOf = (r: { offset: number }) => cmap.readUInt16BE(r.offset);
  const table = records.find((r) => formatOf(r) === 12) ?? records.find((r) => formatOf(r) === 4 && (r.platform === 0 || (r.platform === 3 && r.encoding === 1)));
  if (!table) throw new Error("no Unicode cmap subtable");
  const at = table.offset;
  const format = formatOf(table);
  if (format === 12) {
    const groups = cmap.readUInt32BE(at + 12);
    for (let g = 0; g < groups; g++) {
      const start = cmap.readUInt32BE(at + 16 + g * 12);
      const end = cmap.readUInt32BE(at + 20 + g * 12);
      for (let c = start; c <= end; c++) out.add(c);
    }
    return out;
  }
  if (format !== 4) throw new Error(`cmap format ${format} not handled`);
  const segs = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const ro = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph = ro === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
      if (glyph !== 0) out.add(c);
    }
  }
  return out;
}

/** WOFF 1.0: a table directory, each table zlib-compressed on its own. */
function woffCmap(file: string): Set<number> {
  const b = readFileSync(file);
  expect(b.toString("latin1", 0, 4)).toBe("wOFF");
  const n = b.readUInt16BE(12);
  for (let i = 0; i < n; i++) {
    const e = 44 + i * 20;
    if (b.toString("latin1", e, e + 4) !== "cmap") continue;
    const offset = b.readUInt32BE(e + 4);
    const comp = b.readUInt32BE(e + 8);
    const orig = b.readUInt32BE(e + 12);
    const data = b.subarray(offset, offset + comp);
    return cmapCodePoints(comp < orig ? inflateSync(data) : data);
  }
  throw new Error(`${file}: no cmap`);
}

/** WOFF 2.0: one brotli stream of all tables; cmap is never transformed, so it is read as it is. */
function woff2Cmap(file: string): Set<number> {
  const b = readFileSync(file);
  expect(b.toString("latin1", 0, 4)).toBe("wOF2");
  const n = b.readUInt16BE(12);
  let p = 48;
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const byte = b[p++];
      v = v * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return v;
    }
    throw new Error("bad UIntBase128");
  };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < n; i++) {
    const flags = b[p++];
    const tagIndex = flags & 0x3f;
    let tag = tagIndex === 0 ? "cmap" : String(tagIndex);
    if (tagIndex === 63) {
      tag = b.toString("latin1", p, p + 4);
      p += 4;
    }
    const version = flags >> 6;
    const orig = base128();
    // glyf (10) and loca (11) are transformed at version 0; every other table at a version above 0.
    const transformed = tagIndex === 10 || tagIndex === 11 ? version === 0 : version !== 0;
    tables.push({ tag, length: transformed ? base128() : orig });
  }
  const stream = brotliDecompressSync(b.subarray(p, p + b.readUInt32BE(20)));
  let offset = 0;
  for (const t of tables) {
    if (t.tag === "cmap") return cmapCodePoints(stream.subarray(offset, offset + t.length));
    offset += t.length;
  }
  throw new Error(`${file}: no cmap`);
}

// ---- what a Japanese export draws ----

const words: ExportWords = {
  locale: "ja",
  t: createTranslator({ locale: "ja", messages: { export: ja }, namespace: "export" }) as unknown as Translator<"export">,
};

/** A Japanese export of the overview chart as a card hands it to the pipeline, through the pipeline's own words. */
function japaneseExport(): ExportMeta {
  const meta = chartExportMeta({
    title: "日本の輸入に占める中国の割合（対中輸入依存度）：永久磁石、2010〜2026年",
    filters: ["鉱種：永久磁石", "期間：2010〜2026年", "事案：全カテゴリー", "日本の輸入に占める割合（%）"],
    keyItems: [
      { label: "中国シェア（代表値）", color: "#D55E00", shape: "line" },
      { label: "推計値／下限値・上限値／幅", color: "#5b6573", shape: "dashed" },
      { label: "他の出典の値（同年）", color: "#5b6573", shape: "dot" },
      { label: "輸出管理（輸出規制）", color: "#D55E00", shape: "disc" },
      { label: "マーカーの大きさ＝深刻度1〜5", color: "#5b6573", shape: "none" },
    ],
    sources: [
      { id: 1, title: "貿易統計", publisher: "財務省", published: "2011-02", url: null },
      { id: 2, title: "「武器」化されたレアアース、日本の産業界は耐えられるか", publisher: "東洋経済", published: "2025", url: null },
      { id: 3, title: "Mineral Commodity Summaries 2025", publisher: "USGS", published: "2025-01-31", url: null },
    ] as never,
    dataAsOf: "2024",
    permalink: "http://127.0.0.1:3000/ja?material=permanent-magnets&from=2010",
    exported: new Date(2026, 2, 14),
    words,
  });
  return {
    ...meta,
    legendItems: [
      ["2010年9月7日", "尖閣諸島沖で中国漁船が巡視船に衝突、中国がレアアースの対日輸出を事実上停止"],
      ["2023年7月3日", "中国がガリウム・ゲルマニウム関連品目の輸出管理を発表（8月1日施行）"],
      ["2023年10月20日", "中国が黒鉛（天然黒鉛・人造黒鉛）の輸出許可制を発表"],
      ["2024年12月3日", "中国が軍民両用（デュアルユース）品目の対米輸出を禁止、アンチモンも対象"],
      ["2025年4月4日", "中国がジスプロシウム・テルビウムなど中・重希土類7元素の輸出を許可制に"],
      ["2025年10月9日", "中国がレアアース技術・磁石製造設備の域外適用を含む輸出管理を強化、経済的威圧への懸念"],
    ].map(([date, title], i) => ({ number: i + 1, date, title, color: "#0072B2" })),
  };
}

/** Every Japanese message of the catalogues: what the cards pass as titles, filters and keys. */
function catalogueTexts(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === "string") out.push(tree);
  else if (tree && typeof tree === "object") for (const v of Object.values(tree)) catalogueTexts(v, out);
  return out;
}

/** The seed's Japanese texts (every *_ja column) and the source titles as published: what the legend and sources line draw. */
function seedTexts(): string[] {
  const dir = path.join(root, "db/seed");
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, file), "utf8"), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) for (const [col, v] of Object.entries(row)) if (v && (col.endsWith("_ja") || (file === "sources.csv" && (col === "title" || col === "publisher")))) out.push(v);
  }
  return out;
}

describe("Japanese export text: every character has a glyph in the embedded subsets", () => {
  const jp = [...fontsourceFaces("400.css"), ...fontsourceFaces("600.css")];
  const inter: Face = { family: "inter", weight: [100, 900], ranges: null, file: INTER };
  const faces = [inter, ...jp];
  const families = ["inter", "Noto Sans JP", "sans-serif"];
  const cmaps = new Map<string, Set<number>>();
  const cmapOf = (f: Face) => {
    if (!cmaps.has(f.file)) cmaps.set(f.file, f.file.endsWith(".woff2") ? woff2Cmap(f.file) : woffCmap(f.file));
    return cmaps.get(f.file)!;
  };

  /** For each code point of the runs, the face the embedder picks for it; the misses, named. */
  function check(runs: { text: string; weight: number }[]) {
    const picked = facesForText(faces, families, runs);
    const missing: string[] = [];
    for (const run of runs) {
      for (const cp of codePoints(run.text)) {
        // The face a renderer uses: the first family, at the run's weight class, whose embedded range covers it.
        const face = picked.find((f) => inRanges(cp, f.ranges ?? LATIN_SUBSET) && (f.family === "inter" || (run.weight >= 600) === f.weight[0] >= 600));
        if (!face || !cmapOf(face).has(cp)) missing.push(`${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()} (${run.weight}${face ? `, ${path.basename(face.file)}` : ", no face"})`);
      }
    }
    return { picked, missing: [...new Set(missing)] };
  }

  it("reads the shipped faces", () => {
    expect(jp.length).toBe(248);
    expect(jp.every((f) => f.family === "Noto Sans JP" && f.ranges!.length > 0)).toBe(true);
    // The cmaps are read for real: Inter has Latin and no kanji; the subset whose range holds 中 has its glyph.
    expect(cmapOf(inter).has("A".codePointAt(0)!)).toBe(true);
    expect(cmapOf(inter).has(0x4e2d)).toBe(false);
    const withNaka = jp.find((f) => f.weight[0] === 400 && inRanges(0x4e2d, f.ranges!))!;
    expect(cmapOf(withNaka).has(0x4e2d)).toBe(true);
    expect(cmapOf(withNaka).has(0x41)).toBe(false);
  });

  it("covers a realistic Japanese export: title, filters, key, events, sources and footer", () => {
    const meta = japaneseExport();
    expect(meta.footer).toBe("REE Monitor · データ基準日 2024年 · 出力日 2026年3月14日");
    const runs = metaTextRuns(meta, words);
    expect(runs.map((r) => r.text)).toContain("事案");
    const { picked, missing } = check(runs);
    expect(missing).toEqual([]);
    // Only the subsets the text needs: a handful of the 248 Japanese files, not all of them.
    const jpPicked = picked.filter((f) => f.family === "Noto Sans JP");
    expect(jpPicked.length).toBeGreaterThan(3);
    expect(jpPicked.length).toBeLessThan(60);
    // Bold (the title, the heading 事案) takes the 600 faces; the rest the 400 ones.
    expect(jpPicked.some((f) => f.weight[0] === 600)).toBe(true);
    expect(jpPicked.some((f) => f.weight[0] === 400)).toBe(true);
  });

  it("covers every Japanese message of the catalogues, bold and regular", () => {
    const texts = catalogueTexts(jaCatalogue);
    expect(texts.length).toBeGreaterThan(50);
    const runs = texts.flatMap((text) => [
      { text, weight: 400 },
      { text, weight: 700 },
    ]);
    expect(check(runs).missing).toEqual([]);
  });

  it("covers the seed's Japanese texts and the source titles as published", () => {
    const texts = seedTexts();
    expect(texts.some((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t)), "some source titles are Japanese").toBe(true);
    expect(check(texts.map((text) => ({ text, weight: 400 }))).missing).toEqual([]);
  });

  it("would name a character no subset covers", () => {
    // U+1F600 (an emoji) is in no face: the check reports it rather than pass silently.
    expect(check([{ text: "中国\u{1F600}", weight: 400 }]).missing).toEqual(["\u{1F600} U+1F600 (400, no face)"]);
  });
});
