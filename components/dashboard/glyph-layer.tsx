"use client";

import { useLocale, useTranslations } from "next-intl";
import { onActivateKey } from "@/components/ui/activate-keys";
import { chartInk } from "@/lib/colors";
import type { Scale } from "@/lib/dependence-chart-geometry";
import type { Glyph } from "@/lib/dependence-shape";
import { glyphId, type ChartSeries } from "@/lib/dependence-series";
import { glyphText } from "@/lib/dependence-values";
import { periodLabel } from "@/lib/format";
import type { HoverTarget, SelectedPoint } from "./dependence-chart-layout";

/** Every series' points, in the plot's scales: focusable, hoverable, clickable for their source. */
export function GlyphLayer({
  series,
  x,
  y,
  onHover,
  onSelect,
  activeKey,
  selectedKey,
}: {
  series: ChartSeries[];
  x: Scale;
  y: Scale;
  onHover: (t: HoverTarget | null) => void;
  onSelect: (p: SelectedPoint) => void;
  activeKey: string | null;
  selectedKey: string | null;
}) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  // Marks shrink when years are narrow (23 years on a phone), so neighbouring points stay apart.
  const rows = series[0]?.rows ?? [];
  const yearPx = rows.length > 1 ? Math.abs(x(rows[1].x) - x(rows[0].x)) : 16;
  const size = Math.min(1, Math.max(0.5, yearPx / 16));
  return (
    // Pointer and no focus outline (the mark draws its own ring) set once here, not on every point.
    <g className="glyphs [&>g]:cursor-pointer [&>g]:outline-none">
      {series.map((s) =>
        // Other sources' values first, so the headline point is drawn (and clickable) on top.
        [...s.glyphs].sort((a, b) => Number(a.role === "headline") - Number(b.role === "headline")).map((g) => {
          const value = g.y ?? (g.band ? (g.band.low + g.band.high) / 2 : null);
          if (value === null) return null;
          const cx = x(g.x);
          const cy = y(value);
          const id = glyphId(s.key, g.key);
          const label = t("point.aria", { series: s.label, period: periodLabel(g.point, locale), value: glyphText(g, locale), headline: String(g.point.headline) });
          const show = () => onHover({ kind: "point", glyph: g, series: s, x: cx, y: cy });
          const select = () => onSelect({ glyph: g, series: s });
          return (
            <g
              key={id}
              data-testid={g.role === "headline" ? "headline-point" : "other-point"}
              data-glyph-id={id}
              data-year={g.point.year}
              data-source-id={g.point.sourceId}
              tabIndex={g.role === "headline" ? 0 : -1}
              role="button"
              aria-label={label}
              onMouseEnter={show}
              onMouseLeave={() => onHover(null)}
              onFocus={show}
              onBlur={() => onHover(null)}
              onClick={select}
              onKeyDown={onActivateKey(select)}
            >
              <GlyphMark glyph={g} series={s} cx={cx} cy={cy} y={y} size={size} active={activeKey === id || selectedKey === id} />
            </g>
          );
        }),
      )}
    </g>
  );
}

/** One point: its range band, its disc (a diamond for partners; hollow for estimates), its bound's arrow. */
function GlyphMark({ glyph: g, series: s, cx, cy, y, size, active }: { glyph: Glyph; series: ChartSeries; cx: number; cy: number; y: (v: number) => number; size: number; active: boolean }) {
  const r = (g.role === "headline" ? 5 : 3.5) * size;
  const d = 5 * size;
  const fill = g.hollow ? chartInk.background : s.color;
  return (
    <>
      {g.band && (
        <rect
          x={cx - 6}
          width={12}
          y={y(g.band.high)}
          height={Math.max(2, y(g.band.low) - y(g.band.high))}
          fill={s.color}
          fillOpacity={g.role === "headline" ? 0.22 : 0.12}
          stroke={s.color}
          strokeOpacity={0.7}
          strokeDasharray={g.role === "headline" ? undefined : "2 2"}
          rx={2}
        />
      )}
      {g.y !== null &&
        (s.partner ? (
          <path d={`M${cx} ${cy - d}L${cx + d} ${cy}L${cx} ${cy + d}L${cx - d} ${cy}Z`} fill={fill} stroke={s.color} strokeWidth={1.5} />
        ) : (
          <circle
            cx={cx}
            cy={cy}
            r={r}
            fill={fill}
            fillOpacity={g.role === "other" && !g.hollow ? 0.45 : undefined}
            stroke={s.color}
            strokeOpacity={g.role === "other" ? 0.7 : undefined}
            strokeWidth={g.role === "headline" ? 2 : 1.25}
          />
        ))}
      {g.arrow && g.y !== null && (
        <path
          d={g.arrow === "up" ? `M${cx - 4} ${cy - r - 3}L${cx} ${cy - r - 9}L${cx + 4} ${cy - r - 3}` : `M${cx - 4} ${cy + r + 3}L${cx} ${cy + r + 9}L${cx + 4} ${cy + r + 3}`}
          fill="none"
          stroke={s.color}
          strokeWidth={1.5}
        />
      )}
      {active && <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke={chartInk.text} strokeWidth={1.5} />}
    </>
  );
}
