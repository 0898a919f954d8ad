// The product's own texts (material names, incident titles and summaries, project names and
// summaries) in the page's language. Japanese texts are stored beside the English ones (name_ja,
// title_ja, summary_ja); a row without one falls back to English with a visible marker, never to
// an empty cell.
import type { Locale } from "./routing";

export type LocalizedText = {
  text: string;
  /** True when the page is Japanese and the row has no Japanese text: `text` is the English one. */
  fallback: boolean;
};

/** The text for `locale`: the Japanese one on a Japanese page when there is one, else the English one (flagged as a fallback on a Japanese page). */
export function localized(locale: Locale, en: string, ja: string | null | undefined): LocalizedText {
  if (locale !== "ja") return { text: en, fallback: false };
  const text = ja?.trim();
  return text ? { text, fallback: false } : { text: en, fallback: en.trim() !== "" };
}

/**
 * The same as one string, for places that hold text only (chart labels, exported SVG, CSV, page
 * titles): the English fallback carries `mark` after it (the catalogue's common.untranslated, e.g. 「英語」).
 */
export function localizedString(locale: Locale, en: string, ja: string | null | undefined, mark: string): string {
  const l = localized(locale, en, ja);
  return l.fallback ? `${l.text}［${mark}］` : l.text;
}

/** A material's name in `locale` (the English name, marked, when it has no Japanese one). */
export function materialName(m: { name: string; nameJa?: string | null }, locale: Locale, mark: string): string {
  return localizedString(locale, m.name, m.nameJa, mark);
}
