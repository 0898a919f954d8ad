import { useLocale, useMessages, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import { StatementList, StatementSection } from "./statement-section";

/**
 * The day this statement was last checked against the site (the sweep in e2e/a11y.spec.ts, the
 * keyboard specs and the checks by hand it describes). Change it whenever the statement changes.
 */
export const STATEMENT_DATE = "2026-12-02";

/**
 * The accessibility statement (/accessibility): the conformance level aimed at, the scope, how it is
 * tested (automatically, by keyboard, by hand), the known limits and how to report a problem, in the
 * order of a Japanese ministry's ウェブアクセシビリティ方針 page. Every word is in the `accessibility`
 * catalogue; the lists are the catalogue's groups in their order.
 */
export function AccessibilityStatement() {
  const t = useTranslations("accessibility");
  const locale = useLocale();
  const m = useMessages().accessibility;
  return (
    <div className="flex max-w-3xl flex-col gap-4" data-testid="accessibility-statement">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink">{t("intro")}</p>
        <p className="mt-1 text-xs text-muted" data-testid="statement-date">
          {t("dated", { date: formatDate(STATEMENT_DATE, locale) })}
        </p>
      </div>
      <StatementSection id="a11y-target" title={t("target.title")}>
        <p>{t("target.wcag")}</p>
        <p>{t("target.jis")}</p>
        <p>{t("target.notClaimed")}</p>
      </StatementSection>
      <StatementSection id="a11y-scope" title={t("scope.title")}>
        <p>{t("scope.body")}</p>
      </StatementSection>
      <StatementSection id="a11y-automated" title={t("automated.title")}>
        <p>{t("automated.body")}</p>
        <h3 className="font-semibold">{t("automated.pagesTitle")}</h3>
        <StatementList items={m.automated.pages} testId="a11y-pages" />
        <h3 className="font-semibold">{t("automated.statesTitle")}</h3>
        <StatementList items={m.automated.states} testId="a11y-states" />
      </StatementSection>
      <StatementSection id="a11y-keyboard" title={t("keyboard.title")}>
        <p>{t("keyboard.body")}</p>
        <StatementList items={m.keyboard.items} />
      </StatementSection>
      <StatementSection id="a11y-manual" title={t("manual.title")}>
        <p>{t("manual.body")}</p>
      </StatementSection>
      <StatementSection id="a11y-limits" title={t("limits.title")}>
        <StatementList items={m.limits.items} testId="a11y-limits-list" />
      </StatementSection>
      <StatementSection id="a11y-report" title={t("report.title")}>
        <p>{t("report.body")}</p>
      </StatementSection>
    </div>
  );
}
