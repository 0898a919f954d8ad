import { chartInk, directionColor } from "@/lib/colors";
import { changeText, type YearGroup } from "@/lib/analysis/event-study-view";
import { formatStudyChange } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";

export const ROW = 30;
/** A narrow card's row: the year, the change under it, the dumbbell under both. */
export const COMPACT_ROW = 58;
export const TOP = 26;
export const BOTTOM = 30;
/** Below this width the labels go above each dumbbell instead of beside it. */
export const COMPACT_BELOW = 560;
const LABEL = 128;
/** Room for the widest change text, "≤ +3.3 pp (direction undetermined)" at 12 px. */
const RIGHT = 236;
const TICKS = [0, 20, 40, 60, 80, 100];

export const chartHeightFor = (rows: number, width: number) => TOP + BOTTOM + Math.max(1, rows) * (width < COMPACT_BELOW ? COMPACT_ROW : ROW);

/** The year's change in words, bounded where a side is a bound; both sides when one is missing. */
function yearChange(g: YearGroup, t: Translator<"analysis">, locale: Locale) {
  const first = g.rows[0];
  const bounded = first ? formatStudyChange(first, locale) : null;
  return { text: bounded ?? changeText(g, t, locale), direction: first?.direction ?? null, bound: first?.deltaBound ?? null };
}

/** One dumbbell per year: the share before (hollow) and after (filled), the change at the right (or, when narrow, the year and change above it). */
export function EventStudyChart({ groups, width, t, locale }: { groups: YearGroup[]; width: number; t: Translator<"analysis">; locale: Locale }) {
  const compact = width < COMPACT_BELOW;
  const row = compact ? COMPACT_ROW : ROW;
  const height = chartHeightFor(groups.length, width);
  const x0 = compact ? 14 : LABEL;
  const x1 = compact ? width - 16 : Math.max(x0 + 120, width - RIGHT);
  const x = (v: number) => x0 + (v / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label={t("eventStudy.chartLabel")} style={{ fontFamily: "inherit" }} data-testid="event-study-chart">
      {TICKS.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - BOTTOM + 4} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 18} textAnchor="middle" fontSize={12} fill={chartInk.muted} data-testid="event-study-tick">
            {t}%
          </text>
        </g>
      ))}
      <text x={compact ? 8 : x0} y={14} fontSize={11} fill={chartInk.muted}>
        {compact ? t("eventStudy.headYearCompact") : t("eventStudy.headYear")}
      </text>
      {!compact && (
        <text x={x1 + 8} y={14} fontSize={11} fill={chartInk.muted}>
          {t("eventStudy.headChange")}
        </text>
      )}
      {groups.map((g, i) => {
        const top = TOP + i * row;
        const cy = compact ? top + row - 12 : top + row / 2;
        const change = yearChange(g, t, locale);
        const color = directionColor(change.direction);
        const dashed = g.approximate || (change.bound !== null && change.bound !== "exact");
        const labelY = compact ? top + 12 : cy + 4;
        const changeY = compact ? top + 28 : cy + 4;
        return (
          <g key={g.year} data-testid="event-study-row" data-year={g.year} data-delta={g.deltaPp ?? ""} data-delta-bound={change.bound ?? ""} data-direction={change.direction ?? ""}>
            <text x={8} y={labelY} fontSize={12} fill={chartInk.text}>
              {t("eventStudy.yearLabel", { year: g.year, count: g.rows.length })}
            </text>
            {g.before && g.after && (
              <line x1={x(g.before.sharePct)} x2={x(g.after.sharePct)} y1={cy} y2={cy} stroke={color} strokeWidth={3} strokeDasharray={dashed ? "4 3" : undefined} />
            )}
            {g.before && <circle cx={x(g.before.sharePct)} cy={cy} r={5} fill={chartInk.background} stroke={chartInk.text} strokeWidth={1.5} />}
            {g.after && <circle cx={x(g.after.sharePct)} cy={cy} r={5.5} fill={color} stroke={color} />}
            <text
              x={compact ? 8 : x1 + 8}
              y={changeY}
              fontSize={12}
              fill={change.direction === null || change.direction === "undetermined" ? chartInk.muted : chartInk.text}
              data-testid="event-study-change"
            >
              {change.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
