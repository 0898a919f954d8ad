// Japan's diversification capacity outside China, as one honest measure: plants and contracts
// with a Japanese participant, each counted once, split by what the tonnes measure and by how far
// the project has got. Pure, so the rule is unit-tested on the seeded records.
import type { CapacityKind, ProjectStatus } from "../enums";
import type { ProjectDto } from "../types";

/** Operating or being built: capacity that exists or is committed. */
export const COMMITTED_STATUSES = ["operating", "construction"] as const satisfies readonly ProjectStatus[];
/** Not yet committed: development, testing, and planned projects (non-binding MOUs among them). */
export const PIPELINE_STATUSES = ["development", "testing", "planned"] as const satisfies readonly ProjectStatus[];

export type CapacityStage = "committed" | "pipeline";

export type CapacityBucket = {
  /** Plant output capacity, t/yr (mines, refineries, magnet plants, recycling). */
  outputTonnes: number;
  /** Tonnes a year contracted from others' output: a different measure, never added to output. */
  offtakeTonnes: number;
  /** Projects counted in this stage, with or without a stated capacity. */
  projects: number;
  /** Of those, projects with no stated capacity (unknown, not zero). */
  withoutCapacity: number;
};

export type ExcludedProject = { id: number; reason: "not_japanese" | "cancelled_or_stalled" | "status_unknown" | "one_off" | "starts_later" };

export type CapacityMeasure = {
  committed: CapacityBucket;
  pipeline: CapacityBucket;
  /** Records left out, and why (duplicates of another record are not listed: they are the same project). */
  excluded: ExcludedProject[];
  /** Projects starting after this year are left out (the view's end year); null: none left out for their start. */
  toYear: number | null;
  /** The tonnes each counted project contributes (an expansion: its increment), by id. */
  counted: Record<number, { stage: CapacityStage; kind: Exclude<CapacityKind, "one_off">; tonnes: number | null }>;
};

/** What a project's stated tonnes measure: as recorded, else an offtake for offtake deals and output otherwise. */
export function capacityKindOf(p: Pick<ProjectDto, "capacityKind" | "type">): CapacityKind {
  return p.capacityKind ?? (p.type === "offtake" ? "offtake" : "output");
}

const emptyBucket = (): CapacityBucket => ({ outputTonnes: 0, offtakeTonnes: 0, projects: 0, withoutCapacity: 0 });

/**
 * The measure over a list of projects (duplicates included or not: they are skipped). An expansion
 * states the plant's capacity after it and counts as the increment over the plant it expands.
 */
export function capacityMeasure(projects: readonly ProjectDto[], { toYear = null }: { toYear?: number | null } = {}): CapacityMeasure {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const result: CapacityMeasure = { committed: emptyBucket(), pipeline: emptyBucket(), excluded: [], toYear, counted: {} };
  for (const p of projects) {
    if (p.duplicateOf !== null) continue;
    const kind = capacityKindOf(p);
    const reason: ExcludedProject["reason"] | null = !p.japaneseParticipation
      ? "not_japanese"
      : kind === "one_off"
        ? "one_off"
        : p.status === "cancelled" || p.status === "stalled"
          ? "cancelled_or_stalled"
          : p.status === null
            ? "status_unknown"
            : toYear !== null && p.startYear !== null && p.startYear > toYear
              ? "starts_later"
              : null;
    if (reason) {
      result.excluded.push({ id: p.id, reason });
      continue;
    }
    const stage: CapacityStage = (COMMITTED_STATUSES as readonly string[]).includes(p.status!) ? "committed" : "pipeline";
    const bucket = result[stage];
    bucket.projects += 1;
    let tonnes = p.capacityTonnesPerYear;
    const base = p.expansionOf !== null ? byId.get(p.expansionOf) : undefined;
    if (tonnes !== null && base?.capacityTonnesPerYear != null) tonnes = Math.max(0, tonnes - base.capacityTonnesPerYear);
    if (tonnes === null) bucket.withoutCapacity += 1;
    else if (kind === "offtake") bucket.offtakeTonnes += tonnes;
    else bucket.outputTonnes += tonnes;
    result.counted[p.id] = { stage, kind: kind as Exclude<CapacityKind, "one_off">, tonnes };
  }
  return result;
}

const tonnes = (v: number) => `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(v)} t/yr`;

/** The headline's words for the measure: one figure (plant output committed) and what sits beside it. */
export function capacitySummary(m: CapacityMeasure): { value: string; detail: string } {
  const c = m.committed;
  const p = m.pipeline;
  const parts: string[] = [];
  parts.push(`Plant output operating or under construction, Japanese participation, each plant once (${c.projects} project${c.projects === 1 ? "" : "s"}${c.withoutCapacity ? `, ${c.withoutCapacity} without a stated capacity` : ""}).`);
  if (c.offtakeTonnes) parts.push(`Offtake contracts: ${tonnes(c.offtakeTonnes)} (a different measure, not added).`);
  if (p.outputTonnes || p.offtakeTonnes) {
    const pipeline = [p.outputTonnes && `${tonnes(p.outputTonnes)} output`, p.offtakeTonnes && `${tonnes(p.offtakeTonnes)} offtake`].filter(Boolean).join(", ");
    parts.push(`Planned, MOU or testing: ${pipeline}.`);
  }
  const left = m.excluded.filter((e) => e.reason === "cancelled_or_stalled").length;
  if (left) parts.push(`${left} cancelled or stalled left out.`);
  if (m.toYear !== null) parts.push(`Statuses as recorded now; projects starting after ${m.toYear} left out.`);
  return { value: tonnes(c.outputTonnes), detail: parts.join(" ") };
}
