import { NextIntlClientProvider } from "next-intl";

// This page's client components get the whole catalogue of the page's language (the language's
// layout hands out only the shell's messages; the overview picks its own).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
