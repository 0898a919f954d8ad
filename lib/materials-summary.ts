// The materials page: China's latest headline share of Japan's imports for every material, its
// trend, and how the table sorts, labels its HS scope and writes its CSV. Pure, so it runs in the
// browser (the table, the export) and on the server (the API's CSV). The table's words are in the
// page's language (the caller passes its translator); the CSV is a machine interface and stays English.

import type { Basis, Bound, MaterialGroup, NoShareReason, Period } from "./enums";
import { formatShare, periodLabel } from "./format";
import enEnums from "./i18n/messages/en/enums.json";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { enumLabel } from "./labels";
import type { SourceRef } from "./types";

type T = Translator<"materials">;

/** One headline observation of China's share: a year of the trend, or the latest of them. */
export type SummaryPoint = {
  year: number;
  period: Period;
  half: string | null;
  sharePct: number | null;
  low: number | null;
  high: number | null;
  bound: Bound | null;
  estimate: boolean;
};

export type MaterialLatest = SummaryPoint & {
  basis: Basis;
  mirror: boolean;
  derived: boolean;
  /** The one HS6 code the row was derived from; null when the source speaks of the whole material. */
  hsCode: string | null;
  sourceId: number;
};

export type MaterialSummaryRow = {
  slug: string;
  name: string;
  /** The Japanese name; null when there is none yet (shown in English, marked). */
  nameJa: string | null;
  group: MaterialGroup;
  /** The material's HS6 codes (empty when it has none of its own). */
  hsCodes: string[];
  /** China's latest headline share of Japan's imports (a share, a range or a bound); null when there is none. */
  latest: MaterialLatest | null;
  /** Why there is no latest share; null when there is one. */
  noShare: NoShareReason | null;
  /** Every headline share by year, oldest first: years without one are absent (gaps, never zeros). */
  trend: SummaryPoint[];
};

export type MaterialsSummary = { importer: string; partner: string; rows: MaterialSummaryRow[]; sources: SourceRef[] };

export const MATERIAL_SORTS = ["share", "name", "year"] as const;
export type MaterialSort = (typeof MATERIAL_SORTS)[number];
export type SortDir = "asc" | "desc";

/** The direction a column sorts in when first chosen: highest share and latest year first, names A–Z. */
export const DEFAULT_DIR: Record<MaterialSort, SortDir> = { share: "desc", name: "asc", year: "desc" };

/** The rank of a share: the stated value, or a range's low end (the least the source claims). */
export const shareRank = (p: Pick<SummaryPoint, "sharePct" | "low">): number | null => p.sharePct ?? p.low;

/** The name a row is shown and sorted by: the Japanese one on a Japanese page when there is one. */
const displayName = (r: Pick<MaterialSummaryRow, "name" | "nameJa">, locale: Locale) => (locale === "ja" && r.nameJa?.trim() ? r.nameJa : r.name);

/**
 * The rows in the order asked. By share or year, materials with no share always come last (a gap
 * is not a small value), in name order; ties fall back to the name (as the page's language shows
 * and collates it: 50音順 on a Japanese page).
 */
export function sortMaterials(rows: readonly MaterialSummaryRow[], sort: MaterialSort, dir: SortDir, locale: Locale = "en"): MaterialSummaryRow[] {
  const byName = (a: MaterialSummaryRow, b: MaterialSummaryRow) => displayName(a, locale).localeCompare(displayName(b, locale), locale);
  const sign = dir === "asc" ? 1 : -1;
  if (sort === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  const key = (r: MaterialSummaryRow) => (r.latest ? (sort === "share" ? shareRank(r.latest) : r.latest.year) : null);
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    return sign * (ka - kb) || byName(a, b);
  });
}

/** The share's HS code and, when it is one of several, how many codes the material has; null when the source speaks of the whole material. */
function scopeOf(row: Pick<MaterialSummaryRow, "hsCodes" | "latest">): { code: string; total: number | null } | null {
  const code = row.latest?.hsCode;
  if (!code) return null;
  if (!row.hsCodes.some((c) => c !== code)) return { code, total: null };
  return { code, total: row.hsCodes.includes(code) ? row.hsCodes.length : row.hsCodes.length + 1 };
}

