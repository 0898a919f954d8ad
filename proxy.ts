// Next's proxy (formerly middleware): maps "/" and every unprefixed page to the English locale
// and "/ja/…" to Japanese (next-intl). It runs for pages only; the API, build assets and files
// never pass through it.
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except the API, Next's own paths and files with an extension (icon.svg, feed.xml …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
