"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEraOption } from "./use-era";

/**
 * Opens the browser's print dialog; the print stylesheet turns the overview into a one-page A4
 * briefing. On a Japanese page, a checkbox beside it adds the era to the printed years (`era=1`,
 * in the URL like every filter).
 */
export function PrintBriefingButton() {
  const t = useTranslations("overview.briefing");
  const locale = useLocale();
  const [era, setEra] = useEraOption();
  return (
    <div className="flex flex-col items-end gap-1.5 print:hidden">
      <button
        type="button"
        data-testid="print-briefing"
        onClick={() => window.print()}
        className="h-9 whitespace-nowrap rounded-md border border-line bg-white px-3 text-sm text-ink shadow-sm hover:border-accent"
      >
        {t("print")}
      </button>
      {locale === "ja" && (
        <label className="flex items-center gap-1.5 whitespace-nowrap text-xs text-muted" title={t("eraTitle")}>
          <input type="checkbox" data-testid="era-option" checked={era} onChange={(e) => setEra(e.target.checked)} className="accent-accent" />
          {t("era")}
        </label>
      )}
    </div>
  );
}
