// The projects page's capacity, by the overview's one measure (lib/analysis/capacity): where each
// record stands in it, the page's totals, the host breakdown's sums and the chart's bars. Pure, so
// unit-tested. The measure runs once over every record, so a filter never changes a record's
// standing (an expansion stays its increment when the plant it expands is filtered out).

import { capacityMeasure, PIPELINE_STATUSES, type CapacityBucket, type CapacityStage, type ExcludedProject } from "./analysis/capacity";
import { neutral, projectStatusColors, projectTypeColors } from "./colors";
import { PROJECT_STATUSES, PROJECT_TYPES } from "./enums";
import { formatTonnes } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { enumLabel, projectStatusLabel, projectTypeLabel, type EnumLabels } from "./labels";
import type { ProjectDto } from "./types";
import type { CapacityMeasureKind, ProjectFilters } from "./validation/projects";

/** Why a listed record's tonnes are not in the totals: the measure's reasons, and a host in China. */
export type LeftOutReason = ExcludedProject["reason"] | "in_china";

export type CapacityStanding =
  | { counted: true; stage: CapacityStage; kind: CapacityMeasureKind; tonnes: number | null; expands: number | null }
  | { counted: false; reason: LeftOutReason }
  /** A second record of a listed project: never counted, never listed in the table. */
  | { counted: false; reason: "repeat" };

/** Whether a record is listed (not a second record of a listed project) and so in the page's counts. */
const listed = (s: CapacityStanding | undefined): s is Exclude<CapacityStanding, { reason: "repeat" }> => s !== undefined && (s.counted || s.reason !== "repeat");

/** What the page's sentences need: its translator, the enum labels and the language of its numbers. */
export type ProjectWords = { t: Translator<"projects">; enums: EnumLabels; locale: Locale };

export const isOutsideChina = (p: Pick<ProjectDto, "countries">) => !p.countries.includes("CHN");

/** Every record's standing in the measure, by id, from the whole list the page has. */
export function capacityStandings(all: readonly ProjectDto[]): Map<number, CapacityStanding> {
  const m = capacityMeasure(all.filter(isOutsideChina));
  const excluded = new Map(m.excluded.map((e) => [e.id, e.reason]));
  const byId = new Map(all.map((p) => [p.id, p]));
  return new Map(
    all.map((p): [number, CapacityStanding] => {
      if (p.duplicateOf !== null) return [p.id, { counted: false, reason: "repeat" }];
      if (!isOutsideChina(p)) return [p.id, { counted: false, reason: "in_china" }];
      const c = m.counted[p.id];
      if (!c) return [p.id, { counted: false, reason: excluded.get(p.id) ?? "status_unknown" }];
      const base = p.expansionOf !== null ? byId.get(p.expansionOf) : undefined;
      const expands = base?.capacityTonnesPerYear != null && p.capacityTonnesPerYear !== null ? base.id : null;
      return [p.id, { counted: true, stage: c.stage, kind: c.kind, tonnes: c.tonnes, expands }];
    }),
  );
}

export type CapacityTotals = {
  committed: CapacityBucket;
  pipeline: CapacityBucket;
  /** Listed records (repeats aside) and how many of them the measure counts. */
  records: number;
  counted: number;
  /** Records not counted, by reason, and the tonnes they state (what the old headline added). */
  leftOut: Partial<Record<LeftOutReason, number>>;
  leftOutTonnes: number;
};

const emptyBucket = (): CapacityBucket => ({ outputTonnes: 0, offtakeTonnes: 0, projects: 0, withoutCapacity: 0 });

/** The measure's sums over some records (the page's filtered list, or one host's projects). */
export function capacityTotals(projects: readonly ProjectDto[], standings: ReadonlyMap<number, CapacityStanding>): CapacityTotals {
  const t: CapacityTotals = { committed: emptyBucket(), pipeline: emptyBucket(), records: 0, counted: 0, leftOut: {}, leftOutTonnes: 0 };
  for (const p of projects) {
    const s = standings.get(p.id);
    if (!listed(s)) continue;
    t.records += 1;
    if (!s.counted) {
      t.leftOut[s.reason] = (t.leftOut[s.reason] ?? 0) + 1;
      t.leftOutTonnes += p.capacityTonnesPerYear ?? 0;
      continue;
    }
    t.counted += 1;
    const b = t[s.stage];
    b.projects += 1;
    if (s.tonnes === null) b.withoutCapacity += 1;
    else if (s.kind === "offtake") b.offtakeTonnes += s.tonnes;
    else b.outputTonnes += s.tonnes;
  }
  return t;
}

const tonnesPerYear = ({ t, locale }: ProjectWords, v: number) => t("perYear", { tonnes: formatTonnes(v, locale) });

