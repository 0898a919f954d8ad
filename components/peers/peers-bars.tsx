import { useTranslations } from "next-intl";
import { chartInk, peerColors } from "@/lib/colors";
import { formatSharePct, type PeerBar } from "@/lib/peers";

export const ROW = 28;
export const TOP = 6;
export const BOTTOM = 24;
const BAR = 18;
/** Room for the value label right of a 100% bar. */
const VALUE = 50;
/** Average width of a 12 px Latin character, and of a full-width (kana, kanji) one, for fitting names to the label column. */
const CHAR = 6.6;
const WIDE = 12;
const WIDE_CHAR = /[\u3000-\u9fff\uff00-\uffef]/;
const charWidth = (c: string) => (WIDE_CHAR.test(c) ? WIDE : CHAR);
const textWidth = (s: string) => [...s].reduce((w, c) => w + charWidth(c), 0);

/** Wide enough for the longest name drawn ("Other Asia, n.e.s." whole on a phone), within 42% of the chart. */
function labelWidth(width: number, names: string[]) {
  const longest = Math.max(0, ...names.map(textWidth)) + 10;
  return Math.round(Math.min(170, width * 0.42, Math.max(90, longest)));
}

function fit(name: string, px: number) {
  if (textWidth(name) <= px) return name;
  let out = "";
  for (const c of name) {
    if (textWidth(out + c) + CHAR > px) break;
    out += c;
  }
  return `${out || [...name][0]}…`;
}

export function barsHeight(count: number) {
  return TOP + BOTTOM + Math.max(1, count) * ROW;
}

/** China's share of each importer's imports as one horizontal bar per importer, Japan's highlighted. */
export function PeersBars({ bars, width }: { bars: PeerBar[]; width: number }) {
  const t = useTranslations("peers");
  const height = barsHeight(bars.length);
  const label = labelWidth(width, bars.map((b) => b.name));
  const x0 = label;
  const x1 = Math.max(x0 + 40, width - VALUE);
  const x = (v: number) => x0 + (Math.min(100, Math.max(0, v)) / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label={t("chartLabel")} style={{ fontFamily: "inherit" }}>
      {(x1 - x0 < 260 ? [0, 50, 100] : [0, 25, 50, 75, 100]).map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - BOTTOM + 2} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 16} textAnchor={t === 0 ? "start" : "middle"} fontSize={11} fill={chartInk.muted}>
            {t}%
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const top = TOP + i * ROW + (ROW - BAR) / 2;
        const fill = b.highlight ? peerColors.japan : peerColors.peer;
        const value = formatSharePct(b.chinaSharePct);
        return (
          <g key={b.importer} data-testid="peer-bar" data-importer={b.importer} data-highlight={b.highlight ? "true" : "false"}>
            <title>{t("barTitle", { name: b.name, value, hasHs: b.hsCode ? "yes" : "no", hs: b.hsCode ?? "" })}</title>
            <text x={x0 - 6} y={top + BAR / 2 + 4} textAnchor="end" fontSize={12} fill={chartInk.text} fontWeight={b.highlight ? 700 : 400}>
              {fit(b.name, label - 8)}
            </text>
            <rect x={x0} y={top} width={Math.max(0, x(b.chinaSharePct) - x0)} height={BAR} fill={fill} />
            <text x={x(b.chinaSharePct) + 4} y={top + BAR / 2 + 4} fontSize={12} fill={chartInk.text} fontWeight={b.highlight ? 700 : 400}>
              {value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
