// What the dependence chart hands the export module: its metadata and the CSV of exactly the
// values it draws. Pure, so the mapping from API responses to files is unit-tested.

import { categoryColor, chartInk } from "@/lib/colors";
import { categoryLabel, type EnumLabels } from "@/lib/labels";
import enEnums from "@/lib/i18n/messages/en/enums.json";
import type { Locale } from "@/lib/i18n/routing";
import { joinNames } from "@/lib/dependence-materials";
import { ENGLISH_DASHBOARD, yearsText, type DashboardT } from "@/lib/dependence-text";
import { toCsv } from "@/lib/csv";
import { DEPENDENCE_CSV_COLUMNS, DEPENDENCE_VALUE_CSV_COLUMNS, dependenceCsvRows, dependenceValueCsvRows } from "@/lib/dependence-csv";
import { scopeNotes } from "@/lib/dependence-scope";
import type { DependenceView } from "@/lib/enums";
import { formatDate } from "@/lib/format";
import type { DependencePoint, DependenceResponse, EventDto, SourceRef } from "@/lib/types";
import type { ExportMeta, KeyItem } from "./compose-markup";
import { exportFileName, exportFooter, latestDate, localIsoDate } from "./naming";

/**
 * The responses as drawn: several materials draw China's share only, one material also draws
 * the other partners (as the card does).
 */
function drawn(responses: DependenceResponse[], single = responses.length === 1): DependenceResponse[] {
  return single ? responses : responses.map((r) => ({ ...r, partners: [] }));
}

/**
 * One CSV row per drawn value (China, then partners, per material in order), with the source
 * columns and a BOM; in the value view, one row per value of imports from China (`valueUsd`).
 */
export function dependenceCsv(responses: DependenceResponse[], single = responses.length === 1, view: DependenceView = "share"): string {
  if (view === "value") return toCsv(DEPENDENCE_VALUE_CSV_COLUMNS, responses.flatMap((r) => dependenceValueCsvRows(r)));
  return toCsv(DEPENDENCE_CSV_COLUMNS, drawn(responses, single).flatMap((r) => dependenceCsvRows(r)));
}

export function dependenceFileName(responses: DependenceResponse[], fallback: { materials: string[]; from: number; to: number }): string {
  const first = responses[0];
  return exportFileName({
    chart: "dependence",
    materials: responses.length ? responses.map((r) => r.material) : fallback.materials,
    from: first?.from ?? fallback.from,
    to: first?.to ?? fallback.to,
  });
}

/** "Publisher, Title (2021)"; 「Publisher、Title（2021）」: titles as published. */
function sourceLabel(s: SourceRef, locale: Locale): string {
  if (locale === "ja") return `${s.publisher ? `${s.publisher}、` : ""}${s.title}${s.published ? `（${s.published}）` : ""}`;
  return `${s.publisher ? `${s.publisher}, ` : ""}${s.title}${s.published ? ` (${s.published})` : ""}`;
}

export type DependenceExportInput = {
  title: string;
  responses: DependenceResponse[];
  /** Categories the events are filtered to (empty: all). */
  categories: string[];
  /** The series as drawn, for the key. */
  series: { label: string; color: string; partner?: boolean }[];
  /** The numbered markers as drawn (titles in the page's language). */
  events: (Pick<EventDto, "date" | "title" | "category"> & { number: number })[];
  permalink: string;
  /** Whether one material is selected (then other partners are drawn too). */
  single?: boolean;
  /**
   * Where the values of a material without a China series are, by its name (from
   * `seriesHolders`): the empty export names it.
   */
  holders?: Record<string, string>;
  exported?: Date;
  /** Share (the default) or the value of imports from China. */
  view?: DependenceView;
  /** The page's language and its words (English by default); `enums` for the category names. */
  locale?: Locale;
  t?: DashboardT;
  enums?: EnumLabels;
  /** A material's name in the page's language (its stored English name by default). */
  nameOf?: (r: DependenceResponse) => string;
};

/**
 * An empty chart's words in place of a source list: "No values drawn: no source gives China's
 * share of Japan's Dysprosium imports in 2008–2026 (sources report it in Heavy rare earths (Dy, Tb))."
 */
