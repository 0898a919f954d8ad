// Export metadata for any chart card other than the dependence chart: title, the filters as a
// subtitle, the key, the sources behind the drawn values and the standard footer.

import type { SourceRef } from "@/lib/types";
import type { ExportMeta, KeyItem } from "./compose-markup";
import { exportFooter, localIsoDate } from "./naming";

export function sourceLabel(s: SourceRef): string {
  return `${s.publisher ? `${s.publisher}, ` : ""}${s.title}${s.published ? ` (${s.published})` : ""}`;
}

export function chartExportMeta({
  title,
  filters,
  keyItems = [],
  sources,
  sourceNote,
  dataAsOf,
  permalink,
  exported = new Date(),
}: {
  title: string;
  /** e.g. ["Material: Rare earths", "Years: 2008–2026"] */
  filters: string[];
  keyItems?: KeyItem[];
  /** The sources of the values drawn (deduplicated here, listed by id). */
  sources: SourceRef[];
  /** Replaces the list of sources when they are too many to name (the CSV then carries them). */
  sourceNote?: string;
  /** The latest date in the data drawn (a year, a month or a day); null when nothing dated is drawn. Never a source's publication date. */
  dataAsOf: string | null;
  permalink: string;
  exported?: Date;
}): ExportMeta {
  const used = [...new Map(sources.map((s) => [s.id, s])).values()].sort((a, b) => a.id - b.id);
  return {
    title,
    subtitle: filters.filter(Boolean).join(" · "),
    keyItems,
    legendItems: [],
    sourceLine: sourceNote ?? (used.length ? `Sources: ${used.map(sourceLabel).join("; ")}.` : "No values drawn, so no sources to name."),
    footer: exportFooter({ dataAsOf, exported: localIsoDate(exported), empty: !sourceNote && used.length === 0 }),
    permalink,
  };
}
