// Which of several observations of one material, partner and year the line draws (the headline).
// Official statistics lead press relays; a stated data year leads an unstated one ("about 90%",
// as of an article's date); a value leads a bound or a range; a stated figure leads an estimate.
// Where two official series cover different codes of a material, the one covering more of it
// leads. Pure, so the rule is unit-tested and the same in the importer and the docs.
import type { Bound, Period, SourceKind } from "../enums";

export type Candidate = {
  sourceKind: SourceKind;
  period: Period;
  estimate: boolean;
  bound: Bound | null;
  /** A range ("60–70%") has no single value. */
  isRange: boolean;
  /** Share of the material's commodity codes the value covers (1 = all, or not known to be partial). */
  coverage?: number;
};

/** Official statistics (customs, UN Comtrade, BACI) and the datasets built from them first; press relays last. */
const SOURCE_RANK: Record<SourceKind, number> = {
  official_statistics: 4,
  dataset: 4,
  official_statement: 3,
  user_import: 2,
  report: 2,
  news: 1,
  seed_article: 0,
};

/** A year's own figure (annual; half-year and monthly are parts of it) before a point in time or a range, whose data year is not stated. */
const PERIOD_RANK: Record<Period, number> = { annual: 2, half_year: 1, monthly: 1, point_in_time: 0, range: 0 };

/** The comparison key, most significant first: higher wins. */
export function precedenceKey(c: Candidate): number[] {
  return [SOURCE_RANK[c.sourceKind], PERIOD_RANK[c.period], c.coverage ?? 1, c.isRange ? 0 : c.bound ? 1 : 2, c.estimate ? 0 : 1];
}

/** > 0 when `a` should be the line value rather than `b`, < 0 when `b`, 0 when neither outranks the other. */
export function comparePrecedence(a: Candidate, b: Candidate): number {
  const ka = precedenceKey(a);
  const kb = precedenceKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

/** Whether `incoming` should take the line from `current` (a tie keeps the current line value). */
export const outranks = (incoming: Candidate, current: Candidate) => comparePrecedence(incoming, current) > 0;
