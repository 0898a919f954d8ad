import { NextIntlClientProvider } from "next-intl";
import { Providers } from "../../providers";

// The embeds' layout: no header, navigation or footer (the language's layout above writes <html>,
// the shell's messages and the data version; the embeds' client components get the whole catalogue here). Framable by other sites: http/security-headers.mjs.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <NextIntlClientProvider>
      <Providers>
        <main className="bg-canvas">{children}</main>
      </Providers>
    </NextIntlClientProvider>
  );
}
