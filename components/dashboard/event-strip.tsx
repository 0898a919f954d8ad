"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { EventMarker } from "@/components/charts/event-marker";
import { onActivateKey } from "@/components/ui/activate-keys";
import { chartInk } from "@/lib/colors";
import type { PlacedEvent } from "@/lib/dependence-shape";
import { formatDate } from "@/lib/format";
import { localizedString } from "@/lib/i18n/localized";
import { categoryLabel } from "@/lib/labels";
import { LANE_HEIGHT, STRIP_PADDING, type HoverTarget } from "./dependence-chart-layout";

/** The numbered event markers under the X axis: a tick at each true date, a leader line to a nudged marker. */
export function EventStrip({
  events,
  top,
  left,
  right,
  activeId,
  selectedId,
  onHover,
  onSelect,
  numberSize,
}: {
  numberSize?: number;
  events: PlacedEvent[];
  top: number;
  left: number;
  right: number;
  activeId: number | null;
  selectedId: number | null;
  onHover: (t: HoverTarget | null) => void;
  onSelect: (id: number) => void;
}) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { enums } = useMessages();
  const mark = useTranslations("common")("untranslated");
  const laneY = (lane: number) => top + STRIP_PADDING + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  return (
    // Pointer and no focus outline (the marker draws its own ring) set once here, not on every marker.
    <g className="event-strip [&>g]:cursor-pointer [&>g]:outline-none">
      <line x1={left} x2={right} y1={top + 3} y2={top + 3} stroke={chartInk.axis} strokeWidth={1} />
      {events.map((e) => (
        <line key={`tick${e.id}`} x1={e.trueX} x2={e.trueX} y1={top} y2={top + 6} stroke={chartInk.muted} strokeWidth={1} />
      ))}
      {events.map((e) =>
        Math.abs(e.px - e.trueX) > 1 || e.lane > 0 ? (
          <path key={`lead${e.id}`} d={`M${e.trueX} ${top + 6}L${e.px} ${laneY(e.lane) - e.r}`} stroke={chartInk.axis} strokeWidth={0.75} fill="none" />
        ) : null,
      )}
      {events.map((e) => {
        const cy = laneY(e.lane);
        const show = () => onHover({ kind: "event", event: e, x: e.px, y: cy });
        return (
          <g
            key={e.id}
            data-testid="event-marker"
            data-event-id={e.id}
            data-category={e.category}
            data-severity={e.severity}
            role="button"
            tabIndex={0}
            aria-label={t("event.aria", {
              number: e.number,
              date: formatDate(e.date, locale),
              title: localizedString(locale, e.title, e.titleJa, mark),
              category: categoryLabel(enums, e.category),
              severity: e.severity,
            })}
            aria-pressed={selectedId === e.id}
            onMouseEnter={show}
            onMouseLeave={() => onHover(null)}
            onFocus={show}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(e.id)}
            onKeyDown={onActivateKey(() => onSelect(e.id))}
          >
            <EventMarker cx={e.px} cy={cy} r={e.r} number={e.number} category={e.category} active={activeId === e.id || selectedId === e.id} numberSize={numberSize} />
          </g>
        );
      })}
    </g>
  );
}
