"use client";

import type { ExportMeta } from "@/lib/export/compose-markup";

export type PptxButtonProps = {
  fileName: string;
  getSvg: () => SVGSVGElement | null | undefined;
  /** The card's metadata in the page's language, stamped with the data version. */
  getMeta: () => ExportMeta;
  getCsv: () => string;
  className: string;
};

/** One editable PowerPoint slide of the chart (`export-pptx`). Placeholder until the PPTX export lands. */
export function PptxButton(_props: PptxButtonProps) {
  return null;
}
