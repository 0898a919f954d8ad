"use client";

import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/i18n/localized";

/**
 * The product's own text (an incident's title, a project's summary …) in the page's language. On a
 * Japanese page a row with no Japanese text shows the English one, in lang="en", with a visible
 * 「英語」 marker: never an empty cell.
 */
export function Localized({ en, ja }: { en: string; ja: string | null | undefined }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const l = localized(locale, en, ja);
  if (!l.fallback) return <>{l.text}</>;
  return (
    <>
      <span lang="en">{l.text}</span>{" "}
      <span className="whitespace-nowrap rounded border border-line px-1 text-[0.75em] text-muted" title={t("untranslatedTitle")} data-testid="untranslated-marker">
        {t("untranslated")}
      </span>
    </>
  );
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * Stored data shown as it is (a source's publisher or locator): on a Japanese page, text with no
 * Japanese in it is marked lang="en", so a screen reader reads it as English.
 */
export function DataText({ children }: { children: React.ReactNode }) {
  const locale = useLocale();
  const text = Array.isArray(children) ? children.join("") : String(children ?? "");
  if (locale !== "ja" || JAPANESE.test(text)) return <>{children}</>;
  return <span lang="en">{children}</span>;
}
