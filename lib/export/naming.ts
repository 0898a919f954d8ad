// File names and dates for exports. File names stay ASCII in every language (the chart's id and
// the material slugs, never a translated title), so they survive any file system and mail client.

import { formatDate } from "@/lib/format";
import { exportWords, type ExportWords } from "./words";

/** "2026", "2026-01", "2026-01-06": a date as precise as its source. */
const ISO_PARTIAL = /^\d{4}(-\d{2}){0,2}$/;

/** "dependence-rare-earths-2008-2026"; several materials are joined with "_" (slugs use hyphens). */
export function exportFileName({ chart, materials, from, to }: { chart: string; materials: string[]; from: number; to: number }): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return [safe(chart), materials.map(safe).filter(Boolean).join("_"), String(from), String(to)].filter(Boolean).join("-");
}

/** The local calendar date as YYYY-MM-DD (the export date the user sees on their clock). */
export function localIsoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The latest of partial ISO dates ("2025", "2015-04", "2026-01-12"), as written. A more precise
 * date in the same period counts as later, which is what string order gives for ISO prefixes.
 */
export function latestDate(dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && ISO_PARTIAL.test(d) && (best === null || d > best)) best = d;
  return best;
}

/** A partial ISO date in the export's language ("2026-01" → 「2026年1月」; English keeps ISO); any other text as it is. */
export function exportDate(date: string, locale: ExportWords["locale"]): string {
  return locale !== "en" && ISO_PARTIAL.test(date) ? formatDate(date, locale) : date;
}

/**
 * "REE Monitor · data as of 2026-01 · exported 2026-03-14"; on a Japanese page 「REE Monitor ·
 * データ基準日 2026年1月 · 出力日 2026年3月14日」. Without a dated source the footer says why in
 * words: "no values drawn" when the chart is empty, else "sources undated". The language is the
 * export's (see ./words), English unless `words` or the export menu says otherwise.
 */
export function exportFooter({
  app = "REE Monitor",
  dataAsOf,
  exported,
  empty = false,
  words,
}: {
  app?: string;
  dataAsOf: string | null;
  exported: string;
  empty?: boolean;
  words?: ExportWords;
}): string {
  const { t, locale } = exportWords(words);
  const state = dataAsOf ? "dated" : empty ? "empty" : "undated";
  return t("image.footer", { app, state, dataAsOf: dataAsOf ? exportDate(dataAsOf, locale) : "", exported: exportDate(exported, locale) });
}
