// Next's proxy (formerly middleware): maps "/" and every unprefixed page to the English locale
// and "/ja/…" to Japanese (next-intl). It runs for pages only; the API, build assets and files
// never pass through it. It also hands the layout the view's path and query (x-ree-view), from
// which it writes the hreflang links to the same view in the other language.
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { VIEW_HEADER } from "./lib/i18n/alternates";
import { routing } from "./lib/i18n/routing";

const i18n = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Always overwritten: a client cannot choose what the page says about itself.
  headers.set(VIEW_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return i18n(new NextRequest(request, { headers }));
}

export const config = {
  // Everything except the API, Next's own paths and files with an extension (icon.svg, feed.xml …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
