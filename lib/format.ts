import type { EventStudyRow } from "./analysis/event-study";
const pct = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const int = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export const formatPct = (v: number) => `${pct.format(v)}%`;
export const formatTonnes = (v: number) => `${int.format(v)} t`;
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** "US$250m", "US$1.2bn". Not Intl's compact notation: Node's and browsers' ICU data disagree on it, which breaks hydration. */
export function formatUsd(v: number): string {
  if (v >= 1e9) return `US$${oneDecimal.format(v / 1e9)}bn`;
  if (v >= 1e6) return `US$${oneDecimal.format(v / 1e6)}m`;
  return `US$${int.format(v)}`;
}
export const formatPp = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${pct.format(Math.abs(v))} pp`;

/**
 * A change at the precision of its inputs: "−21.61 pp" between two stated values, "about −22 pp"
 * when either end is an estimate (two decimals would claim a precision the estimate lacks).
 */
export function formatChangePp(v: number, estimate: boolean): string {
  if (!estimate) return formatPp(v);
  const whole = Math.round(Math.abs(v));
  return `about ${whole === 0 ? "±" : v > 0 ? "+" : "−"}${whole} pp`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date only as precise as its source: "2010", "Sep 2010", "21 Sep 2010". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

type ShareLike = { sharePct: number | null; low: number | null; high: number | null; bound: string | null; estimate?: boolean };

/** "81.61%", "~70%", "> 66.7%", "60–70%": estimates and bounds are never shown as plain figures. */
export function formatShare(p: ShareLike): string {
  if (p.sharePct === null) {
    if (p.low !== null && p.high !== null) return `${pct.format(p.low)}–${pct.format(p.high)}%`;
    return "n/a";
  }
  if (p.bound === "lower") return `> ${formatPct(p.sharePct)}`;
  if (p.bound === "upper") return `< ${formatPct(p.sharePct)}`;
  return `${p.estimate ? "~" : ""}${formatPct(p.sharePct)}`;
}

export function periodLabel(p: { period: string; year: number; month: number | null; half: string | null }): string {
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

const PARTNERS: Record<string, string> = {
  CHN: "China",
  VNM: "Vietnam",
  FRA: "France",
  MYS: "Malaysia",
  KOR: "South Korea",
  EST: "Estonia",
  USA: "United States",
  MMR: "Myanmar",
  AUS: "Australia",
  IND: "India",
  THA: "Thailand",
  JPN: "Japan",
  AGO: "Angola",
  CAN: "Canada",
  KAZ: "Kazakhstan",
  BRA: "Brazil",
  ZAF: "South Africa",
  DEU: "Germany",
  GBR: "United Kingdom",
  MNG: "Mongolia",
  RUS: "Russia",
  TWN: "Taiwan",
  PHL: "Philippines",
  IDN: "Indonesia",
  // BACI's "Other Asia, n.e.s." (S19; lib/bilateral/codes.ts OTHER_ASIA): labelled as BACI labels it, never as a country.
  XOA: "Other Asia, n.e.s.",
  WLD: "World",
};

/** A partner's name for labels; the ISO code itself when we have no name for it. */
export function partnerName(iso: string): string {
  return PARTNERS[iso] ?? iso;
}

/**
 * What a citation says after a source's title: publisher, date and locator as stored, joined by
 * " · ", leaving out what is unknown ("" when all are). One function, so every citation reads alike.
 */
export function formatCitationDetails(s: { publisher: string | null; published: string | null; locator: string | null }): string {
  return [s.publisher, s.published, s.locator].filter(Boolean).join(" · ");
}

type StudyChange = Pick<EventStudyRow, "deltaPp" | "deltaBound" | "direction" | "approximate">;

/**
 * An event study's change as its bound allows: "−17.12 pp", "+1.64 pp (approx.)", "≤ +3.3 pp
 * (direction undetermined)" when a side is a "more than" value, "unknown (both sides are bounds)";
 * null when a side is missing.
 */
export function formatStudyChange(c: StudyChange): string | null {
  if (c.deltaBound === "unbounded") return "unknown (both sides are bounds)";
  if (c.deltaPp === null || c.deltaBound === null) return null;
  if (c.deltaBound === "exact") return `${formatPp(c.deltaPp)}${c.approximate ? " (approx.)" : ""}`;
  const sign = c.deltaBound === "at_most" ? "≤" : "≥";
  const direction = c.direction === "up" ? "a rise" : c.direction === "down" ? "a fall" : "direction undetermined";
  return `${sign} ${formatPp(c.deltaPp)} (${direction})`;
}

/** "2 bounded by a 'more than' value, not in the median" (the bounds' kinds decide the words). */
export function formatBoundedRows(n: number, bounds: ("lower" | "upper")[]): string {
  const kinds = new Set(bounds);
  const what = kinds.size === 1 ? (kinds.has("lower") ? "a 'more than' value" : "a 'less than' value") : "a 'more than' or 'less than' value";
  return `${n} bounded by ${what}, not in the median`;
}

/** A date to the month at most, for tight lists: "Sep 2010" (from "2010-09-07"), "2010". */
export function formatMonthYear(date: string): string {
  const [y, m] = date.split("-");
  return m ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : y;
}
