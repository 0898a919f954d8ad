import { inter } from "./fonts";
import "./globals.css";

// A path no locale route takes (an unknown /api/… or file path): the English 404 in a document of
// its own. Pages under a language get app/[locale]/not-found.tsx, in their language.
export default function GlobalNotFound() {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen">
        <main className="mx-auto max-w-xl p-8">
          <h1 className="text-lg font-semibold">Not found</h1>
          <p className="mt-2 text-sm text-muted">There is no page at this address.</p>
          <a href="/" className="mt-3 inline-block text-sm text-accent underline">
            Back to the overview
          </a>
        </main>
      </body>
    </html>
  );
}
