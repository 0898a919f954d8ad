import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { DataVersionProvider } from "@/components/ui/data-version";
import { pageDataVersion } from "@/server/data-version";
import { feedPath } from "@/lib/feed";
import { VIEW_HEADER, viewInEachLanguage } from "@/lib/i18n/alternates";
import { isLocale, LOCALES } from "@/lib/i18n/routing";
import { pickMessages, SHELL_MESSAGES } from "@/lib/i18n/messages";
import { inter } from "../fonts";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "common" });
  return {
    title: { default: t("product"), template: `%s · ${t("product")}` },
    description: t("description"),
  };
}

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const view = (await headers()).get(VIEW_HEADER);
  const alternates = view ? viewInEachLanguage(view) : null;
  const feedTitle = (await getTranslations({ locale, namespace: "feed" }))("linkTitle");
  return (
    <html lang={locale} className={inter.variable}>
      <head>
        {/* The same view in each language (hreflang), filters kept. */}
        {alternates && LOCALES.map((l) => <link key={l} rel="alternate" hrefLang={l} href={alternates[l]} />)}
        {alternates && <link rel="alternate" hrefLang="x-default" href={alternates.en} />}
        {/* The Atom feed of the page's language (new escalation events and data versions). */}
        <link rel="alternate" type="application/atom+xml" href={feedPath(locale)} title={feedTitle} />
      </head>
      <body className="min-h-screen">
        {/* Only what the shell's client components read: each page's own layout or page hands its
            components their namespaces (the overview: OVERVIEW_MESSAGES), so no page ships the whole catalogue. */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), SHELL_MESSAGES)}>
          {/* The data version this page was rendered at: the footer, every export and every citation name it. */}
          <DataVersionProvider value={pageDataVersion()}>{children}</DataVersionProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
