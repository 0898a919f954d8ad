"use client";

import { useLocale } from "next-intl";
import { chartInk } from "@/lib/colors";
import type { Scale } from "@/lib/dependence-chart-geometry";
import { placeLineLabels, type Box, type LabelSeries } from "@/lib/dependence-labels";
import type { ChartSeries } from "@/lib/dependence-series";
import { glyphText } from "@/lib/dependence-values";

/** The headline values written on the line where they change (first, last, extremes, each change), without collisions. */
export function LineLabels({ series, x: px, y: py, bounds, fontSize }: { series: ChartSeries[]; x: Scale; y: Scale; bounds: Box; fontSize: number }) {
  const locale = useLocale();
  const china = series.filter((s) => !s.partner);
  const labelSeries: LabelSeries[] = china.map((s) => ({
    key: s.key,
    color: s.color,
    points: s.glyphs
      .filter((g) => g.role === "headline" && (g.y !== null || g.band))
      .sort((a, b) => a.x - b.x)
      .map((g) => ({ year: g.point.year, x: px(g.x), y: py(g.y ?? (g.band!.low + g.band!.high) / 2), text: glyphText(g, locale) })),
  }));
  const obstacles = series.flatMap((s) => s.glyphs.filter((g) => g.y !== null).map((g) => ({ x: px(g.x), y: py(g.y!), r: g.role === "headline" ? 6 : 4 })));
  const labels = placeLineLabels(labelSeries, { fontSize, bounds, obstacles });
  return (
    <g className="line-labels" aria-hidden>
      {labels.map((l) => (
        <text
          key={`${l.seriesKey}-${l.year}`}
          data-testid="line-label"
          data-year={l.year}
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          fontSize={fontSize}
          fontWeight={600}
          fill={l.color === chartInk.background ? chartInk.text : l.color}
          stroke={chartInk.background}
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
