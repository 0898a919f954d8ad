// Materials as the overview names them and says whether they have a China series: names for
// slugs, the selector's words, and, for a material without a series, the material whose series
// holds its values (dysprosium and terbium are reported together as "Heavy rare earths (Dy, Tb)").
// Pure.

import type { Locale } from "./i18n/routing";
import type { MaterialDto } from "./types";

/**
 * A material row as the API gives it. `seriesYears`: the number of years with a China headline
 * value (any year); undefined while the API does not say (then unknown, never taken as zero).
 */
export type MaterialInfo = Pick<MaterialDto, "slug" | "name"> & Partial<Pick<MaterialDto, "group" | "description">> & { seriesYears?: number };

/** Whether a material has a China series: from the API's count, else from a response the page holds. */
export type SeriesStatus = { kind: "some" } | { kind: "none" } | { kind: "none_in_range"; from: number; to: number } | { kind: "unknown" };

/** The stored name of a slug ("heavy-rare-earths" → "Heavy rare earths (Dy, Tb)"); the slug when unknown. */
export function materialName(slug: string, materials: readonly Pick<MaterialInfo, "slug" | "name">[]): string {
  return materials.find((m) => m.slug === slug)?.name ?? slug;
}

export function materialNames(slugs: readonly string[], materials: readonly Pick<MaterialInfo, "slug" | "name">[]): string[] {
  return slugs.map((s) => materialName(s, materials));
}

/** "A", "A and B", "A, B and C" ("or" for a disjunction); in Japanese 「A、B、C」「AまたはB」 (Intl.ListFormat). */
export function joinNames(names: readonly string[], locale: Locale = "en", type: "conjunction" | "disjunction" = "conjunction"): string {
  if (names.length <= 1) return names[0] ?? "";
  return new Intl.ListFormat(locale === "ja" ? "ja" : "en-GB", { type }).format(names);
}

/**
 * A material's series status. The API's `seriesYears` decides when present; otherwise a dependence
 * response the page already holds for it tells whether its range has a China value.
 */
export function seriesStatus(m: Pick<MaterialInfo, "seriesYears">, loaded?: { from: number; to: number; chinaPoints: number } | null): SeriesStatus {
  if (m.seriesYears !== undefined) return m.seriesYears > 0 ? { kind: "some" } : { kind: "none" };
  if (loaded) return loaded.chinaPoints > 0 ? { kind: "some" } : { kind: "none_in_range", from: loaded.from, to: loaded.to };
  return { kind: "unknown" };
}

/** The selector's words for a material: its name, and "— no China series" when it has none. */
export function materialOptionLabel(name: string, status: SeriesStatus): string {
  if (status.kind === "none") return `${name} — no China series`;
  if (status.kind === "none_in_range") return `${name} — no China series ${status.from}–${status.to}`;
  return name;
}

const mentions = (text: string | undefined, word: string) => !!text && new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);
/** The material's own word: "Dysprosium" → "dysprosium", "Cerium (compounds)" → "cerium". */
const ownWord = (name: string) => name.split(/[\s(,]/)[0].toLowerCase();

/**
 * The materials that may hold a material's values, best first: others of its group whose name or
 * description names it, ordered by how many of the group's members they name (an aggregate such as
 * "Dysprosium and terbium taken together" first). Materials known to have no series are left out;
 * the caller checks the rest against their data before pointing at one.
 */
export function seriesHolders(slug: string, materials: readonly MaterialInfo[]): MaterialInfo[] {
  const m = materials.find((x) => x.slug === slug);
  if (!m?.group) return [];
  const group = materials.filter((x) => x.group === m.group);
  const named = (c: MaterialInfo) => group.filter((x) => x.slug !== c.slug && (mentions(c.description, ownWord(x.name)) || mentions(c.name, ownWord(x.name)))).length;
  return group
    .filter((c) => c.slug !== slug && c.seriesYears !== 0 && (mentions(c.description, ownWord(m.name)) || mentions(c.name, ownWord(m.name))))
    .map((c) => ({ c, n: named(c) }))
    .sort((a, b) => b.n - a.n)
    .map(({ c }) => c);
}
