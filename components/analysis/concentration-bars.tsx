import { barCaption, barSegments, UNALLOCATED_COLOR } from "@/lib/analysis/concentration-view";
import type { ConcentrationYear } from "@/lib/analysis/concentration";
import { chartInk } from "@/lib/colors";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";

const BAR = 22;
export const ROW = 40;
export const TOP = 8;
export const BOTTOM = 26;
const LABEL = 48;
/** Segments narrower than this get no partner code. */
const MIN_LABELLED_WIDTH = 34;

/** Each year's imports as one 100% bar split by partner, its HHI and top supplier beneath. */
export function ConcentrationBars({ years, width, t, locale }: { years: ConcentrationYear[]; width: number; t: Translator<"analysis">; locale: Locale }) {
  const height = TOP + BOTTOM + years.length * ROW;
  const x0 = LABEL;
  const x1 = width - 8;
  const x = (v: number) => x0 + (Math.min(100, v) / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label={t("concentration.chartLabel")} style={{ fontFamily: "inherit" }} data-testid="concentration-chart">
      {[0, 25, 50, 75, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - BOTTOM + 2} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 16} textAnchor={t === 100 ? "end" : "middle"} fontSize={11} fill={chartInk.muted}>
            {t}%
          </text>
        </g>
      ))}
      {years.map((y, i) => {
        const top = TOP + i * ROW;
        const { segments, unallocated } = barSegments(y, x, t, locale);
        return (
          <g key={y.year} data-year={y.year}>
            <text x={0} y={top + BAR / 2 + 4} fontSize={12} fill={chartInk.text}>
              {y.year}
            </text>
            {segments.map((s) => (
              <g key={s.partner}>
                <rect x={s.left} y={top} width={s.width} height={BAR} fill={s.color} stroke={chartInk.background} strokeWidth={1} fillOpacity={s.opacity}>
                  <title>{s.title}</title>
                </rect>
                {s.width > MIN_LABELLED_WIDTH && (
                  <text x={s.left + 4} y={top + BAR / 2 + 4} fontSize={11} fill={chartInk.background} fontWeight={600}>
                    {s.partner}
                  </text>
                )}
              </g>
            ))}
            {unallocated && <rect x={unallocated.left} y={top} width={unallocated.width} height={BAR} fill={UNALLOCATED_COLOR} />}
            <text x={x0} y={top + BAR + 13} fontSize={11} fill={chartInk.muted}>
              {barCaption(y, t, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
