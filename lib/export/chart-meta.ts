// Export metadata for any chart card other than the dependence chart: title, the filters as a
// subtitle, the key, the sources behind the drawn values and the standard footer.

import type { SourceRef } from "@/lib/types";
import type { ExportMeta, KeyItem } from "./compose-markup";
import { exportDate, exportFooter, localIsoDate } from "./naming";
import { EXPORT_PUNCTUATION, exportWords, type ExportWords } from "./words";

/**
 * A source as cited in the image, its title as published: "MOF, Trade statistics (2011-02)"; in
 * Japanese 「財務省「貿易統計」（2011年2月）」, as Japanese reports cite.
 */
export function sourceLabel(s: Pick<SourceRef, "publisher" | "title" | "published">, words?: ExportWords): string {
  const { locale } = exportWords(words);
  if (locale === "ja") {
    const published = s.published ? `（${exportDate(s.published, locale)}）` : "";
    return `${s.publisher ?? ""}「${s.title}」${published}`;
  }
  return `${s.publisher ? `${s.publisher}, ` : ""}${s.title}${s.published ? ` (${s.published})` : ""}`;
}

/** "Sources: A; B." / 「出典：A、B」 for the sources of the values drawn, in the export's language. */
export function sourcesSentence(sources: Pick<SourceRef, "publisher" | "title" | "published">[], words?: ExportWords): string {
  const w = exportWords(words);
  return w.t("image.sources", { list: sources.map((s) => sourceLabel(s, w)).join(EXPORT_PUNCTUATION[w.locale].sources) });
}

/** The active filters as one subtitle line: "Material: Rare earths · Years: 2008–2026" / 「鉱種：永久磁石／期間：2010〜2026年」. */
export function filterLine(filters: string[], words?: ExportWords): string {
  return filters.filter(Boolean).join(EXPORT_PUNCTUATION[exportWords(words).locale].filters);
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
  words,
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
  /** The export's language; by default the export menu's (the page's), English outside an export. */
  words?: ExportWords;
}): ExportMeta {
  const w = exportWords(words);
  const used = [...new Map(sources.map((s) => [s.id, s])).values()].sort((a, b) => a.id - b.id);
  return {
    title,
    subtitle: filterLine(filters, w),
    keyItems,
    legendItems: [],
    sourceLine: sourceNote ?? (used.length ? sourcesSentence(used, w) : w.t("image.noSources")),
    footer: exportFooter({ dataAsOf, exported: localIsoDate(exported), empty: !sourceNote && used.length === 0, words: w }),
    permalink,
  };
}
