import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatUsd } from "@/lib/format";
import { monthLabel, type MonthlyRow, type PlacedMonthlyEvent } from "@/lib/monthly";

const exact = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** The month under the pointer: each series' value (or "no figure"), and the events dated in it. */
export function MonthlyTooltip({
  row,
  lines,
  events,
  eventTitle,
  x,
  top,
  flip,
}: {
  row: MonthlyRow;
  lines: { hsCode: string; label: string; color: string }[];
  events: PlacedMonthlyEvent[];
  eventTitle: (e: PlacedMonthlyEvent) => string;
  x: number;
  top: number;
  /** Open to the left of the month (it is in the right half of the chart). */
  flip: boolean;
}) {
  const t = useTranslations("monthly");
  const locale = useLocale();
  const here = events.filter((e) => e.month === row.month);
  return (
    <div
      data-testid="monthly-tooltip"
      role="status"
      className="pointer-events-none absolute z-10 w-64 max-w-[70vw] rounded-md border border-line bg-white p-2 text-xs text-ink shadow-md"
      style={{ top, left: flip ? x - 10 : x + 10, transform: flip ? "translateX(-100%)" : undefined }}
    >
      <p className="font-semibold">{monthLabel(row.month, locale)}</p>
      <ul className="mt-1 space-y-0.5">
        {lines.map((l) => {
          const v = row[l.hsCode];
          return (
            <li key={l.hsCode} data-hs={l.hsCode} className="flex gap-1.5">
              <span aria-hidden className="mt-1 inline-block h-0.5 w-3 shrink-0" style={{ background: l.color }} />
              <span>
                {t("seriesLabel", { label: l.label })}
                {typeof v === "number" ? (
                  <strong>
                    {formatUsd(v, locale)} <span className="font-normal text-muted">{t("exact", { value: exact.format(v) })}</span>
                  </strong>
                ) : (
                  <span className="text-muted">{t("noFigure")}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {here.map((e) => (
        <p key={e.id} className="mt-1 border-t border-line pt-1">
          <strong>{e.number}.</strong> {t("eventLineText", { date: formatDate(e.date, locale), title: eventTitle(e) })}
        </p>
      ))}
    </div>
  );
}
