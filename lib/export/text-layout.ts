// Pure text layout for the composed export: no DOM, so it is unit-tested in Node. The browser
// passes a canvas-backed measurer; the estimate is the fallback and errs on the wide side.

export type TextStyle = { size: number; weight: number };

/** Returns the rendered width of `text` in px for a given size and weight. */
export type Measure = (text: string, style: TextStyle) => number;

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;
const NARROW = /[ .,:;'!|il1()[\]\u00B7\u2019]/;

/**
 * A conservative width estimate: CJK and full-width characters take a full em, narrow Latin
 * glyphs a third, everything else 0.62 em (Inter's average is about 0.55 em at 400, wider bold).
 */
export function estimateTextWidth(text: string, { size, weight }: TextStyle): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.34 : 0.62;
  return em * size * (weight >= 600 ? 1.06 : 1);
}

function isWide(ch: string) {
  return WIDE.test(ch);
}

/**
 * Kinsoku (JIS X 4051, the basics): characters that may not start a line (closing brackets,
 * 。、・：, small kana, the prolonged sound mark, closing Latin punctuation) and those that may
 * not end one (opening brackets).
 */
const NO_LINE_START = new Set([..."、。，．・：；？！゛゜ー―‐〜～…‥々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ」』）〕］｝〉》】〙〗’”%％),.:;!?]}"]);
const NO_LINE_END = new Set([..."「『（〔［｛〈《【〘〖‘“([{"]);

const GROUP_CLOSE: Record<string, string> = { "［": "］", "（": "）", "【": "】", "〔": "〕" };
const SHORT_GROUP = 4;

/** The length of a full-width bracket group of at most SHORT_GROUP characters starting at `i` (0 if none). */
function shortGroupLength(chars: string[], i: number): number {
  const close = GROUP_CLOSE[chars[i]];
  if (!close) return 0;
  for (let j = i + 1; j <= i + SHORT_GROUP + 1 && j < chars.length; j++) {
    if (chars[j] === close) return j - i + 1;
    if (chars[j] === " " || GROUP_CLOSE[chars[j]]) return 0;
  }
  return 0;
}

/**
 * Splits text into break units: words with their trailing space, and single CJK characters
 * (Japanese has no spaces: it may break between any two characters), then glues units across
 * the breaks kinsoku forbids, so a line never starts with 。、」） nor ends with 「（. A line never
 * starts with a space.
 */
function tokens(text: string): string[] {
  const raw: string[] = [];
  let cur = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const group = shortGroupLength(chars, i);
    if (group) {
      // A short bracketed word (the ［英語］ marker, （注）) is one unit: never split inside it.
      if (cur) raw.push(cur);
      raw.push(chars.slice(i, i + group).join(""));
      cur = "";
      i += group - 1;
    } else if (isWide(ch)) {
      if (cur) raw.push(cur);
      raw.push(ch);
      cur = "";
    } else if (ch === " ") {
      raw.push(cur + ch);
      cur = "";
    } else {
      cur += ch;
    }
  }
  if (cur) raw.push(cur);
  const out: string[] = [];
  for (const token of raw) {
    const prev = out.at(-1);
    const first = [...token][0];
    const last = prev === undefined ? undefined : [...prev].at(-1);
    // A space ends the previous unit: a break there is always allowed.
    if (prev !== undefined && !prev.endsWith(" ") && (NO_LINE_START.has(first) || NO_LINE_END.has(last!))) out[out.length - 1] = prev + token;
    else out.push(token);
  }
  return out;
}

/** Greedy word wrap into lines no wider than `maxWidth`; a single over-long word (a URL) is split by characters. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure = estimateTextWidth): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    const trimmed = line.trimEnd();
    if (trimmed) lines.push(trimmed);
    line = "";
  };
  for (const token of tokens(text.replace(/\s+/g, " ").trim())) {
    if (measure((line + token).trimEnd(), style) <= maxWidth) {
      line += token;
      continue;
    }
    if (line) push();
    if (measure(token.trimEnd(), style) <= maxWidth) {
      line = token;
      continue;
    }
    // The token alone is too long: break it by characters, still keeping kinsoku (the character
    // before a closing mark, or an opening mark at the end, moves down with it).
    for (const ch of token) {
      if (line && measure((line + ch).trimEnd(), style) > maxWidth) {
        const chars = [...line];
        let carry = "";
        while (chars.length > 1 && (NO_LINE_END.has(chars.at(-1)!) || (carry === "" && NO_LINE_START.has(ch)))) carry = chars.pop()! + carry;
        line = chars.join("");
        push();
        line = carry;
      }
      line += ch;
    }
  }
  push();
  return lines;
}

/**
 * Distributes items of known heights over `columns` columns in reading order (down, then
 * across), keeping the columns about equally tall. Returns the column index of each item.
 */
export function balanceColumns(heights: number[], columns: number): number[] {
  const total = heights.reduce((a, b) => a + b, 0);
  const target = total / Math.max(1, columns);
  const out: number[] = [];
  let col = 0;
  let used = 0;
  for (const h of heights) {
    if (used > 0 && col < columns - 1 && used + h / 2 > target) {
      col++;
      used = 0;
    }
    out.push(col);
    used += h;
  }
  return out;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return stripControls(text).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Escapes text for XML character data (quotes may stay as they are). */
export function escapeXmlText(text: string): string {
  return stripControls(text).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!);
}

// Characters XML 1.0 forbids; a stray one would make the whole file unparsable.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function stripControls(text: string): string {
  return text.replace(CONTROLS, "");
}
