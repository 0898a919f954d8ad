// The two languages and how they appear in the URL: English without a prefix (every existing path
// and link keeps working), Japanese under /ja. The language is decided by the URL alone (no
// cookie, no Accept-Language redirect), so a link is a complete view and the response cache's key
// stays the URL.
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // hreflang alternates are in each page's <head> (lib/i18n/alternates.ts), with the query kept.
  alternateLinks: false,
});

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The path of `pathname` (without a locale prefix, e.g. "/materials") in `locale`: "/materials", "/ja/materials", "/ja". */
export function localePath(locale: Locale, pathname: string): string {
  if (locale === DEFAULT_LOCALE) return pathname || "/";
  return pathname === "/" || pathname === "" ? `/${locale}` : `/${locale}${pathname}`;
}

/** A path without its locale prefix: "/ja/materials" → "/materials", "/ja" → "/", "/materials" → "/materials". */
export function stripLocale(pathname: string): string {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}`) return "/";
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname;
}
