// CSS `unicode-range` handling, to embed only the font subsets whose ranges cover the exported text.

export type CodeRange = readonly [number, number];

/** Parses a CSS unicode-range ("U+0-FF, U+131, U+4??") into inclusive ranges; invalid parts are skipped. */
export function parseUnicodeRange(value: string): CodeRange[] {
  const out: CodeRange[] = [];
  for (const raw of value.split(",")) {
    const part = raw.trim().replace(/^u\+/i, "");
    if (!part) continue;
    let m = /^([0-9a-f]{1,6})-([0-9a-f]{1,6})$/i.exec(part);
    if (m) {
      out.push([parseInt(m[1], 16), parseInt(m[2], 16)]);
      continue;
    }
    m = /^([0-9a-f]{0,6})(\?{1,6})$/i.exec(part);
    if (m && m[1].length + m[2].length <= 6) {
      out.push([parseInt(m[1] + "0".repeat(m[2].length), 16), parseInt(m[1] + "F".repeat(m[2].length), 16)]);
      continue;
    }
    if (/^[0-9a-f]{1,6}$/i.test(part)) {
      const cp = parseInt(part, 16);
      out.push([cp, cp]);
    }
  }
  return out;
}

export function inRanges(cp: number, ranges: readonly CodeRange[]): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** The distinct code points of a text, whitespace and controls excluded. */
export function codePoints(text: string): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && cp !== 0x7f && cp !== 0xfeff) out.add(cp);
  }
  return out;
}

/**
 * What a face without a `unicode-range` is assumed to cover: the fontsource "latin" subset
 * (next/font/local drops the range, and the app ships Inter's latin file). Anything outside it
 * falls through to the next family, which is how the JP subsets get picked for Japanese text.
 */
export const LATIN_SUBSET: CodeRange[] = parseUnicodeRange(
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
);

export type FaceInfo = {
  family: string;
  /** Inclusive weight range ("400" → [400, 400], "100 900" → [100, 900]). */
  weight: readonly [number, number];
  ranges: CodeRange[] | null;
};

export function parseWeight(value: string): [number, number] {
  const nums = value
    .replace(/normal/g, "400")
    .replace(/bold/g, "700")
    .split(/\s+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  if (nums.length === 0) return [400, 400];
  return [Math.min(...nums), Math.max(...nums)];
}

/** CSS weight matching, simplified: a face whose range holds the weight, else the nearest (heavier first above 500). */
function pickWeight(weights: (readonly [number, number])[], want: number): readonly [number, number] | undefined {
  const exact = weights.find(([lo, hi]) => want >= lo && want <= hi);
  if (exact) return exact;
  const dist = (w: readonly [number, number]) => (want < w[0] ? w[0] - want : want - w[1]);
  return [...weights].sort((a, b) => {
    const d = dist(a) - dist(b);
    if (d !== 0) return d;
    return want > 500 ? b[0] - a[0] : a[0] - b[0];
  })[0];
}

/**
 * Chooses the faces the text needs: for every code point of every run, walks the family list and
 * takes the first family with a face (at the matched weight) whose range covers it.
 */
export function facesForText<F extends FaceInfo>(faces: F[], families: string[], runs: { text: string; weight: number }[]): F[] {
  const needed = new Set<F>();
  const byFamily = new Map<string, F[]>();
  for (const f of faces) {
    const key = f.family.toLowerCase();
    byFamily.set(key, [...(byFamily.get(key) ?? []), f]);
  }
  for (const run of runs) {
    for (const cp of codePoints(run.text)) {
      for (const family of families) {
        const candidates = byFamily.get(family.toLowerCase());
        if (!candidates) continue;
        const weights = [...new Map(candidates.map((c) => [c.weight.join(" "), c.weight])).values()];
        const w = pickWeight(weights, run.weight);
        const covering = candidates.filter((c) => c.weight[0] === w?.[0] && c.weight[1] === w?.[1] && inRanges(cp, c.ranges ?? LATIN_SUBSET));
        if (covering.length) {
          needed.add(covering[0]);
          break;
        }
      }
    }
  }
  return faces.filter((f) => needed.has(f));
}
