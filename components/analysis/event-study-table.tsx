import { useLocale, useMessages, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { sourceHref } from "@/components/sources/source-citation";
import { Localized } from "@/components/ui/localized";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import type { EventStudyRow, StudySide } from "@/lib/analysis/event-study";
import { sideText, studyNote } from "@/lib/analysis/event-study-view";
import { formatDate, formatStudyChange } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { categoryLabel, type EnumLabels } from "@/lib/labels";
import type { SourceRef } from "@/lib/types";

type T = Translator<"analysis">;

/** "[source 8]", linking to the source's entry; the full title on hover. */
function SourceTag({ id, source, t }: { id: number; source: SourceRef | undefined; t: T }) {
  return (
    <span className="text-muted" title={source?.title}>
      [
      <Link href={sourceHref(id)} className="text-accent underline">
        {t("common.sourceLink", { id })}
      </Link>
      ]
    </span>
  );
}

function columns(sources: Map<number, SourceRef>, t: T, locale: Locale, enums: EnumLabels): TableColumn<EventStudyRow>[] {
  const side = (s: StudySide | null) =>
    s ? (
      <>
        {sideText(s, t, locale)} <SourceTag id={s.sourceId} source={sources.get(s.sourceId)} t={t} />
      </>
    ) : (
      <span className="text-muted">{t("eventStudy.noDataTable")}</span>
    );
  return [
    { key: "date", header: t("eventStudy.head.date"), cellClassName: "tabular-nums whitespace-nowrap", cell: (r) => formatDate(r.date, locale) },
    {
      key: "event",
      header: t("eventStudy.head.event"),
      cell: (r) => (
        <>
          <Link href={`/incidents/${r.incidentId}`} className="hover:underline">
            <Localized en={r.title} ja={r.titleJa} />
          </Link>{" "}
          <span className="text-muted">{t("eventStudy.eventMeta", { category: categoryLabel(enums, r.category), severity: r.severity })}</span>
        </>
      ),
    },
    { key: "before", header: t("eventStudy.head.before"), cell: (r) => side(r.before) },
    { key: "after", header: t("eventStudy.head.after"), cell: (r) => side(r.after) },
    {
      key: "change",
      header: t("eventStudy.head.change"),
      cellClassName: "tabular-nums whitespace-nowrap",
      cell: (r) => {
        const change = formatStudyChange(r, locale);
        const note = studyNote(r.note, t, locale);
        return (
          <>
            {change === null ? (
              <span className="text-muted">—</span>
            ) : (
              <span className={r.direction === "undetermined" ? "text-muted" : undefined} data-testid="event-study-table-change">
                {change}
              </span>
            )}
            {note && <span className="block text-muted">{note}</span>}
          </>
        );
      },
    },
  ];
}

/** Every studied event with the values used on each side and their sources. */
export function EventStudyTable({ rows, sources }: { rows: EventStudyRow[]; sources: Map<number, SourceRef> }) {
  const t = useTranslations("analysis");
  const locale = useLocale();
  const { enums } = useMessages();
  return (
    <ScrollRegion label={t("eventStudy.tableLabel")} className="mt-2 max-h-96">
      <Table
        data-testid="event-study-table"
        columns={columns(sources, t, locale, enums)}
        rows={rows}
        rowKey={(r) => r.incidentId}
        rowProps={(r) => ({ "data-incident-id": r.incidentId })}
        headClassName="sticky top-0 bg-white text-muted"
        rowClassName="border-t border-line align-top"
      />
    </ScrollRegion>
  );
}
