// Pure helpers for CSS values met while making a chart standalone.

function hex2(n: number) {
  return Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, "0");
}

/** `rgb(1, 2, 3)` → `#010203`; alpha is returned apart (SVG 1.1 tools do not read rgba). */
export function normaliseColor(value: string): { color: string; alpha: number } {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return { color: value, alpha: 1 };
  const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { color: `#${hex2(+m[1])}${hex2(+m[2])}${hex2(+m[3])}`, alpha };
}

/** Splits a CSS font-family list into names, quotes removed. */
export function parseFamilyList(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/g)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    if (name) out.push(name);
  }
  return out;
}

const GENERIC = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif", "ui-serif", "ui-monospace", "math", "emoji"]);

/** Serialises family names for an attribute: generics bare, others single-quoted when they need it. */
export function formatFamilyList(names: string[]): string {
  return names.map((n) => (GENERIC.has(n) || /^[a-z][\w-]*$/i.test(n) ? n : `'${n.replace(/'/g, "")}'`)).join(", ");
}