export function emptyExportLine(names: string[], years: string, holders: Record<string, string> = {}, t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string {
  const held = names
    .filter((n) => holders[n])
    .map((n) => t("export.held", { material: n, holder: holders[n] }))
    .join("");
  const materials = names.length ? joinNames(names, locale, "disjunction") : t("export.thisMaterial");
  return years ? t("export.empty", { materials, years, held }) : t("export.emptyNoYears", { materials, held });
}

/** When a drawn value applies: its year, or year and month ("2023-06" for a first half-year). */
function periodDate(p: DependencePoint): string {
  if (p.month !== null) return `${p.year}-${String(p.month).padStart(2, "0")}`;
  return p.half === "H1" ? `${p.year}-06` : String(p.year);
}

/**
 * The latest date in the data drawn: "2024" when the values end there and no event is later;
 * "2024 (values), 2026-06-23 (events)" when the axis shows later events, so a reader does not take
 * an event's date for the date of the shares. Null when no value is drawn (the footer says so).
 */
export function drawnDataAsOf(shown: DependenceResponse[], events: { date: string }[], view: DependenceView = "share", t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en"): string | null {
  const values = latestDate(shown.flatMap((r) => (view === "value" ? r.values.map((v) => String(v.year)) : [...r.points, ...r.partners].map(periodDate))));
  if (values === null) return null;
  // ISO dates in English (as the footer always wrote them); 「2024年」「2026年6月23日」 in Japanese.
  const date = (d: string) => (locale === "ja" ? formatDate(d, locale) : d);
  const latestEvent = latestDate(events.map((e) => e.date));
  return latestEvent && latestEvent.slice(0, 4) > values.slice(0, 4) ? t("export.dataAsOf", { values: date(values), events: date(latestEvent) }) : date(values);
}

export function dependenceExportMeta({
  title,
  responses,
  categories,
  series,
  events,
  permalink,
  single,
  holders,
  exported = new Date(),
  view = "share",
  locale = "en",
  t = ENGLISH_DASHBOARD,
  enums = enEnums,
  nameOf = (r) => r.materialName,
}: DependenceExportInput): ExportMeta {
  const shown = drawn(responses, single);
  const value = view === "value";
  const first = shown[0];
  const years = first ? yearsText(first.from, first.to, t) : "";
  const comma = locale === "ja" ? "、" : ", ";
  const subtitle = [
    t("export.material", { materials: shown.map(nameOf).join(comma) }),
    years && t("export.years", { years }),
    t("export.events", { categories: categories.length ? categories.map((c) => categoryLabel(enums, c)).join(comma) : t("export.allCategories") }),
    value ? t("export.unitValue") : t("export.unitShare"),
  ]
    .filter(Boolean)
    .join(t("separator"));

  const sources = new Map<number, SourceRef>();
  for (const r of shown) for (const s of r.sources) sources.set(s.id, s);
  const usedIds = new Set(shown.flatMap((r) => (value ? r.values : [...r.points, ...r.partners]).map((p) => p.sourceId)));
  const used = [...usedIds].sort((a, b) => a - b).map((id) => sources.get(id)).filter((s): s is SourceRef => !!s);

  const usedCategories = [...new Set(events.map((e) => e.category))];
  const keyItems: KeyItem[] = [
    ...series.map((s): KeyItem => ({ label: s.partner ? t("series.partnerShare", { partner: s.label }) : s.label, color: s.color, shape: s.partner ? "diamond" : "line" })),
    ...(value ? [] : [{ label: t("legend.estimate"), color: chartInk.muted, shape: "dashed" } as const]),
    { label: t("legend.otherSource"), color: chartInk.muted, shape: "dot" },
    ...usedCategories.map((c): KeyItem => ({ label: categoryLabel(enums, c), color: categoryColor(c), shape: "disc" })),
    ...(events.length ? [{ label: t("legend.severity"), color: chartInk.muted, shape: "none" } as const] : []),
  ];

  return {
    title,
    subtitle,
    keyItems,
    legendItems: events.map((e) => ({ number: e.number, date: formatDate(e.date, locale), title: e.title, color: categoryColor(e.category) })),
    sourceLine: used.length
      ? [
          t("export.sources", { sources: used.map((s) => sourceLabel(s, locale)).join(t("export.sourceSeparator")) }),
          ...scopeNotes(shown, view, single ?? shown.length === 1, t, locale, nameOf),
        ].join(locale === "ja" ? "" : " ")
      : emptyExportLine(shown.map(nameOf), years, holders, t, locale),
    // "Data as of" the latest observation or event drawn, not the latest publication date of a source.
    footer: exportFooter({ dataAsOf: drawnDataAsOf(shown, events, view, t, locale), exported: localIsoDate(exported), empty: used.length === 0 }),
    permalink,
  };
}
