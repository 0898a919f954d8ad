"use client";

import { describeIssues } from "@/lib/validation/filters";
import { useFilterState } from "./filters-provider";

export function FilterNotice() {
  const { issues } = useFilterState();
  if (!issues.length) return null;
  return (
    <div
      role="alert"
      data-testid="filter-notice"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <strong className="font-semibold">Some filters were ignored.</strong> {describeIssues(issues)}. Showing the defaults
      for those instead.
    </div>
  );
}
