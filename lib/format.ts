// Formats: numbers, money, changes, dates, periods and country names, in each language's
// conventions. Every function takes the locale last (English when left out). Japanese: dates as
// 2026年1月6日 (2026年1月, 2026年 when less is known), money in 億ドル and 百万ドル, changes in
// ポイント, bounds as 「66.7%超」「60%未満」, ranges as 60〜70%. These are conventions of the language,
// kept here beside the numbers they shape; words of the UI are in the catalogues (lib/i18n/messages).
import type { EventStudyRow } from "./analysis/event-study";
import { countryName } from "./bilateral/country-name";
import type { Locale } from "./i18n/routing";

const pct = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const int = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export const formatPct = (v: number) => `${pct.format(v)}%`;
export const formatTonnes = (v: number, locale: Locale = "en") => (locale === "ja" ? `${int.format(v)}トン` : `${int.format(v)} t`);

/**
 * "US$250m", "US$1.2bn"; in Japanese "2.5億ドル", "12.2百万ドル", "8,000ドル" (as Japanese reports
 * write it). Not Intl's compact notation: Node's and browsers' ICU data disagree on it, which breaks hydration.
 */
export function formatUsd(v: number, locale: Locale = "en"): string {
  if (locale === "ja") {
    if (v >= 1e8) return `${twoDecimals.format(v / 1e8)}億ドル`;
    if (v >= 1e6) return `${oneDecimal.format(v / 1e6)}百万ドル`;
    return `${int.format(v)}ドル`;
  }
  if (v >= 1e9) return `US$${oneDecimal.format(v / 1e9)}bn`;
  if (v >= 1e6) return `US$${oneDecimal.format(v / 1e6)}m`;
  return `US$${int.format(v)}`;
}
/** "US$156,879,570" / "156,879,570ドル": a value in full, for tooltips and details beside the short form. */
export const formatUsdExact = (v: number, locale: Locale = "en") => (locale === "ja" ? `${int.format(v)}ドル` : `US$${int.format(v)}`);

const sign = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±");

/** "−21.61 pp" / "−21.61ポイント". */
export const formatPp = (v: number, locale: Locale = "en") => `${sign(v)}${pct.format(Math.abs(v))}${locale === "ja" ? "ポイント" : " pp"}`;

/**
 * A change at the precision of its inputs: "−21.61 pp" between two stated values, "about −22 pp"
 * (「約−22ポイント」) when either end is an estimate (two decimals would claim a precision the estimate lacks).
 */
export function formatChangePp(v: number, estimate: boolean, locale: Locale = "en"): string {
  if (!estimate) return formatPp(v, locale);
  const whole = Math.round(Math.abs(v));
  const signed = `${whole === 0 ? "±" : v > 0 ? "+" : "−"}${whole}`;
  return locale === "ja" ? `約${signed}ポイント` : `about ${signed} pp`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date only as precise as its source: "2010", "Sep 2010", "21 Sep 2010"; 「2010年」「2010年9月」「2010年9月21日」. */
export function formatDate(date: string, locale: Locale = "en"): string {
  const [y, m, d] = date.split("-");
  if (locale === "ja") {
    if (!m) return `${y}年`;
    return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
  }
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A year with its Japanese era, for the briefing's option: 「2024年（令和6年）」, 「2019年（令和元年）」.
 * A year of two eras is named by the one in force on 1 July (mid-year, where annual values sit).
 */
export function formatYearWithEra(year: number): string {
  const era = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, 6, 1)));
  return `${year}年（${era.replace(/^(\D+)1年$/, "$1元年")}）`;
}

type ShareLike = { sharePct: number | null; low: number | null; high: number | null; bound: string | null; estimate?: boolean };

/**
 * "81.61%", "~70%", "> 66.7%", "60–70%"; 「約70%」「66.7%超」「60%未満」「60〜70%」: estimates and bounds
 * are never shown as plain figures.
 */
export function formatShare(p: ShareLike, locale: Locale = "en"): string {
  const ja = locale === "ja";
  if (p.sharePct === null) {
    if (p.low !== null && p.high !== null) return `${pct.format(p.low)}${ja ? "〜" : "–"}${pct.format(p.high)}%`;
    return ja ? "データなし" : "n/a";
  }
  if (p.bound === "lower") return ja ? `${formatPct(p.sharePct)}超` : `> ${formatPct(p.sharePct)}`;
  if (p.bound === "upper") return ja ? `${formatPct(p.sharePct)}未満` : `< ${formatPct(p.sharePct)}`;
  return `${p.estimate ? (ja ? "約" : "~") : ""}${formatPct(p.sharePct)}`;
}

const HALVES_JA: Record<string, string> = { H1: "上期", H2: "下期" };

