"use client";

import { useTranslations } from "next-intl";
import { useQueryState } from "nuqs";
import { windowIssue } from "@/lib/analysis/event-study";
import { viewIssue } from "@/lib/dependence-view";
import type { FilterIssue } from "@/lib/validation/filter-params";
import { issuesText } from "@/lib/validation/filter-issue-text";
import { useFilterState } from "./filters-provider";

/** The notice naming each ignored filter value (`role="alert"`, `data-testid="filter-notice"`); nothing when all are valid. */
export function IssuesNotice({ issues, defaultsApplied = false }: { issues: FilterIssue[]; defaultsApplied?: boolean }) {
  const t = useTranslations("filters");
  if (!issues.length) return null;
  return (
    <div role="alert" data-testid="filter-notice" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <strong className="font-semibold">{t("notice.title")}</strong> {issuesText(t, issues, defaultsApplied)}
    </div>
  );
}

/** The notice for the shared filters of the overview and incidents pages. */
export function FilterNotice() {
  const { issues } = useFilterState();
  return <IssuesNotice issues={issues} defaultsApplied />;
}

/** The overview's notice: the shared filters, the event study's window and the dependence chart's view. */
export function OverviewNotice() {
  const { issues } = useFilterState();
  const [window] = useQueryState("window");
  const [view] = useQueryState("view");
  const own = [windowIssue(window), viewIssue(view)].filter((i) => i !== null);
  return <IssuesNotice issues={[...issues, ...own]} defaultsApplied />;
}
