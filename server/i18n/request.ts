import "server-only";
// next-intl's request configuration: the language comes from the URL's [locale] segment (the
// proxy puts "en" there for unprefixed paths); the catalogue is that language's.
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  // UTC: dates are calendar dates of the sources, never shifted by the reader's or server's zone.
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
