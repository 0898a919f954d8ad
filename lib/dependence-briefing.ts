// The printed briefing's event list and source line: how many columns the events need and whether
// each keeps to one line, and the short form of a source; the headline figures' words for Japan's
// capacity, and years as the briefing writes them (with the Japanese era when asked). Pure, so the
// one-page budget and the wording are tested.

import type { CapacityMeasure } from "./analysis/capacity";
import { joinNames } from "./dependence-materials";
import { formatChangePp, formatShare, formatYearWithEra } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { HeadlineFigures, SourceRef } from "./types";

/** `era=1`: the printed briefing writes its years with the Japanese era (Japanese pages only). */
export const ERA_PARAM = "era";

/** A year as the briefing writes it: "2024"; 「2024年」, or 「2024年（令和6年）」 with the era. */
export function briefingYear(year: number, locale: Locale, era = false): string {
  if (locale !== "ja") return String(year);
  return era ? formatYearWithEra(year) : `${year}年`;
}

/** A range of years: "2008–2026"; 「2008〜2026年」, or 「2008年（平成20年）〜2026年（令和8年）」 with the era. */
export function briefingYears(from: number, to: number, locale: Locale, era = false): string {
  if (from === to) return briefingYear(from, locale, era);
  if (locale !== "ja") return `${from}–${to}`;
  return era ? `${formatYearWithEra(from)}〜${formatYearWithEra(to)}` : `${from}〜${to}年`;
}

/** Materials named together: "A, B and C"; 「A、B、C」. */
export function joinMaterialNames(names: readonly string[], locale: Locale): string {
  return locale === "ja" ? names.join("、") : joinNames(names);
}

/** Lines of event list the one A4 landscape page has room for under the chart, at 7.5 pt. */
export const BRIEFING_EVENT_LINES = 13;
export const BRIEFING_MAX_COLUMNS = 5;

/**
 * The events' layout: wrapped entries (about two lines each) in as many columns as they need while
 * they fit the page's lines; past that, one line per entry (the title cut with an ellipsis, whole on
 * screen and in the CSV) in five or six columns.
 */
export function briefingEventLayout(count: number, lines = BRIEFING_EVENT_LINES): { columns: number; oneLine: boolean } {
  // A wrapped entry takes two lines, so a column holds floor(lines / 2) of them (32 events need 6
  // columns of 6, not 5 of 7: 7 wrapped entries are 14 lines, past the page).
  const wrapped = Math.ceil(count / Math.floor(lines / 2));
  if (wrapped <= BRIEFING_MAX_COLUMNS) return { columns: Math.max(1, Math.min(BRIEFING_MAX_COLUMNS, wrapped, count)), oneLine: false };
  // One line each: five columns, six past 65 events (six columns of one-line entries hold 78).
  return { columns: Math.max(BRIEFING_MAX_COLUMNS, Math.min(6, Math.ceil(count / lines))), oneLine: true };
}

/**
 * A statistical dataset by its own short name rather than its publisher's: "UN Comtrade, reporter
 * China (mirror), annual 2022" → "UN Comtrade China", "CEPII BACI (HS17, V202601), …" → "CEPII BACI
 * HS17". Null for any other title.
 */
