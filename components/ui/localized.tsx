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