/**
 * What a share covers: "HS 810194" (the material's one code), "HS 811010 only (1 of 3 codes)" /
 * 「HS 811010のみ（全3コード中）」 (one of several), "" when the source speaks of the whole material.
 */
export function hsScope(row: Pick<MaterialSummaryRow, "hsCodes" | "latest">, t: T): string {
  const s = scopeOf(row);
  if (!s) return "";
  return s.total === null ? `HS ${s.code}` : t("hsOnly", { code: s.code, total: s.total });
}

/**
 * The share as the product writes it ("99.63%", "~60%", "> 66.7%", "60–70%"; 「約60%」「66.7%超」
 * 「60〜70%」), with "mirror" / 「ミラー統計」 when China reported it.
 */
export function latestShareText(latest: MaterialLatest | null, t: T, locale: Locale): string {
  if (!latest) return t("noShare");
  const share = formatShare(latest, locale);
  return latest.mirror ? t("mirror", { share }) : share;
}

export const latestPeriodText = (latest: MaterialLatest | null, locale: Locale = "en"): string => (latest ? periodLabel({ ...latest, month: null }, locale) : "");

/** A short name of a source for a narrow column: its title up to the first bracket or comma clause. */
export function shortSourceTitle(title: string): string {
  const cut = title.split(/ \[|, reconciled|; /)[0].trim() || title;
  return cut.length > 60 ? `${cut.slice(0, 59).trimEnd()}…` : cut;
}

// The CSV is a machine interface, English whatever the page's language (as the API's CSV): its
// few words are written here, not read from the catalogue, so the server needs no translator.
const csvShown = (l: MaterialLatest | null) => (l ? `${formatShare(l)}${l.mirror ? " (mirror)" : ""}` : "no annual share");
function csvHsScope(row: Pick<MaterialSummaryRow, "hsCodes" | "latest">): string {
  const s = scopeOf(row);
  if (!s) return "";
  return s.total === null ? `HS ${s.code}` : `HS ${s.code} only (1 of ${s.total} codes)`;
}

export const MATERIALS_SUMMARY_CSV_COLUMNS = [
  "material", "name", "group", "year", "period", "sharePct", "low", "high", "bound", "shown", "basis", "estimate", "mirror",
  "hsCode", "hsScope", "sourceId", "source", "trendYears", "noShareReason",
] as const;

type Cell = string | number | boolean | null;

/** The table as CSV rows, in the order given: every material, its latest share with its source, or why there is none. */
export function materialsSummaryCsvRows(data: MaterialsSummary, rows: readonly MaterialSummaryRow[] = data.rows): Record<(typeof MATERIALS_SUMMARY_CSV_COLUMNS)[number], Cell>[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return rows.map((r) => {
    const l = r.latest;
    const source = l ? sources.get(l.sourceId) : undefined;
    return {
      material: r.slug,
      name: r.name,
      group: enumLabel(enEnums.materialGroup, r.group),
      year: l?.year ?? null,
      period: l?.period ?? null,
      sharePct: l?.sharePct ?? null,
      low: l?.low ?? null,
      high: l?.high ?? null,
      bound: l?.bound ?? null,
      shown: csvShown(l),
      basis: l ? enumLabel(enEnums.basis, l.basis) : null,
      estimate: l?.estimate ?? null,
      mirror: l?.mirror ?? null,
      hsCode: l?.hsCode ?? null,
      hsScope: csvHsScope(r),
      sourceId: l?.sourceId ?? null,
      source: source ? [source.publisher, source.title, source.published].filter(Boolean).join(" · ") : null,
      trendYears: r.trend.map((p) => p.year).join(";"),
      noShareReason: r.noShare ? enumLabel(enEnums.noShareReason, r.noShare) : null,
    };
  });
}
