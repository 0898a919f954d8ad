// Next's proxy (formerly middleware): maps "/" and every unprefixed page to the English locale
// and "/ja/…" to Japanese (next-intl). It runs for pages only; the API, build assets and files
// never pass through it. It also hands the layout the view's path and query (x-ree-view), from
// which it writes the hreflang links to the same view in the other language.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { VIEW_HEADER } from "./lib/i18n/alternates";
import { DEFAULT_LOCALE, LOCALES, routing } from "./lib/i18n/routing";

const i18n = createMiddleware(routing);

/** An encoded control character (%00–%1F, %7F) in a path: no page has one. */
const CONTROL = /%(?:[01][0-9a-f]|7f)/i;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (CONTROL.test(pathname)) {
    // next-intl would drop the character and serve another page (/incidents/%00 → /incidents):
    // answer the language's 404 instead (the catch-all [locale]/[...rest]).
    const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE && (pathname === `/${l}` || pathname.startsWith(`/${l}/`))) ?? DEFAULT_LOCALE;
    return NextResponse.rewrite(new URL(`/${locale}/invalid-path`, request.url));
  }
  const headers = new Headers(request.headers);
  // Always overwritten: a client cannot choose what the page says about itself.
  headers.set(VIEW_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return i18n(new NextRequest(request, { headers }));
}

export const config = {
  // Everything except the API, Next's own paths and files with an extension (icon.svg, feed.xml …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
