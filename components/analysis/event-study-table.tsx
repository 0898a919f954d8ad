import { Link } from "@/lib/i18n/navigation";
import { sourceHref } from "@/components/sources/source-citation";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import type { EventStudyRow, StudySide } from "@/lib/analysis/event-study";
import { sideText } from "@/lib/analysis/event-study-view";
import { formatDate, formatStudyChange } from "@/lib/format";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import type { SourceRef } from "@/lib/types";

/** "[source 8]", linking to the source's entry; the full title on hover. */
function SourceTag({ id, source }: { id: number; source: SourceRef | undefined }) {
  return (
    <span className="text-muted" title={source?.title}>
      [
      <Link href={sourceHref(id)} className="text-accent hover:underline">
        source {id}
      </Link>
      ]
    </span>
  );
}

function columns(sources: Map<number, SourceRef>): TableColumn<EventStudyRow>[] {
  const side = (s: StudySide | null) =>
    s ? (
      <>
        {sideText(s)} <SourceTag id={s.sourceId} source={sources.get(s.sourceId)} />
      </>
    ) : (
      <span className="text-muted">no data within window</span>
    );
  return [
    { key: "date", header: "Date", cellClassName: "tabular-nums whitespace-nowrap", cell: (r) => formatDate(r.date) },
    {
      key: "event",
      header: "Event",
      cell: (r) => (
        <>
          <Link href={`/incidents/${r.incidentId}`} className="hover:underline">
            {r.title}
          </Link>{" "}
          <span className="text-muted">
            ({categoryLabel(r.category)}, sev. {r.severity})
          </span>
        </>
      ),
    },
    { key: "before", header: "Before", cell: (r) => side(r.before) },
    { key: "after", header: "After", cell: (r) => side(r.after) },
    {
      key: "change",
      header: "Change",
      cellClassName: "tabular-nums whitespace-nowrap",
      cell: (r) => (
        <>
          {formatStudyChange(r) === null ? (
            <span className="text-muted">—</span>
          ) : (
            <span className={r.direction === "undetermined" ? "text-muted" : undefined} data-testid="event-study-table-change">
              {formatStudyChange(r)}
            </span>
          )}
          {r.note && <span className="block text-muted">{r.note}</span>}
        </>
      ),
    },
  ];
}

/** Every studied event with the values used on each side and their sources. */
export function EventStudyTable({ rows, sources }: { rows: EventStudyRow[]; sources: Map<number, SourceRef> }) {
  return (
    <ScrollRegion label="Events and the values used" className="mt-2 max-h-96">
      <Table
        data-testid="event-study-table"
        columns={columns(sources)}
        rows={rows}
        rowKey={(r) => r.incidentId}
        rowProps={(r) => ({ "data-incident-id": r.incidentId })}
        headClassName="sticky top-0 bg-white text-muted"
        rowClassName="border-t border-line align-top"
      />
    </ScrollRegion>
  );
}
