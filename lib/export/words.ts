// The words the export pipeline writes itself (the footer, the sources line, the events heading)
// in the page's language. The card-specific texts (title, filters, key, events, sources) come
// from each card; these are the pipeline's own, from the `export` catalogue.
//
// The menu knows the page's language, the cards' metadata builders (chartExportMeta,
// exportFooter) run inside the menu's click: `withExportWords` hands them the page's words for
// the synchronous duration of that call, so every card exports in the page's language without
// threading a translator through each builder. An explicit `words` argument still wins, and
// outside an export (tests, the server) the words are English.

import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en/export.json";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";

export type ExportWords = { locale: Locale; t: Translator<"export"> };

/** English, straight from the reference catalogue (only this namespace, so nothing else ships with it). */
export const ENGLISH_EXPORT_WORDS: ExportWords = {
  locale: "en",
  t: createTranslator({ locale: "en", messages: { export: en }, namespace: "export" }) as unknown as Translator<"export">,
};

let current: ExportWords | null = null;

/** Runs `read` (synchronous: a card's getMeta) with `words` as the export language. */
export function withExportWords<T>(words: ExportWords, read: () => T): T {
  const previous = current;
  current = words;
  try {
    return read();
  } finally {
    current = previous;
  }
}

/** The export language in force: the menu's during an export, else English. */
export function exportWords(explicit?: ExportWords): ExportWords {
  return explicit ?? current ?? ENGLISH_EXPORT_WORDS;
}

/**
 * Typographic conventions that are not words (kept here, like the number conventions in
 * lib/format.ts): how filters and sources are joined, how a source is cited.
 */
export const EXPORT_PUNCTUATION: Record<Locale, { filters: string; sources: string }> = {
  en: { filters: " · ", sources: "; " },
  ja: { filters: "／", sources: "、" },
};
