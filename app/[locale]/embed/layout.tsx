import { Providers } from "../../providers";

// The embeds' layout: no header, navigation or footer (the language's layout above writes <html>,
// the catalogue and the data version). Framable by other sites: http/security-headers.mjs.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <Providers>
      <main className="bg-canvas">{children}</main>
    </Providers>
  );
}
