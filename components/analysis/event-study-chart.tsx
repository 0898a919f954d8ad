import { chartInk } from "@/lib/colors";
import { changeText, deltaColor, eventCount, type YearGroup } from "@/lib/analysis/event-study-view";

export const ROW = 30;
export const TOP = 26;
export const BOTTOM = 30;
const LABEL = 128;
const RIGHT = 170;

/** One dumbbell per year: the share before (hollow) and after (filled), the change at the right. */
export function EventStudyChart({ groups, width }: { groups: YearGroup[]; width: number }) {
  const height = TOP + BOTTOM + groups.length * ROW;
  const x0 = LABEL;
  const x1 = Math.max(x0 + 120, width - RIGHT);
  const x = (v: number) => x0 + (v / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label="Event study: China's share before and after each year's escalations" style={{ fontFamily: "inherit" }} data-testid="event-study-chart">
      {[0, 20, 40, 60, 80, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - BOTTOM + 4} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 18} textAnchor="middle" fontSize={12} fill={chartInk.muted}>
            {t}%
          </text>
        </g>
      ))}
      <text x={x0} y={14} fontSize={11} fill={chartInk.muted}>
        event year · events
      </text>
      <text x={x1 + 8} y={14} fontSize={11} fill={chartInk.muted}>
        before → after
      </text>
      {groups.map((g, i) => {
        const cy = TOP + i * ROW + ROW / 2;
        const color = deltaColor(g.deltaPp);
        return (
          <g key={g.year} data-testid="event-study-row" data-year={g.year} data-delta={g.deltaPp ?? ""}>
            <text x={8} y={cy + 4} fontSize={12} fill={chartInk.text}>
              {g.year} · {eventCount(g.rows.length)}
            </text>
            {g.before && g.after && (
              <line x1={x(g.before.sharePct)} x2={x(g.after.sharePct)} y1={cy} y2={cy} stroke={color} strokeWidth={3} strokeDasharray={g.approximate ? "4 3" : undefined} />
            )}
            {g.before && <circle cx={x(g.before.sharePct)} cy={cy} r={5} fill={chartInk.background} stroke={chartInk.text} strokeWidth={1.5} />}
            {g.after && <circle cx={x(g.after.sharePct)} cy={cy} r={5.5} fill={color} stroke={color} />}
            <text x={x1 + 8} y={cy + 4} fontSize={12} fill={g.deltaPp === null ? chartInk.muted : chartInk.text}>
              {changeText(g)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
