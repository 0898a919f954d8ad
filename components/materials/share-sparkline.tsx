import { useLocale, useTranslations } from "next-intl";
import { chartInk, partnerColors } from "@/lib/colors";
import { formatShare } from "@/lib/format";
import type { SummaryPoint } from "@/lib/materials-summary";

const W = 88;
const H = 24;
const PAD = 3;

/**
 * China's headline share by year in a word-sized chart: 0–100% on a fixed scale so rows compare,
 * a line only between consecutive years (a missing year breaks it), a range as a vertical bar, an
 * estimate or a bound as an open dot. Drawn only where at least two years have a share.
 */
export function ShareSparkline({ trend, name }: { trend: SummaryPoint[]; name: string }) {
  const t = useTranslations("materials");
  const locale = useLocale();
  if (trend.length < 2) return null;
  const first = trend[0].year;
  const last = trend.at(-1)!.year;
  const x = (year: number) => PAD + ((year - first) / Math.max(1, last - first)) * (W - 2 * PAD);
  const y = (pct: number) => H - PAD - (pct / 100) * (H - 2 * PAD);
  const color = partnerColors.CHN;

  // Runs of consecutive years with a point value: each is one polyline.
  const runs: SummaryPoint[][] = [];
  for (const p of trend) {
    const run = runs.at(-1);
    if (p.sharePct !== null && run && run.at(-1)!.year === p.year - 1 && run.at(-1)!.sharePct !== null) run.push(p);
    else runs.push([p]);
  }
  const label = t("sparkline.label", { name, first, last, count: trend.length, firstShare: formatShare(trend[0], locale), lastShare: formatShare(trend.at(-1)!, locale) });

  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="sparkline" className="block">
      <title>{trend.map((p) => t("sparkline.point", { year: p.year, share: formatShare(p, locale) })).join("\n")}</title>
      <line x1={PAD} x2={W - PAD} y1={y(0)} y2={y(0)} stroke={chartInk.grid} />
      {runs.map((run) =>
        run.length > 1 ? (
          <polyline key={`l${run[0].year}`} points={run.map((p) => `${x(p.year)},${y(p.sharePct!)}`).join(" ")} fill="none" stroke={color} strokeWidth={1.5} />
        ) : null,
      )}
      {trend.map((p) =>
        p.sharePct === null ? (
          p.low !== null && p.high !== null && <line key={p.year} x1={x(p.year)} x2={x(p.year)} y1={y(p.low)} y2={y(p.high)} stroke={color} strokeWidth={2.5} />
        ) : (
          <circle
            key={p.year}
            cx={x(p.year)}
            cy={y(p.sharePct)}
            r={p.estimate || p.bound ? 2.2 : 2}
            fill={p.estimate || p.bound ? chartInk.background : color}
            stroke={color}
            strokeWidth={p.estimate || p.bound ? 1 : 0}
          />
        ),
      )}
    </svg>
  );
}