/** The summary line's figures: committed output, committed offtake and the pipeline, "none" where nothing is counted. */
export function capacityFigures(w: ProjectWords, t: CapacityTotals): { committedOutput: string; committedOfftake: string; pipeline: string; counted: string } {
  const pipeline = [
    t.pipeline.outputTonnes && w.t("summary.pipelineOutput", { tonnes: tonnesPerYear(w, t.pipeline.outputTonnes) }),
    t.pipeline.offtakeTonnes && w.t("summary.pipelineOfftake", { tonnes: tonnesPerYear(w, t.pipeline.offtakeTonnes) }),
  ].filter(Boolean);
  return {
    committedOutput: t.committed.outputTonnes ? tonnesPerYear(w, t.committed.outputTonnes) : w.t("none"),
    committedOfftake: t.committed.offtakeTonnes ? tonnesPerYear(w, t.committed.offtakeTonnes) : w.t("none"),
    pipeline: pipeline.length ? pipeline.join(w.t("listSeparator")) : w.t("none"),
    counted: w.t("summary.counted", { counted: t.counted, records: t.records, left: t.records - t.counted }),
  };
}

/** "2 with no Japanese participant, 2 cancelled or stalled, …" (「日本企業の参加なし2件、中止・停滞2件、…」), in the labels' order. */
export function leftOutText({ t, enums }: ProjectWords, leftOut: CapacityTotals["leftOut"]): string {
  return (Object.keys(enums.capacityLeftOut) as LeftOutReason[])
    .filter((r) => leftOut[r])
    .map((r) => t("summary.leftOutItem", { count: leftOut[r]!, label: enumLabel(enums.capacityLeftOut, r) }))
    .join(t("listSeparator"));
}

/** A table row's words for its standing: "Committed output", "Committed output: +200 t over #18", "Pipeline output, no figure stated", "Not counted: …". */
export function standingText({ t, enums, locale }: ProjectWords, s: CapacityStanding | undefined, p: Pick<ProjectDto, "capacityTonnesPerYear">): string {
  if (!listed(s)) return "";
  if (!s.counted) return t("standing.notCounted", { reason: enumLabel(enums.capacityLeftOut, s.reason).replace(/^with /, "") });
  const what = t("standing.what", { stage: s.stage, kind: s.kind });
  if (s.tonnes === null) return t("standing.noFigure", { what });
  return s.expands !== null && s.tonnes !== p.capacityTonnesPerYear ? t("standing.expansion", { what, tonnes: formatTonnes(s.tonnes, locale), id: s.expands }) : what;
}

// ── Chart ────────────────────────────────────────────────────────────────────────────────────

export type CapacityStack = ProjectFilters["stack"];

/** By type, the pipeline is one group of its own (drawn grey), so committed and pipeline are never one colour. */
export const PIPELINE_GROUP = "pipeline";

export type DrawnCapacity = { project: ProjectDto; stage: CapacityStage; kind: CapacityMeasureKind; tonnes: number; group: string };

export type CapacityChartData = {
  kind: CapacityMeasureKind;
  /** One row per start year: { year, [group]: tonnes }. */
  rows: Record<string, number>[];
  groups: string[];
  drawn: DrawnCapacity[];
  committed: { tonnes: number; projects: number };
  pipeline: { tonnes: number; projects: number };
  records: number;
  notDrawn: { leftOut: CapacityTotals["leftOut"]; leftOutCount: number; otherKind: number; noCapacity: number; noStartYear: number };
};

const order = (known: readonly string[], g: string) => (known.includes(g) ? known.indexOf(g) : known.length);

/** The drawn groups bottom first: by type in the enum's order with the pipeline on top, or by status committed first. */
function sortGroups(groups: Set<string>, stack: CapacityStack): string[] {
  const known: readonly string[] = stack === "type" ? [...PROJECT_TYPES, PIPELINE_GROUP] : PROJECT_STATUSES;
  return [...groups].sort((a, b) => order(known, a) - order(known, b) || a.localeCompare(b));
}

/**
 * What the capacity chart draws for one measure (output or offtake, never both in one bar): the
 * counted tonnes of each listed record (an expansion's increment) by start year, stacked by type
 * (the pipeline as one group) or by status; and every listed record not drawn, counted by why.
 */
