import { useLocale, useMessages, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { sourceHref } from "@/components/sources/source-citation";
import { Localized } from "@/components/ui/localized";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { partnerColors } from "@/lib/colors";
import { localizedString } from "@/lib/i18n/localized";
import { enumLabel } from "@/lib/labels";
import {
  hsScope,
  latestPeriodText,
  latestShareText,
  shortSourceTitle,
  type MaterialLatest,
  type MaterialSort,
  type MaterialSummaryRow,
  type SortDir,
} from "@/lib/materials-summary";
import type { SourceRef } from "@/lib/types";
import { ShareSparkline } from "./share-sparkline";

// ui/Table is not used here: its header cells take no attributes, and a sortable header needs aria-sort.

const cell = "py-1.5 pr-3 align-top";

/** Every material with China's latest share of Japan's imports; the material, share and year headers sort. */
export function MaterialsTable({
  rows,
  sources,
  sort,
  dir,
  onSort,
}: {
  rows: MaterialSummaryRow[];
  sources: ReadonlyMap<number, SourceRef>;
  sort: MaterialSort;
  dir: SortDir;
  onSort: (s: MaterialSort) => void;
}) {
  const t = useTranslations("materials");
  const header = (column: MaterialSort, right = false) => <SortHeader column={column} right={right} sort={sort} dir={dir} onSort={onSort} label={t(`head.${column}`)} />;
  return (
    <ScrollRegion label={t("tableLabel")} className="-mx-1 px-1">
      <table className="w-full min-w-[52rem] text-left text-sm" data-testid="materials-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-xs text-muted">
          <tr>
            {header("name")}
            {header("share", true)}
            {header("year")}
            <th className={`${cell} font-medium`}>{t("head.basis")}</th>
            <th className={`${cell} font-medium`}>{t("head.hs")}</th>
            <th className={`${cell} font-medium`}>{t("head.source")}</th>
            <th className="py-1.5 align-top font-medium">{t("head.trend")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <MaterialRow key={r.slug} row={r} source={r.latest ? sources.get(r.latest.sourceId) : undefined} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A column header that sorts by its column (again: the other way); aria-sort says how the table is sorted now. */
function SortHeader({
  column,
  right,
  sort,
  dir,
  onSort,
  label,
}: {
  column: MaterialSort;
  right: boolean;
  sort: MaterialSort;
  dir: SortDir;
  onSort: (s: MaterialSort) => void;
  label: string;
}) {
  const active = sort === column;
  return (
    <th className={`${cell} font-medium ${right ? "text-right" : ""}`} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className={`font-medium hover:text-ink ${active ? "text-ink" : ""}`} data-testid={`sort-${column}`} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
      </button>
    </th>
  );
}

function MaterialRow({ row: r, source }: { row: MaterialSummaryRow; source: SourceRef | undefined }) {
  const t = useTranslations("materials");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { enums } = useMessages();
  const l = r.latest;
  return (
    <tr className="border-t border-line" data-testid="material-row" data-material={r.slug} data-group={r.group}>
      <td className={`${cell} min-w-44`}>
        <Link href={`/?material=${r.slug}`} className="font-medium text-ink hover:text-accent hover:underline" data-testid="material-link">
          <Localized en={r.name} ja={r.nameJa} />
        </Link>
        <span className="block text-xs text-muted">{enumLabel(enums.materialGroup, r.group)}</span>
      </td>
      {l ? (
        <>
          <td className={`${cell} text-right whitespace-nowrap`} data-testid="material-share">
            <span className="font-semibold tabular-nums text-ink">{latestShareText(l, t, locale)}</span>
            <ShareBar latest={l} />
          </td>
          <td className={`${cell} whitespace-nowrap tabular-nums`} data-testid="material-year">
            {latestPeriodText(l, locale)}
          </td>
          <td className={cell}>{enumLabel(enums.basis, l.basis)}</td>
          <td className={`${cell} text-xs whitespace-nowrap`} data-testid="material-hs">
            {hsScope(r, t)}
          </td>
          <td className={`${cell} max-w-56 text-xs`}>
            <Link href={sourceHref(l.sourceId)} className="text-accent hover:underline" title={source?.title} data-testid="material-source" data-source-id={l.sourceId}>
              {source ? shortSourceTitle(source.title) : t("sourceLink", { id: l.sourceId })}
            </Link>
          </td>
          <td className="py-1.5 align-top">
            <ShareSparkline trend={r.trend} name={localizedString(locale, r.name, r.nameJa, mark)} />
          </td>
        </>
      ) : (
        <>
          <td className={`${cell} text-right whitespace-nowrap text-muted`} data-testid="material-share">
            {t("noShare")}
          </td>
          <td colSpan={5} className={`${cell} text-xs text-muted`} data-testid="material-no-share">
            {r.noShare ? enumLabel(enums.noShareReason, r.noShare) : null}
          </td>
        </>
      )}
    </tr>
  );
}

/** The share on a 0–100 track: a point as a bar, a range as its span, an estimate or a bound paler. */
function ShareBar({ latest: l }: { latest: MaterialLatest }) {
  const from = l.sharePct === null ? (l.low ?? 0) : 0;
  const to = l.sharePct ?? l.high ?? 0;
  const pale = l.estimate || l.bound !== null || l.sharePct === null;
  return (
    <span className="ml-auto mt-1 block h-1.5 w-20 rounded-sm bg-canvas" aria-hidden="true">
      <span className="block h-full rounded-sm" style={{ marginLeft: `${from}%`, width: `${to - from}%`, background: partnerColors.CHN, opacity: pale ? 0.45 : 1 }} />
    </span>
  );
}