export function datasetName(title: string): string | null {
  const comtrade = /^UN Comtrade, reporter ([^,(]+)/.exec(title);
  if (comtrade) return `UN Comtrade ${comtrade[1].trim()}`;
  const baci = /^CEPII BACI \((HS\d\d)/.exec(title);
  if (baci) return `CEPII BACI ${baci[1]}`;
  return null;
}

/**
 * A source as the printed page cites it: "[9] Yomiuri Shimbun 2009" (a dataset by its short name, else the publisher without its
 * "(via …)" note, else the title, cut at 28 characters; the year only).
 */
export function briefingSource(s: SourceRef): string {
  const raw = (datasetName(s.title) ?? s.publisher ?? s.title).replace(/\s*\([^)]*\)\s*$/, "").replace(/^\[|\]$/g, "").trim();
  const name = raw.length > 28 ? `${raw.slice(0, 27).trimEnd()}…` : raw;
  return `[${s.id}] ${name}${s.published ? ` ${s.published.slice(0, 4)}` : ""}`;
}

const int = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
/** Tonnes a year: "16,200 t/yr"; 「年間16,200トン」. */
const tonnes = (t: Translator<"overview">, v: number) => t("headline.capacity.tonnes", { tonnes: int.format(v) });

/**
 * The capacity figure, one measure (plant output operating or being built, Japanese participation,
 * each plant once), and its detail on screen: what sits beside it, not added (offtake contracts,
 * the pipeline) and what is left out.
 */
export function capacityFigure(t: Translator<"overview">, m: CapacityMeasure, era = false, locale: Locale = "en"): { value: string; detail: string } {
  const c = m.committed;
  const p = m.pipeline;
  const output = p.outputTonnes ? tonnes(t, p.outputTonnes) : "";
  const offtake = p.offtakeTonnes ? tonnes(t, p.offtakeTonnes) : "";
  const pipeline = output && offtake ? t("headline.capacity.pipelineBoth", { output, offtake }) : output ? t("headline.capacity.pipelineOutput", { output }) : offtake ? t("headline.capacity.pipelineOfftake", { offtake }) : "none";
  const detail = t("headline.capacity.detail", {
    projects: c.projects,
    without: c.withoutCapacity,
    offtake: c.offtakeTonnes ? tonnes(t, c.offtakeTonnes) : "none",
    pipeline,
    left: m.excluded.filter((e) => e.reason === "cancelled_or_stalled").length,
    toYear: m.toYear === null ? "none" : briefingYear(m.toYear, locale, era),
  });
  return { value: tonnes(t, c.outputTonnes), detail };
}

/**
 * The capacity figure's detail on paper, one line or two: what the figure counts and the offtake
 * beside it ("Plant output operating or being built, 13 projects; offtake 16,200 t/yr not added").
 */
export function capacityPrintDetail(t: Translator<"overview">, m: Pick<CapacityMeasure, "committed" | "pipeline">): string {
  const c = m.committed;
  return t("headline.capacity.print", {
    projects: c.projects,
    offtake: c.offtakeTonnes ? tonnes(t, c.offtakeTonnes) : "none",
    planned: m.pipeline.outputTonnes ? tonnes(t, m.pipeline.outputTonnes) : "none",
  });
}

/** The printed plot's height for one material (px at 96/in: 45 mm). */
export const PRINT_PLOT_HEIGHT = 170;

/**
 * The printed plot's height: each compared material adds a line to the key and to the gaps under
 * the chart, so the plot gives up 12 px for each, down to 134 px (35 mm) from four materials on.
 * The whole chart stays above 85 mm (plot, axis and the five-lane event strip).
 */
export function printPlotHeight(materials: number): number {
  return PRINT_PLOT_HEIGHT - 12 * (Math.min(Math.max(materials, 1), 4) - 1);
}

/** One headline figure as words: its label, value and detail line. */
export type FigureText = { label: string; value: string; detail: string };

const sharePoint = (pct: number, estimate = false) => ({ sharePct: pct, low: null, high: null, bound: null, estimate });

/**
 * The four headline figures (China's latest share, its change since 2010, the escalation events,
 * Japan's capacity outside China) as the screen and the briefing deck word them. `withEra` puts
 * the Japanese era beside the years of the change (the printed briefing, `era=1`).
 */
export function headlineFigureTexts(
  t: Translator<"overview">,
  data: HeadlineFigures,
  { material, from, to, locale, withEra = false }: { material: string; from: number; to: number; locale: Locale; withEra?: boolean },
): { latest: FigureText; change: FigureText; events: FigureText; capacity: FigureText } {
  const { latest, changeSince2010: change } = data;
  const capacity = capacityFigure(t, data.capacity, false, locale);
  const source = latest ? [latest.source.publisher, latest.source.title].filter(Boolean).join(": ") : "";
  return {
    latest: {
      label: t("headline.latest.label", { material }),
      value: latest ? formatShare(latest, locale) : t("headline.latest.noData"),
      detail: latest ? t("headline.latest.detail", { year: briefingYear(latest.year, locale, false), estimate: latest.estimate ? "yes" : "no", source }) : t("headline.latest.none"),
    },
    change: {
      label: t("headline.change.label"),
      value: change ? formatChangePp(change.deltaPp, change.estimate, locale) : t("headline.change.none"),
      detail: change
        ? t("headline.change.detail", {
            from: formatShare(sharePoint(change.fromPct), locale),
            baseYear: briefingYear(2010, locale, withEra),
            to: formatShare(sharePoint(change.toPct, change.estimate), locale),
            toYear: briefingYear(change.toYear, locale, withEra),
            estimate: change.estimate ? "yes" : "no",
          })
        : t("headline.change.needs"),
    },
    events: { label: t("headline.events.label"), value: String(data.escalationEvents), detail: t("headline.events.detail", { years: briefingYears(from, to, locale) }) },
    capacity: { label: t("headline.capacity.label"), value: capacity.value, detail: capacity.detail },
  };
}
