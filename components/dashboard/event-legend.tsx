"use client";

import { useLocale, useTranslations } from "next-intl";
import { Localized } from "@/components/ui/localized";
import { categoryColor, textOn } from "@/lib/colors";
import type { PlacedEvent } from "@/lib/dependence-shape";
import { formatDate } from "@/lib/format";

/** The numbered events, in a closed disclosure under the chart; a click opens the event's details. */
export function EventLegend({ events, onSelect }: { events: PlacedEvent[]; onSelect: (id: number) => void }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return (
    <details className="mt-4 group print:hidden">
      <summary className="cursor-pointer text-sm font-medium text-ink">{t("event.legend", { count: events.length })}</summary>
      <ol className="mt-2 grid gap-x-6 gap-y-1 text-xs sm:grid-cols-2" data-testid="event-legend">
        {events.map((e) => (
          <li key={e.id} className="flex gap-2">
            <button type="button" onClick={() => onSelect(e.id)} className="inline-flex min-w-0 items-baseline gap-2 text-left hover:underline">
              <span
                className="inline-flex h-4 min-w-4 shrink-0 items-center justify-center rounded-full px-1 text-[10px] font-bold text-white"
                style={{ background: categoryColor(e.category), color: textOn(categoryColor(e.category)) }}
              >
                {e.number}
              </span>
              <span className="shrink-0 tabular-nums text-muted">{formatDate(e.date, locale)}</span>
              <span className="text-ink">
                <Localized en={e.title} ja={e.titleJa} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
