import { Link } from "@/lib/i18n/navigation";
import { sourceHref } from "@/components/sources/source-citation";
import { Table, type TableColumn } from "@/components/ui/table";
import type { ConcentrationYear } from "@/lib/analysis/concentration";
import { hhiValue } from "@/lib/analysis/concentration-view";
import { formatPct, partnerName } from "@/lib/format";

const COLUMNS: TableColumn<ConcentrationYear>[] = [
  { key: "year", header: "Year", cellClassName: "tabular-nums", cell: (y) => y.year },
  {
    key: "top",
    header: "Top supplier",
    cell: (y) => (
      <>
        {partnerName(y.top.partner)} {formatPct(y.top.sharePct)}
      </>
    ),
  },
  {
    key: "hhi",
    header: "HHI",
    cellClassName: "tabular-nums",
    cellTestId: "hhi",
    cell: (y) => (
      <>
        {hhiValue(y)}
        {y.hhiIsLowerBound ? <span className="block text-muted">lower bound</span> : null}
      </>
    ),
  },
  { key: "unattributed", header: "Unattributed", cellClassName: "tabular-nums", cell: (y) => formatPct(y.unallocatedPct) },
  {
    key: "source",
    header: "Source",
    cell: (y) => (
      <>
        <Link href={sourceHref(y.sourceId)} className="text-accent hover:underline">
          source {y.sourceId}
        </Link>
        {y.notes.length > 0 && <span className="block text-muted">{y.notes.join("; ")}</span>}
      </>
    ),
  },
];

/** Per year: the top supplier, the HHI, the unattributed share and the source of the breakdown. */
export function ConcentrationTable({ years }: { years: ConcentrationYear[] }) {
  return (
    <Table
      data-testid="concentration-table"
      className="mt-3 w-full text-left text-xs"
      columns={COLUMNS}
      rows={years}
      rowKey={(y) => y.year}
      rowProps={(y) => ({ "data-year": y.year })}
      headClassName="text-muted"
      rowClassName="border-t border-line align-top"
      padClassName="py-1 pr-2"
    />
  );
}
