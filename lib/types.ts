// JSON shapes of the API (camelCase, SPEC "Response shapes"); shared by server queries and client charts.

import type { CapacityMeasure } from "./analysis/capacity";
import type { ConcentrationYear } from "./analysis/concentration";
import type { EventStudyRow } from "./analysis/event-study";

import type { Basis, Bound, CapacityKind, DatePrecision, Half, Period } from "./enums";

export type { Basis, Period };

export type SourceRef = {
  id: number;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  kind: string;
  locator: string | null;
};

export type MaterialDto = {
  slug: string;
  name: string;
  /** The Japanese name; null when there is none yet (lib/i18n/localized shows the English one, marked). */
  nameJa: string | null;
  group: string;
  hsCodes: string[];
  description: string;
  /** The Japanese description; null when there is none yet. */
  descriptionJa: string | null;
  /** Years with a China headline value: 0 means the overview has no line to draw for it. */
  seriesYears: number;
};

export type TradeShareDto = {
  id: number;
  year: number;
  period: Period;
  month: number | null;
  half: Half | null;
  material: string;
  /** The importing country (ISO alpha-3); JPN unless the row is a peer's. */
  importer: string;
  partner: string;
  /** The one HS6 code the row was derived from; null when the source speaks of the whole material. */
  hsCode: string | null;
  sharePct: number | null;
  low: number | null;
  high: number | null;
  bound: Bound | null;
  volumeTonnes: number | null;
  valueUsd: number | null;
  basis: Basis;
  estimate: boolean;
  derived: boolean;
  mirror: boolean;
  headline: boolean;
  sourceId: number;
};

/** A drawn share observation: the trade-share row without the material, importer and levels, plus its note and HS code. */
export type DependencePoint = Omit<TradeShareDto, "material" | "importer" | "volumeTonnes" | "valueUsd"> & { note: string | null };

/** A value of imports from China (US$) in one year, as one source states or derives it. */
export type ValuePoint = {
  id: number;
  year: number;
  valueUsd: number;
  hsCode: string | null;
  basis: Basis;
  derived: boolean;
  mirror: boolean;
  headline: boolean;
  sourceId: number;
  note: string | null;
};

export type EventDto = {
  id: number;
  date: string;
  datePrecision: DatePrecision;
  title: string;
  /** The Japanese title; null when there is none yet. */
  titleJa: string | null;
  category: string;
  severity: number;
  actor: string | null;
  target: string | null;
  /** The Japanese actor and target; null when there is none yet (or no English one). */
  actorJa: string | null;
  targetJa: string | null;
  sourceId: number;
};

export type DependenceResponse = {
  material: string;
  materialName: string;
  /** The importing country the series is about (JPN unless `importer` was given). */
  importer: string;
  /** The material's HS codes, so a series derived from one of several codes can say so. */
  materialHsCodes: string[];
  from: number;
  to: number;
  /** China as partner: one point per year, period and source. */
  points: DependencePoint[];
  /**
   * Other named partners' annual, point and range shares (not China, not the world total), where
   * sources give them: the five partners with the largest share in the range.
   */
  partners: DependencePoint[];
  /** Other partners with a share in the range that are not drawn (smaller shares; in /api/v1/trade-shares). */
  partnersOmitted: number;
  /** Annual values of imports from China (US$), one per year and source, where sources give them: the `view=value` line. */
  values: ValuePoint[];
  events: EventDto[];
  sources: SourceRef[];
};

export type IncidentDto = {
  id: number;
  date: string;
  datePrecision: DatePrecision;
  title: string;
  /** The Japanese title and summary; null when there is none yet. */
  titleJa: string | null;
  category: string;
  actor: string | null;
  target: string | null;
  /** The Japanese actor and target; null when there is none yet (or no English one). */
  actorJa: string | null;
  targetJa: string | null;
  severity: number;
  materials: string[];
  summary: string;
  summaryJa: string | null;
  sourceId: number;
  duplicateOf: number | null;
};

export type IncidentDetail = {
  incident: IncidentDto;
  /** Other records of the same event: its primary, or its duplicates. */
  sameEvent: IncidentDto[];
  related: IncidentDto[];
  sources: SourceRef[];
};

export type ProjectDto = {
  id: number;
  name: string;
  /** The Japanese name and summary; null when there is none yet. */
  nameJa: string | null;
  summaryJa: string | null;
  countries: string[];
  partners: string | null;
  type: string;
  status: string | null;
  materials: string[];
  investmentUsd: number | null;
  capacityTonnesPerYear: number | null;
  startYear: number | null;
  summary: string;
  sourceId: number;
  duplicateOf: number | null;
  /** False for projects recorded for context with no Japanese participant: never counted as Japan's capacity. */
  japaneseParticipation: boolean;
  /** What `capacityTonnesPerYear` measures; null: not stated (read from the type). */
  capacityKind: CapacityKind | null;
  /** The plant this project expands: its capacity is the plant's total after the expansion. */
  expansionOf: number | null;
};

export type ProjectDetail = {
  project: ProjectDto;
  /** Other records of the same plant or financing: its primary, or its duplicates. */
  sameProject: ProjectDto[];
  sources: SourceRef[];
};

export type HeadlineFigures = {
  material: string;
  latest: { year: number; sharePct: number | null; low: number | null; high: number | null; bound: string | null; estimate: boolean; source: SourceRef } | null;
  /** Latest headline minus the 2010 headline, in percentage points; null when either is missing or not a point value. */
  changeSince2010: { fromPct: number; toPct: number; toYear: number; deltaPp: number; estimate: boolean } | null;
  escalationEvents: number;
  /** Records of projects hosted outside China (one per project), whatever their status. */
  projectsOutsideChina: number;
  /** Japan's capacity outside China by the one measure of lib/analysis/capacity. */
  capacity: CapacityMeasure;
};

export type EventStudyResponse = {
  material: string;
  materialName: string;
  from: number;
  to: number;
  window: number;
  minSeverity: number;
  categories: readonly string[];
  rows: EventStudyRow[];
  /** Median change over rows with both sides; rows sharing years are not independent observations. */
  /** Median of the exact changes; changes measured from a bound are not in it. */
  medianDeltaPp: number | null;
  /** Rows with a value (or a bound) on both sides. */
  rowsWithData: number;
  /** Of those, rows where a side is a bound: the change is bounded or unknown, and not in the median. */
  rowsBounded: number;
  sources: SourceRef[];
};

export type ConcentrationResponse = {
  material: string;
  materialName: string;
  years: ConcentrationYear[];
  sources: SourceRef[];
};
