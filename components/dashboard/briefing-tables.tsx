import { categoryTextColor } from "@/lib/colors";
import type { PlacedEvent } from "@/lib/dependence-shape";
import type { ChartSeries } from "@/lib/dependence-series";
import { shortSource, usedSources } from "@/lib/dependence-text";
import { formatDate } from "@/lib/format";
import { categoryLabel } from "@/lib/labels";
import type { SourceRef } from "@/lib/types";

/** Print only: the numbered events and the sources behind the drawn values, so the briefing stands alone. */
export function BriefingTables({ events, sources, series }: { events: PlacedEvent[]; sources: Map<number, SourceRef>; series: ChartSeries[] }) {
  const used = usedSources(sources, events, series);
  return (
    <div className="hidden print:block" data-testid="briefing-tables">
      <h3 className="mt-2 text-[9px] font-semibold">Events</h3>
      <ol className="columns-4 gap-3 text-[6px] leading-[1.2]">
        {events.map((e) => (
          <li key={e.id} className="break-inside-avoid">
            <span className="font-bold" style={{ color: categoryTextColor(e.category) }}>
              {e.number}
            </span>{" "}
            {formatDate(e.date)} · {e.title} <span className="text-muted">({categoryLabel(e.category)}, sev. {e.severity}) [{e.sourceId}]</span>
          </li>
        ))}
      </ol>
      <h3 className="mt-1.5 text-[9px] font-semibold">Sources (numbers in brackets; full titles and links in the CSV export and on screen)</h3>
      <p className="text-[5.5px] leading-[1.2] text-muted">
        {used.map((s) => (
          <span key={s.id} className="mr-2 inline-block">
            [{s.id}] {shortSource(s)}
          </span>
        ))}
      </p>
    </div>
  );
}
