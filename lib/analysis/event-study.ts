// Event study: China's headline share either side of each escalation, within a window of years.
// Pure functions over plain rows, so the maths is unit-tested without a database.
import type { FilterIssue } from "@/lib/validation/filter-params";
import type { StatedShare } from "./disagreement";

export const ESCALATION_CATEGORIES = ["export_control", "trade_retaliation", "diplomatic", "military", "legal"] as const;
export const MIN_STUDY_SEVERITY = 3;
export const DEFAULT_WINDOW = 3;
export const MAX_WINDOW = 10;

/** A headline observation of China's share for one year. `sharePct` is null for a range. */
export type HeadlineShare = StatedShare & {
  estimate: boolean;
  sourceId: number;
};

export type StudyEvent = { id: number; date: string; title: string; titleJa?: string | null; category: string; severity: number };

export type StudySide = {
  year: number;
  period: string;
  sharePct: number;
  bound: "lower" | "upper" | null;
  estimate: boolean;
  sourceId: number;
};

export type EventStudyRow = {
  incidentId: number;
  date: string;
  title: string;
  /** The Japanese title; null when there is none yet. */
  titleJa: string | null;
  category: string;
  severity: number;
  before: StudySide | null;
  after: StudySide | null;
  /**
   * after − before in percentage points, rounded to 0.01; null when either side has no value in
   * the window, or when both sides are bounds that leave the change unbounded. Read it with
   * `deltaBound`: where a side is a bound ("more than 66.7%") this is a bound on the change.
   */
  deltaPp: number | null;
  /**
   * `exact`: both sides are values (estimates included); `at_most` / `at_least`: a side is a bound,
   * so the change is at most / at least `deltaPp`; `unbounded`: both sides are bounds pointing the
   * same way, nothing is known of the change; null: no change (a side is missing).
   */
  deltaBound: DeltaBound | null;
  /** The change's sign where it is known: for a bound, only when the bound excludes the other sign. */
  direction: "up" | "down" | "none" | "undetermined" | null;
  /** True when either side is an estimate or a bound, so the change is indicative only. */
  approximate: boolean;
  /** Why a side is missing, or which range years were passed over. */
  note: string | null;
};

export type DeltaBound = "exact" | "at_most" | "at_least" | "unbounded";

/**
 * What a bound on either side says about the change after − before. A lower bound before (x > b)
 * or an upper bound after (y < a) caps the change from above; the opposite bounds cap it from
 * below; bounds that cap it from both directions at once leave it unbounded.
 */
export function changeBound(before: Pick<StudySide, "bound">, after: Pick<StudySide, "bound">): DeltaBound {
  const caps = new Set<"at_most" | "at_least">();
  if (before.bound === "lower") caps.add("at_most");
  if (before.bound === "upper") caps.add("at_least");
  if (after.bound === "upper") caps.add("at_most");
  if (after.bound === "lower") caps.add("at_least");
  if (caps.size === 0) return "exact";
  return caps.size === 2 ? "unbounded" : [...caps][0];
}

function directionOf(delta: number, bound: DeltaBound): EventStudyRow["direction"] {
  if (bound === "exact") return delta > 0 ? "up" : delta < 0 ? "down" : "none";
  if (bound === "at_most" && delta < 0) return "down";
  if (bound === "at_least" && delta > 0) return "up";
  return "undetermined";
}

export function isStudied(e: Pick<StudyEvent, "category" | "severity">): boolean {
  return e.severity >= MIN_STUDY_SEVERITY && (ESCALATION_CATEGORIES as readonly string[]).includes(e.category);
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const round2 = (x: number) => Math.round(x * 100) / 100;

function side(h: HeadlineShare): StudySide {
  return { year: h.year, period: h.period, sharePct: h.sharePct as number, bound: h.bound, estimate: h.estimate, sourceId: h.sourceId };
}

/**
 * For each studied event (severity ≥ 3, an escalation category; callers pass duplicates once):
 * the headline share in the latest year strictly before the event's year, at most `window` years
 * before, and in the earliest year strictly after it, at most `window` years after. A year whose
 * headline is a range (no single value) is passed over and named in the note; nothing is guessed.
 */
export function eventStudy(events: StudyEvent[], headline: HeadlineShare[], window = DEFAULT_WINDOW): EventStudyRow[] {
  const byYear = new Map<number, HeadlineShare>();
  for (const h of headline) byYear.set(h.year, h);

  return events.filter(isStudied).map((e) => {
    const y = yearOf(e.date);
    const skipped: string[] = [];
    const find = (direction: -1 | 1): StudySide | null => {
      for (let k = 1; k <= window; k++) {
        const h = byYear.get(y + direction * k);
        if (!h) continue;
        if (h.sharePct === null) {
          skipped.push(`${h.year} is a range (${h.low ?? "?"}–${h.high ?? "?"}%)`);
          continue;
        }
        return side(h);
      }
      return null;
    };
    const before = find(-1);
    const after = find(1);
    const missing = [!before && `no value within ${window} years before`, !after && `no value within ${window} years after`].filter(Boolean);
    const note = [...missing, ...skipped.map((s) => `${s}, passed over`)].join("; ") || null;
    const bound = before && after ? changeBound(before, after) : null;
    const delta = before && after && bound !== "unbounded" ? round2(after.sharePct - before.sharePct) : null;
    return {
      incidentId: e.id,
      date: e.date,
      title: e.title,
      titleJa: e.titleJa ?? null,
      category: e.category,
      severity: e.severity,
      before,
      after,
      deltaPp: delta,
      deltaBound: bound,
      direction: bound === null ? null : delta === null ? "undetermined" : directionOf(delta, bound),
      approximate: Boolean((before && (before.estimate || before.bound)) || (after && (after.estimate || after.bound))),
      note,
    };
  });
}

/**
 * Median of the exact changes (rows that share years are not independent: say so beside it). A
 * change measured from a bound is not a value and stays out.
 */
export function medianDelta(rows: EventStudyRow[]): number | null {
  const d = rows
    .filter((r) => r.deltaBound === "exact")
    .map((r) => r.deltaPp)
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  if (!d.length) return null;
  const m = d.length >> 1;
  return round2(d.length % 2 ? d[m] : (d[m - 1] + d[m]) / 2);
}

/** A valid `window` value: a whole number of years in 1…MAX_WINDOW, written in ASCII digits. */
function isValidWindow(v: string): boolean {
  return /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_WINDOW;
}

/** The page's `window` parameter (server and browser alike), else the default. */
export function parseWindow(raw: string | string[] | null | undefined): number {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v != null && isValidWindow(v) ? Number(v) : DEFAULT_WINDOW;
}

/** The notice entry for an invalid `window` parameter, or null. */
export function windowIssue(raw: string | null): FilterIssue | null {
  if (raw === null || isValidWindow(raw)) return null;
  const value = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return { param: "window", value, message: `a whole number of years from 1 to ${MAX_WINDOW}; using ±${DEFAULT_WINDOW}` };
}
