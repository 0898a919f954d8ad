import type { HTMLAttributes, Key, ReactNode, TableHTMLAttributes } from "react";

export type TableColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Extra classes on this column's header and body cells, e.g. "text-right". */
  className?: string;
  /** Extra classes on the body cells only, e.g. "tabular-nums". */
  cellClassName?: string;
  /** Replaces the table's `padClassName` for this column (e.g. a last column without right padding). */
  padClassName?: string;
  /** `data-testid` of each body cell. */
  cellTestId?: string;
};

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | number | undefined };

const join = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(" ");

/** A plain data table: one header row from `columns`, one body row per item; class hooks keep each user's look. */
export function Table<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  caption,
  captionClassName = "sr-only",
  headClassName,
  rowClassName = "border-t border-line",
  padClassName = "py-1 pr-3",
  headerCellClassName = "font-medium",
  className = "w-full text-left text-xs",
  ...rest
}: {
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Per-row attributes, e.g. `data-year`. */
  rowProps?: (row: Row) => RowAttributes;
  caption?: ReactNode;
  captionClassName?: string;
  headClassName?: string;
  rowClassName?: string;
  /** Padding of every header and body cell. */
  padClassName?: string;
  headerCellClassName?: string;
} & TableHTMLAttributes<HTMLTableElement>) {
  return (
    <table className={className} {...rest}>
      {caption && <caption className={captionClassName}>{caption}</caption>}
      <thead className={headClassName}>
        <tr>
          {columns.map((c) => (
            <th key={c.key} className={join(c.padClassName ?? padClassName, c.className, headerCellClassName)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName} {...rowProps?.(row)}>
            {columns.map((c) => (
              <td key={c.key} className={join(c.padClassName ?? padClassName, c.className, c.cellClassName)} data-testid={c.cellTestId}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
