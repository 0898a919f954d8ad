// The filter notice's words, in the page's language: each issue's code worded from the `filters`
// catalogue. The English wording matches the API's messages (`describeIssues`), which a test holds
// them to; the API itself keeps answering in English.
import { DEFAULT_WINDOW, MAX_WINDOW } from "../analysis/event-study";
import type { Translator } from "../i18n/translator";
import type { FilterIssue } from "./filter-params";

/** One issue as the notice words it; an issue without a code (none known) keeps its English message. */
export function issueText(t: Translator<"filters">, i: FilterIssue): string {
  const { param, value } = i;
  // As strings: a number argument would be formatted with a thousands separator (2,010).
  const values = Object.fromEntries(Object.entries(i.values ?? {}).map(([k, v]) => [k, String(v)]));
  if (i.code === "from_after_to" || i.code === "to_before_from") return t(`corrected.${i.code}`, { value, from: "", to: "", shownFrom: "", shownTo: "", ...values });
  const reason = i.code
    ? t(`issue.${i.code}`, { max: "", min: "", ...values })
    : param === "window"
      ? t("issue.window", { max: String(MAX_WINDOW), fallback: String(DEFAULT_WINDOW) })
      : param === "view"
        ? t("issue.view")
        : i.message;
  return i.withheld ? t("notice.ignoredName", { param, reason }) : t("notice.ignored", { param, value, reason });
}

/** Every issue, as the notice's sentence(s) after its title; `defaultsApplied` adds that the defaults stand in. */
export function issuesText(t: Translator<"filters">, issues: readonly FilterIssue[], defaultsApplied = false): string {
  return t("notice.list", { list: issues.map((i) => issueText(t, i)).join(t("notice.separator")), defaults: defaultsApplied ? "yes" : "no" });
}
