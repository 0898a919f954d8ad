// Supplier concentration per year: top-1 share and the Herfindahl–Hirschman index over the named
// partners of ONE source's breakdown (mixing sources would add shares measured differently).

export type PartnerShare = {
  year: number;
  period: string;
  month: number | null;
  half: string | null;
  partner: string;
  sharePct: number | null;
  bound: "lower" | "upper" | null;
  estimate: boolean;
  headline: boolean;
  sourceId: number;
};

export type ConcentrationYear = {
  year: number;
  period: string;
  sourceId: number;
  partners: { partner: string; sharePct: number; bound: "lower" | "upper" | null; estimate: boolean }[];
  top: { partner: string; sharePct: number };
  /** Σ share² over named partners, shares in percent (0–10 000). */
  hhi: number;
  /** Sum of the named partners' shares. */
  namedPct: number;
  /** 100 − named, floored at 0: imports not attributed to a named partner (not counted as a partner). */
  unallocatedPct: number;
  /** True when some share is unallocated: the HHI over named partners is then a lower bound. */
  hhiIsLowerBound: boolean;
  /** True when a share is an estimate or a bound. */
  approximate: boolean;
  notes: string[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;
const NOT_PARTNERS = new Set(["WLD"]);
/** Rounding in published shares: a named total up to this much over 100 is not flagged as inconsistent. */
const ROUNDING_TOLERANCE = 0.5;

type Group = { key: string; rows: (PartnerShare & { sharePct: number })[] };

/** Pick one breakdown per year: the source and period naming the most partners, then the one holding the headline, then the lowest source id. */
function chooseGroup(groups: Group[]): Group {
  return [...groups].sort(
    (a, b) =>
      b.rows.length - a.rows.length ||
      Number(b.rows.some((r) => r.headline)) - Number(a.rows.some((r) => r.headline)) ||
      a.rows[0].sourceId - b.rows[0].sourceId,
  )[0];
}

export function concentration(rows: PartnerShare[]): ConcentrationYear[] {
  const byYear = new Map<number, Map<string, Group>>();
  for (const r of rows) {
    if (r.sharePct === null || NOT_PARTNERS.has(r.partner)) continue;
    const key = `${r.sourceId}|${r.period}|${r.month ?? ""}|${r.half ?? ""}`;
    const groups = byYear.get(r.year) ?? new Map<string, Group>();
    const g = groups.get(key) ?? { key, rows: [] };
    // One value per partner within a breakdown; a repeat keeps the first.
    if (!g.rows.some((x) => x.partner === r.partner)) g.rows.push(r as PartnerShare & { sharePct: number });
    groups.set(key, g);
    byYear.set(r.year, groups);
  }

  const out: ConcentrationYear[] = [];
  for (const [year, groups] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const candidates = [...groups.values()].filter((g) => g.rows.length >= 2);
    if (!candidates.length) continue;
    const g = chooseGroup(candidates);
    const partners = g.rows
      .map((r) => ({ partner: r.partner, sharePct: r.sharePct, bound: r.bound, estimate: r.estimate }))
      .sort((a, b) => b.sharePct - a.sharePct || a.partner.localeCompare(b.partner));
    const namedPct = round2(partners.reduce((s, p) => s + p.sharePct, 0));
    const unallocatedPct = round2(Math.max(0, 100 - namedPct));
    const notes: string[] = [];
    if (namedPct > 100 + ROUNDING_TOLERANCE) notes.push(`named shares sum to ${namedPct}% (over 100%: rounding or bounds in the source)`);
    for (const p of partners.filter((p) => p.bound)) notes.push(`${p.partner} is ${p.bound === "upper" ? "an upper" : "a lower"} bound (${p.bound === "upper" ? "<" : ">"}${p.sharePct}%)`);
    const tied = partners.filter((p) => p.sharePct === partners[0].sharePct);
    if (tied.length > 1) notes.push(`top share tied: ${tied.map((p) => p.partner).join(", ")} at ${partners[0].sharePct}%`);
    if (candidates.length > 1) notes.push(`${candidates.length} sources give a breakdown; the one naming the most partners is used`);
    out.push({
      year,
      period: g.rows[0].period,
      sourceId: g.rows[0].sourceId,
      partners,
      top: { partner: partners[0].partner, sharePct: partners[0].sharePct },
      hhi: round2(partners.reduce((s, p) => s + p.sharePct ** 2, 0)),
      namedPct,
      unallocatedPct,
      hhiIsLowerBound: unallocatedPct > 0,
      approximate: partners.some((p) => p.estimate || p.bound !== null),
      notes,
    });
  }
  return out;
}
