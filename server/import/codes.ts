import "server-only";
// Commodity codes → materials. A material is defined by HS6 codes (materials.hs_codes). A file's
// code belongs to a material when it is one of them or a national subdivision of one (Japan's
// 9-digit 280530xxx), or when it is a heading made up entirely of the material's subheadings
// (HS4 2504 = 2504.10 + 2504.90 → graphite). A heading that also holds other goods (8505: ferrite
// and electro-magnets besides 8505.11) never stands for the material.

export interface MaterialCodes {
  slug: string;
  hsCodes: string[];
}

// HS 2022 subheadings of the headings that contain a material's code (datasets/harmonized-system).
// A heading missing here maps to nothing, which is the safe default.
const HEADINGS: Record<string, string[]> = {
  "2504": ["250410", "250490"],
  "2805": ["280511", "280512", "280519", "280530", "280540"],
  "2825": ["282510", "282520", "282530", "282540", "282550", "282560", "282570", "282580", "282590"],
  "2846": ["284610", "284690"],
  "3801": ["380110", "380120", "380130", "380190"],
  "8110": ["811010", "811020", "811090"],
  "8505": ["850511", "850519", "850520", "850590"],
};

/** Digits only: Japan Customs quotes codes ('280530000'); Comtrade writes "TOTAL" for all goods. */
export function normaliseCode(raw: string): string | null {
  const text = raw.trim();
  // Quotes stripped by hand: /['"]+$/ would retry from every quote of a long run of them.
  let from = 0;
  let to = text.length;
  while (from < to && (text[from] === "'" || text[from] === '"')) from++;
  while (to > from && (text[to - 1] === "'" || text[to - 1] === '"')) to--;
  const code = text.slice(from, to).trim();
  return /^\d{2,10}$/.test(code) ? code : null;
}

/** The material's HS6 codes this commodity code stands for (empty when it belongs to another good). */
export function coveredCodes(code: string, material: MaterialCodes): string[] {
  if (code.length >= 6) return material.hsCodes.filter((hs) => code.startsWith(hs));
  const subheadings = HEADINGS[code];
  if (!subheadings || !subheadings.every((s) => material.hsCodes.includes(s))) return [];
  return subheadings;
}

export function materialsForCode(code: string, materials: MaterialCodes[]): string[] {
  return materials.filter((m) => coveredCodes(code, m).length > 0).map((m) => m.slug);
}

/** HS4, HS6 or a national 9-digit level: shares never add codes of different levels. */
export const codeLevel = (code: string) => code.length;

export const levelName = (level: number) => (level <= 6 ? `HS${level}` : `${level}-digit`);
