import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type LegendItem = {
  /** React key; the label when it is a string. */
  key?: string;
  label: ReactNode;
  /** A square (or disc) of this colour, when no `swatch` is given. */
  color?: string;
  /** A drawn swatch (e.g. a line or diamond SVG) in place of the colour square. */
  swatch?: ReactNode;
};

const SWATCH_SHAPES = { square: "rounded-sm", disc: "rounded-full" } as const;

/** A chart's key, labelled "Legend" (「凡例」): one swatch + label per item, then `children` (e.g. a note). */
export function Legend({
  items,
  shape = "square",
  className = "mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted",
  children,
}: {
  items: LegendItem[];
  shape?: keyof typeof SWATCH_SHAPES;
  className?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("ui");
  return (
    <div className={className} aria-label={t("legend")}>
      {items.map((item, i) => (
        <span key={item.key ?? (typeof item.label === "string" ? item.label : i)} className="inline-flex items-center gap-1.5">
          {item.swatch ?? <span aria-hidden className={`inline-block h-2.5 w-2.5 ${SWATCH_SHAPES[shape]}`} style={{ background: item.color }} />}
          {item.label}
        </span>
      ))}
      {children}
    </div>
  );
}
