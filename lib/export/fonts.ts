// Font embedding for exported SVG/PNG. An SVG drawn as an image (or opened in another program)
// cannot reach the page's web fonts, so the faces the text needs are inlined as data: URLs:
// Inter's latin file, and only those Noto Sans JP unicode-range subsets that cover characters
// actually present. The faces are read from the page's own @font-face rules, so the export uses
// exactly the files (and hashed URLs) the build serves.

import { facesForText, parseUnicodeRange, parseWeight, type FaceInfo } from "./unicode-range";
import { parseFamilyList } from "./css-values";
import { ExportError } from "./errors";

export type CssFace = FaceInfo & { url: string; format: string; rangeText: string | null; weightText: string };

export type PageFonts = {
  faces: CssFace[];
  /** Families declared only with local() sources (next/font's metric fallbacks): useless in a file. */
  localOnly: Set<string>;
};

function* fontFaceRules(rules: CSSRuleList): Generator<CSSFontFaceRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSFontFaceRule) yield rule;
    else if ("cssRules" in rule) yield* fontFaceRules((rule as CSSGroupingRule).cssRules);
  }
}

/** The page's @font-face rules (normal style), with their best source resolved to an absolute URL. */
export function collectPageFonts(doc: Document = document): PageFonts {
  const faces: CssFace[] = [];
  const withUrl = new Set<string>();
  const declared = new Set<string>();
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: its fonts are not ours to embed
    }
    for (const rule of fontFaceRules(rules)) {
      const family = parseFamilyList(rule.style.getPropertyValue("font-family"))[0];
      if (!family) continue;
      declared.add(family.toLowerCase());
      const style = rule.style.getPropertyValue("font-style");
      if (style && style !== "normal") continue;
      const src = rule.style.getPropertyValue("src");
      const sources = [...src.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)\s*(?:format\(\s*(["']?)(.*?)\3\s*\))?/g)].map((m) => ({ url: m[2], format: m[4] ?? "" }));
      const best = sources.find((s) => s.format === "woff2" || s.url.endsWith(".woff2")) ?? sources[0];
      if (!best) continue;
      withUrl.add(family.toLowerCase());
      const rangeText = rule.style.getPropertyValue("unicode-range") || null;
      const weightText = rule.style.getPropertyValue("font-weight") || "400";
      faces.push({
        family,
        url: new URL(best.url, sheet.href ?? doc.baseURI).href,
        format: best.format || (best.url.endsWith(".woff2") ? "woff2" : best.url.endsWith(".woff") ? "woff" : ""),
        weight: parseWeight(weightText),
        weightText,
        ranges: rangeText ? parseUnicodeRange(rangeText) : null,
        rangeText,
      });
    }
  }
  const localOnly = new Set([...declared].filter((f) => !withUrl.has(f)));
  return { faces, localOnly };
}

/** The family list to write into the file: computed list minus local()-only fallbacks, ending in a generic. */
export function exportFamilies(computed: string, fonts: PageFonts): string[] {
  const names = parseFamilyList(computed).filter((n) => !fonts.localOnly.has(n.toLowerCase()));
  if (!names.some((n) => n === "sans-serif" || n === "serif")) names.push("sans-serif");
  return names;
}

const dataUrlCache = new Map<string, Promise<string>>();

/** Fetches a font file once per page and returns it as a data: URL (FileReader does the base64 natively). */
function fontDataUrl(url: string, format: string): Promise<string> {
  let cached = dataUrlCache.get(url);
  if (!cached) {
    cached = (async () => {
      const res = await fetch(url);
      if (!res.ok) throw new ExportError("fontUnavailable", `${url.split("/").pop()}: HTTP ${res.status}`);
      const type = format === "woff2" ? "font/woff2" : format === "woff" ? "font/woff" : res.headers.get("content-type") || "application/octet-stream";
      const blob = new Blob([await res.arrayBuffer()], { type });
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      });
    })();
    cached.catch(() => dataUrlCache.delete(url));
    dataUrlCache.set(url, cached);
  }
  return cached;
}

/** @font-face rules, with embedded sources, for exactly the faces the text runs need. */
export async function embeddedFontCss(fonts: PageFonts, families: string[], runs: { text: string; weight: number }[]): Promise<{ css: string; faces: CssFace[] }> {
  const faces = facesForText(fonts.faces, families, runs);
  const rules = await Promise.all(
    faces.map(async (f) => {
      const data = await fontDataUrl(f.url, f.format);
      const range = f.rangeText ? `unicode-range:${f.rangeText};` : "";
      const format = f.format ? ` format("${f.format}")` : "";
      return `@font-face{font-family:"${f.family.replace(/"/g, "")}";font-style:normal;font-weight:${f.weightText};${range}src:url(${data})${format};}`;
    }),
  );
  return { css: rules.join("\n"), faces };
}

/**
 * Makes sure the page has loaded every face the export text needs (the Japanese subsets of a
 * source title may never have been drawn on screen), so canvas measurement uses the real font.
 */
export async function loadFontsFor(familyList: string, runs: { text: string; weight: number }[]): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const byWeight = new Map<number, string>();
  for (const r of runs) byWeight.set(r.weight, (byWeight.get(r.weight) ?? "") + r.text);
  await Promise.all([...byWeight].map(([w, text]) => document.fonts.load(`${w} 16px ${familyList}`, text).catch(() => [])));
  await document.fonts.ready;
}