export function capacityChart(projects: readonly ProjectDto[], standings: ReadonlyMap<number, CapacityStanding>, kind: CapacityMeasureKind, stack: CapacityStack): CapacityChartData {
  const c: CapacityChartData = {
    kind,
    rows: [],
    groups: [],
    drawn: [],
    committed: { tonnes: 0, projects: 0 },
    pipeline: { tonnes: 0, projects: 0 },
    records: 0,
    notDrawn: { leftOut: {}, leftOutCount: 0, otherKind: 0, noCapacity: 0, noStartYear: 0 },
  };
  const byYear = new Map<number, Record<string, number>>();
  const groups = new Set<string>();
  for (const p of projects) {
    const s = standings.get(p.id);
    if (!listed(s)) continue;
    c.records += 1;
    if (!s.counted) {
      c.notDrawn.leftOut[s.reason] = (c.notDrawn.leftOut[s.reason] ?? 0) + 1;
      c.notDrawn.leftOutCount += 1;
    } else if (s.kind !== kind) c.notDrawn.otherKind += 1;
    else if (s.tonnes === null) c.notDrawn.noCapacity += 1;
    else if (p.startYear === null) c.notDrawn.noStartYear += 1;
    else {
      const group = stack === "status" ? (p.status ?? "unknown") : s.stage === "pipeline" ? PIPELINE_GROUP : p.type;
      c.drawn.push({ project: p, stage: s.stage, kind: s.kind, tonnes: s.tonnes, group });
      c[s.stage].tonnes += s.tonnes;
      c[s.stage].projects += 1;
      groups.add(group);
      const row = byYear.get(p.startYear) ?? { year: p.startYear };
      row[group] = (row[group] ?? 0) + s.tonnes;
      byYear.set(p.startYear, row);
    }
  }
  c.rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  c.groups = sortGroups(groups, stack);
  c.drawn.sort((a, b) => a.project.startYear! - b.project.startYear! || a.project.id - b.project.id);
  return c;
}

/** The chart card's subtitle: what is drawn, by the measure, and every listed record not drawn with why. */
export function capacityChartSubtitle(w: ProjectWords, c: CapacityChartData): string {
  const { committed, pipeline, notDrawn: n } = c;
  const leftOut = leftOutText(w, n.leftOut);
  return w.t("chart.subtitle", {
    committed: tonnesPerYear(w, committed.tonnes),
    committedProjects: committed.projects,
    hasPipeline: pipeline.projects ? "yes" : "no",
    pipeline: tonnesPerYear(w, pipeline.tonnes),
    pipelineProjects: pipeline.projects,
    other: c.kind === "output" ? "offtake" : "output",
    notDrawn: n.leftOutCount + n.otherKind + n.noCapacity + n.noStartYear,
    records: c.records,
    leftOutCount: n.leftOutCount,
    hasLeftOut: n.leftOutCount && leftOut ? "yes" : "no",
    leftOut,
    otherKind: n.otherKind,
    noCapacity: n.noCapacity,
    noStartYear: n.noStartYear,
  });
}

/** The colour map of the drawn groups: by type (the pipeline grey) or by status. */
export function stackPalette(stack: CapacityStack): Readonly<Record<string, string>> {
  return stack === "type" ? { ...projectTypeColors, [PIPELINE_GROUP]: neutral.light } : projectStatusColors;
}

/** A group's colour, neutral grey for one no palette names (an unknown type from an import). */
export function stackColor(stack: CapacityStack, group: string): string {
  return stackPalette(stack)[group] ?? neutral.mid;
}

/** A group's name in the legend: a type, "Pipeline", or a status with "(pipeline)" where it is not committed. */
export function stackLabel({ t, enums }: ProjectWords, stack: CapacityStack, group: string): string {
  if (stack === "status") {
    const status = projectStatusLabel(enums, group);
    return (PIPELINE_STATUSES as readonly string[]).includes(group) ? t("chart.pipelineStatus", { status }) : status;
  }
  return group === PIPELINE_GROUP ? t("chart.pipelineGroup") : projectTypeLabel(enums, group);
}

export const CAPACITY_CSV_COLUMNS = ["startYear", "id", "name", "countries", "type", "status", "kind", "stage", "tonnesPerYear", "statedTonnesPerYear", "expansionOf", "sourceId"] as const;

/** The drawn values as CSV rows: exactly the tonnes drawn, with what they measure, the stage and the record's source. */
export function capacityCsvRows(c: CapacityChartData) {
  return c.drawn.map((d) => ({
    startYear: d.project.startYear,
    id: d.project.id,
    name: d.project.name,
    countries: d.project.countries.join(";"),
    type: d.project.type,
    status: d.project.status,
    kind: d.kind,
    stage: d.stage,
    tonnesPerYear: d.tonnes,
    statedTonnesPerYear: d.project.capacityTonnesPerYear,
    expansionOf: d.project.expansionOf,
    sourceId: d.project.sourceId,
  }));
}

/** The export's source line: one source per project, too many to name, so they are counted. */
export function capacitySourceNote({ t }: ProjectWords, c: CapacityChartData): string {
  return t("chart.sourceNote", { count: new Set(c.drawn.map((d) => d.project.sourceId)).size });
}
