import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Localized } from "@/components/ui/localized";
import { categoryTextColor } from "@/lib/colors";
import { briefingEventLayout, briefingSource } from "@/lib/dependence-briefing";
import type { PlacedEvent } from "@/lib/dependence-shape";
import type { ChartSeries } from "@/lib/dependence-series";
import { formatDate, formatMonthYear } from "@/lib/format";
import type { SourceRef } from "@/lib/types";

let printing = false;

/** Whether the page is being printed: print media (the print dialog, or emulated), or between beforeprint and afterprint. */
function subscribePrint(onChange: () => void) {
  const media = globalThis.matchMedia("print");
  const update = (value: boolean) => () => {
    printing = value;
    onChange();
  };
  const onMedia = (e: MediaQueryListEvent) => update(e.matches)();
  const before = update(true);
  const after = update(false);
  printing = media.matches;
  media.addEventListener("change", onMedia);
  globalThis.addEventListener("beforeprint", before);
  globalThis.addEventListener("afterprint", after);
  return () => {
    media.removeEventListener("change", onMedia);
    globalThis.removeEventListener("beforeprint", before);
    globalThis.removeEventListener("afterprint", after);
  };
}

function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrint, () => printing, () => false);
}

/**
 * Print only: the numbered events and the sources of the drawn values, so the briefing stands
 * alone. Set at 7.5 pt, the smallest size read at arm's length; the events take as many columns as
 * they need, and keep to one line each when they are many (whole on screen and in the CSV).
 */
export function BriefingTables({ events, sources, series }: { events: PlacedEvent[]; sources: Map<number, SourceRef>; series: ChartSeries[] }) {
  // Rendered only for print (the dialog fires beforeprint and switches to print media): on screen
  // they would be hidden markup as long as the events list.
  return <div className="hidden text-[7.5pt] leading-[1.2] print:block" data-testid="briefing-tables">{usePrinting() && <BriefingTablesBody events={events} sources={sources} series={series} />}</div>;
}

function BriefingTablesBody({ events, sources, series }: { events: PlacedEvent[]; sources: Map<number, SourceRef>; series: ChartSeries[] }) {
  const t = useTranslations("overview.briefing");
  const locale = useLocale();
  const drawn = new Set(series.flatMap((s) => s.glyphs.map((g) => g.point.sourceId)));
  const used = [...sources.values()].filter((s) => drawn.has(s.id)).sort((a, b) => a.id - b.id);
  const { columns, oneLine } = briefingEventLayout(events.length);
  return (
    <>
      {events.length > 0 && (
        <>
          <h3 className="mt-0.5 font-semibold">{t("events")}</h3>
          <ol className="gap-x-3" style={{ columnCount: columns }} data-columns={columns}>
            {events.map((e) => (
              <li key={e.id} className={`break-inside-avoid ${oneLine ? "truncate" : ""}`}>
                <span className="font-bold tabular-nums" style={{ color: categoryTextColor(e.category) }}>
                  {e.number}
                </span>{" "}
                <span className="text-muted tabular-nums">{oneLine ? formatMonthYear(e.date, locale) : formatDate(e.date, locale)}</span> <Localized en={e.title} ja={e.titleJa} />
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="mt-1 text-muted">
        {t.rich("sources", {
          b: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
          // Publishers and dataset names as published: proper names, in whatever language they are.
          cite: (chunks) => <span data-testid="briefing-sources">{chunks}</span>,
          sources: used.length ? used.map(briefingSource).join(" · ") : t("noSources"),
        })}
      </p>
    </>
  );
}
