"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { sourceHref } from "@/components/sources/source-citation";
import { Table, type TableColumn } from "@/components/ui/table";
import type { ConcentrationYear } from "@/lib/analysis/concentration";
import { concentrationNotes, hhiValue } from "@/lib/analysis/concentration-view";
import { formatPct, partnerName } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";

function columns(t: Translator<"analysis">, locale: Locale): TableColumn<ConcentrationYear>[] {
  return [
    { key: "year", header: t("concentration.head.year"), cellClassName: "tabular-nums", cell: (y) => y.year },
    {
      key: "top",
      header: t("concentration.head.top"),
      cell: (y) => t("concentration.topSupplier", { partner: partnerName(y.top.partner, locale), share: formatPct(y.top.sharePct) }),
    },
    {
      key: "hhi",
      header: t("concentration.head.hhi"),
      cellClassName: "tabular-nums",
      cellTestId: "hhi",
      cell: (y) => (
        <>
          {hhiValue(y)}
          {y.hhiIsLowerBound ? <span className="block text-muted">{t("concentration.lowerBound")}</span> : null}
        </>
      ),
    },
    { key: "unattributed", header: t("concentration.head.unattributed"), cellClassName: "tabular-nums", cell: (y) => formatPct(y.unallocatedPct) },
    {
      key: "source",
      header: t("concentration.head.source"),
      cell: (y) => {
        const notes = concentrationNotes(y, t, locale);
        return (
          <>
            <Link href={sourceHref(y.sourceId)} className="text-accent underline">
              {t("common.sourceLink", { id: y.sourceId })}
            </Link>
            {notes.length > 0 && <span className="block text-muted">{notes.join(locale === "ja" ? "。" : "; ")}</span>}
          </>
        );
      },
    },
  ];
}

/** Per year: the top supplier, the HHI, the unattributed share and the source of the breakdown. */
export function ConcentrationTable({ years }: { years: ConcentrationYear[] }) {
  const t = useTranslations("analysis");
  const locale = useLocale();
  return (
    <Table
      data-testid="concentration-table"
      className="mt-3 w-full text-left text-xs"
      columns={columns(t, locale)}
      rows={years}
      rowKey={(y) => y.year}
      rowProps={(y) => ({ "data-year": y.year })}
      headClassName="text-muted"
      rowClassName="border-t border-line align-top"
      padClassName="py-1 pr-2"
    />
  );
}
