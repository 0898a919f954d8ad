import { useLocale, useTranslations } from "next-intl";
import { chartInk, partnerColors } from "@/lib/colors";
import { localizedString } from "@/lib/i18n/localized";
import { hsScope, latestPeriodText, latestShareText, type MaterialSummaryRow } from "@/lib/materials-summary";

export const EXPORT_WIDTH = 760;
const ROW = 18;
const TOP = 24;
const NAME_W = 230;
const BAR_X = NAME_W + 8;
const BAR_W = 220;
const TEXT_X = BAR_X + BAR_W + 10;
/** Room for a name at 11 px: about 6 px a Latin character, 11 px a full-width (kana, kanji) one. */
const NAME_ROOM = NAME_W - 6;
const charWidth = (c: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 11 : 6);

/** The name whole when it fits the column, else cut with an ellipsis. */
function fitName(name: string): string {
  let w = 0;
  let out = "";
  for (const c of name) {
    w += charWidth(c);
    if (w > NAME_ROOM) return `${out}…`;
    out += c;
  }
  return name;
}

/**
 * The table as an image for PNG and SVG exports: each material in the table's order with China's
 * share on a 0–100% bar (a range as its span, an estimate or a bound paler), the share as written,
 * its year and HS scope; materials with no share say so, with no bar.
 */
export function MaterialsExportChart({ rows }: { rows: MaterialSummaryRow[] }) {
  const t = useTranslations("materials");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const height = TOP + rows.length * ROW + 6;
  const x = (v: number) => BAR_X + (v / 100) * BAR_W;
  return (
    <svg width={EXPORT_WIDTH} height={height} role="img" aria-label={t("exportChart.label")} style={{ fontFamily: "inherit" }} data-testid="materials-export-chart">
      <text x={0} y={14} fontSize={11} fontWeight={600} fill={chartInk.muted}>
        {t("exportChart.material")}
      </text>
      <text x={TEXT_X} y={14} fontSize={11} fontWeight={600} fill={chartInk.muted}>
        {t("exportChart.detail")}
      </text>
      {[0, 25, 50, 75, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={height - 4} stroke={chartInk.grid} />
          <text x={x(t)} y={14} fontSize={10} textAnchor={t === 100 ? "end" : "middle"} fill={chartInk.muted}>
            {`${t}%`}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const l = r.latest;
        const from = l && l.sharePct === null ? (l.low ?? 0) : 0;
        const to = l ? (l.sharePct ?? l.high ?? 0) : 0;
        const pale = l !== null && (l.estimate || l.bound !== null || l.sharePct === null);
        const detail = l ? [latestShareText(l, t, locale), latestPeriodText(l, locale), hsScope(r, t)].filter(Boolean).join(locale === "ja" ? "・" : " · ") : t("noShare");
        return (
          <g key={r.slug} data-material={r.slug}>
            <text x={0} y={y + 12} fontSize={11} fill={chartInk.text}>
              {fitName(localizedString(locale, r.name, r.nameJa, mark))}
            </text>
            {l && <rect x={x(from)} y={y + 3} width={Math.max(0.5, x(to) - x(from))} height={ROW - 6} fill={partnerColors.CHN} fillOpacity={pale ? 0.45 : 1} />}
            <text x={TEXT_X} y={y + 12} fontSize={11} fill={l ? chartInk.text : chartInk.muted}>
              {detail}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