export function periodLabel(p: { period: string; year: number; month: number | null; half: string | null }, locale: Locale = "en"): string {
  if (locale === "ja") {
    switch (p.period) {
      case "monthly":
        return p.month ? `${p.year}年${p.month}月` : `${p.year}年（月不明）`;
      case "half_year":
        return `${p.year}年${p.half ? (HALVES_JA[p.half] ?? p.half) : "半期"}`;
      case "point_in_time":
        return `${p.year}年（発言時点）`;
      case "range":
        return `${p.year}年（幅）`;
      default:
        return `${p.year}年`;
    }
  }
  switch (p.period) {
    case "monthly":
      return p.month ? `${MONTHS[p.month - 1]} ${p.year}` : `a month of ${p.year}`;
    case "half_year":
      return `${p.half ?? "half-year"} ${p.year}`;
    case "point_in_time":
      return `${p.year} (statement)`;
    case "range":
      return `${p.year} (range)`;
    default:
      return String(p.year);
  }
}

/** Year as a decimal position on the time axis: mid-year for annual values, the day's place for events. */
export function dateToYearFraction(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (!m) return y + 0.5;
  const days = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1 ? 366 : 365;
  const dayOfYear = (Date.UTC(y, m - 1, d || 15) - Date.UTC(y, 0, 1)) / 86_400_000;
  return y + dayOfYear / days;
}

/** A partner's name for labels, from Intl.DisplayNames in the page's language (lib/bilateral/country-name); the code itself when it has none. */
export function partnerName(iso: string, locale: Locale = "en"): string {
  return countryName(iso, locale);
}

/**
 * What a citation says after a source's title: publisher, date and locator as stored, joined by
 * " · ", leaving out what is unknown ("" when all are). One function, so every citation reads alike.
 */
export function formatCitationDetails(s: { publisher: string | null; published: string | null; locator: string | null }, locale: Locale = "en"): string {
  return [s.publisher, s.published && formatDate(s.published, locale), s.locator].filter(Boolean).join(citationSeparator(locale));
}

/** What separates a citation's parts: " · ", and 「、」 in Japanese. */
export const citationSeparator = (locale: Locale) => (locale === "ja" ? "、" : " · ");

type StudyChange = Pick<EventStudyRow, "deltaPp" | "deltaBound" | "direction" | "approximate">;

/**
 * An event study's change as its bound allows: "−17.12 pp", "+1.64 pp (approx.)", "≤ +3.3 pp
 * (direction undetermined)" when a side is a "more than" value, "unknown (both sides are bounds)";
 * null when a side is missing.
 */
export function formatStudyChange(c: StudyChange, locale: Locale = "en"): string | null {
  const ja = locale === "ja";
  if (c.deltaBound === "unbounded") return ja ? "不明（前後とも上限・下限値）" : "unknown (both sides are bounds)";
  if (c.deltaPp === null || c.deltaBound === null) return null;
  if (c.deltaBound === "exact") return `${formatPp(c.deltaPp, locale)}${c.approximate ? (ja ? "（概算）" : " (approx.)") : ""}`;
  const sign = c.deltaBound === "at_most" ? "≤" : "≥";
  const direction = ja
    ? c.direction === "up"
      ? "上昇"
      : c.direction === "down"
        ? "低下"
        : "方向不明"
    : c.direction === "up"
      ? "a rise"
      : c.direction === "down"
        ? "a fall"
        : "direction undetermined";
  return ja ? `${sign} ${formatPp(c.deltaPp, locale)}（${direction}）` : `${sign} ${formatPp(c.deltaPp)} (${direction})`;
}

/** "2 bounded by a 'more than' value, not in the median" (the bounds' kinds decide the words). */
export function formatBoundedRows(n: number, bounds: ("lower" | "upper")[], locale: Locale = "en"): string {
  const kinds = new Set(bounds);
  if (locale === "ja") {
    const what = kinds.size === 1 ? (kinds.has("lower") ? "「超」の値" : "「未満」の値") : "「超」または「未満」の値";
    return `${n}件は${what}のため中央値に含めていません`;
  }
  const what = kinds.size === 1 ? (kinds.has("lower") ? "a 'more than' value" : "a 'less than' value") : "a 'more than' or 'less than' value";
  return `${n} bounded by ${what}, not in the median`;
}

/** A date to the month at most, for tight lists: "Sep 2010" / 「2010年9月」 (from "2010-09-07"), "2010" / 「2010年」. */
export function formatMonthYear(date: string, locale: Locale = "en"): string {
  const [y, m] = date.split("-");
  if (locale === "ja") return m ? `${y}年${Number(m)}月` : `${y}年`;
  return m ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : y;
}

/** An axis tick in US$ millions: "0", "US$0.25m", "US$12m"; 「0.25百万ドル」「12百万ドル」. */
export function formatUsdMillions(v: number, locale: Locale = "en"): string {
  if (v === 0) return "0";
  const n = twoDecimals.format(v / 1e6);
  return locale === "ja" ? `${n}百万ドル` : `US$${n}m`;
}
