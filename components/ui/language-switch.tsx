"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { usePathname } from "@/lib/i18n/navigation";
import { LOCALES, localePath } from "@/lib/i18n/routing";

function useOtherLocale() {
  const locale = useLocale();
  return LOCALES.find((l) => l !== locale) ?? "en";
}

/** The link itself. A full load, not a client transition: the document's language (<html lang>) and catalogue change with it. */
function SwitchAnchor({ href }: { href: string }) {
  const t = useTranslations("common.language");
  const other = useOtherLocale();
  return (
    <a href={href} hrefLang={other} lang={other} title={t("switchToTitle")} data-testid="language-switch" className="rounded border border-line px-2 py-0.5 text-ink hover:text-accent">
      {t("switchTo")}
    </a>
  );
}

/** The other language's URL of this view: same path, same filters (the whole query string). */
function WithQuery() {
  const other = useOtherLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <SwitchAnchor href={`${localePath(other, pathname)}${query ? `?${query}` : ""}`} />;
}

function WithoutQuery() {
  const other = useOtherLocale();
  return <SwitchAnchor href={localePath(other, usePathname())} />;
}

/** The header's language switch: keeps the current view and its filters. */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<WithoutQuery />}>
      <WithQuery />
    </Suspense>
  );
}
