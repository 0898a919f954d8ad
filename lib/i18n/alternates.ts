// The same view in each language, for <link rel="alternate" hreflang> and the language switch:
// the path with or without /ja, and the whole query (the filters) kept.
import { LOCALES, localePath, stripLocale, type Locale } from "./routing";

/** The request header through which proxy.ts hands the layout the requested path and query. */
export const VIEW_HEADER = "x-ree-view";

/** "/ja/materials?x=1" → { en: "/materials?x=1", ja: "/ja/materials?x=1" }. Relative: the origin is the page's own. */
export function viewInEachLanguage(view: string): Record<Locale, string> {
  const q = view.indexOf("?");
  const pathname = stripLocale(q === -1 ? view : view.slice(0, q)) || "/";
  const query = q === -1 ? "" : view.slice(q);
  return Object.fromEntries(LOCALES.map((l) => [l, `${localePath(l, pathname)}${query}`])) as Record<Locale, string>;
}
