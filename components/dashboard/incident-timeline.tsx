"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFilterState } from "@/components/filters/filters-provider";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { categoryColor } from "@/lib/colors";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { incidentsQuery } from "@/lib/queries";

export function IncidentTimeline() {
  const { filters } = useFilterState();
  const { data = [] } = useQuery({ ...incidentsQuery(filters.materials, filters, filters.categories), placeholderData: keepPreviousData });
  const rows = data.filter((i) => i.duplicateOf === null);
  const duplicates = data.length - rows.length;
  return (
    <section aria-labelledby="timeline-title" className="min-w-0 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="timeline-title" className="text-base font-semibold text-ink">
        Incidents, {filters.from}–{filters.to}
      </h2>
      <p className="mt-0.5 text-sm text-muted">
        {rows.length} event{rows.length === 1 ? "" : "s"} touching the selected material(s) or all materials
        {duplicates ? `; ${duplicates} second account${duplicates > 1 ? "s" : ""} of the same event not repeated` : ""}.
      </p>
      <ScrollRegion label="Incident list" className="mt-3 max-h-[28rem] pl-2">
      <ol className="space-y-0 border-l-2 border-line pl-4" data-testid="incident-timeline">
        {rows.map((i) => (
          <li key={i.id} className="relative py-1.5">
            <span
              aria-hidden
              className="absolute -left-[23px] top-3.5 h-3 w-3 rounded-full border-2 border-white"
              style={{ background: categoryColor(i.category) }}
            />
            <p className="text-xs text-muted">
              <span className="tabular-nums">{formatDate(i.date)}</span> · {categoryLabel(i.category)} · severity {i.severity}
            </p>
            <p className="text-sm text-ink">{i.title}</p>
          </li>
        ))}
        {rows.length === 0 && <li className="py-2 text-sm text-muted">No incidents in this range.</li>}
      </ol>
      </ScrollRegion>
    </section>
  );
}
