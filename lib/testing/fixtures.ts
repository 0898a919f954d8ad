// Builders of API rows for unit tests: every field at a neutral default, the test sets what it checks.
import type { DependencePoint, SourceRef } from "../types";

let nextId = 1;

/** A China share observation of one year, by volume, not headline unless asked. */
export function point(p: Partial<DependencePoint> & { year: number }): DependencePoint {
  return {
    id: nextId++,
    period: "annual",
    month: null,
    half: null,
    partner: "CHN",
    hsCode: null,
    sharePct: null,
    low: null,
    high: null,
    bound: null,
    estimate: false,
    derived: false,
    mirror: false,
    headline: false,
    basis: "volume",
    sourceId: 1,
    note: null,
    ...p,
  };
}

/** An undated report titled "Source N". */
export const source = (id: number, extra: Partial<SourceRef> = {}): SourceRef => ({
  id,
  title: `Source ${id}`,
  publisher: null,
  published: null,
  url: null,
  kind: "report",
  locator: null,
  ...extra,
});
