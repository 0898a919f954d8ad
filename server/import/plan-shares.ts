import "server-only";
// Plans trade_shares writes against what is stored: insert, update or leave each observation
// (identity = importer, material, partner, year, period, month, half, HS code, basis, source: the
// unique index trade_shares_observation_uq), and decide the headline flag under the promote mode
// without breaking the one-headline-per-importer-material-partner-year index (trade_shares_headline_uq).
import { and, eq, inArray } from "drizzle-orm";
import { materials as materialsTable, sources, tradeShares, type TradeShare } from "@/db/schema";
import { outranks, type Candidate } from "@/lib/analysis/precedence";
import type { SourceKind } from "@/lib/enums";
import type { Conn } from "./sources";
import type { Change, PromoteMode, SharePreview } from "./types";

export interface Identity {
  /** The importing country; JPN for every kind but BACI. */
  importer: string;
  material: string;
  partner: string;
  /** The one HS6 code the row comes from; null when it speaks of the whole material. */
  hsCode: string | null;
  year: number;
  period: TradeShare["period"];
  month: number | null;
  half: "H1" | "H2" | null;
  basis: TradeShare["basis"];
  /** null only in a dry run whose dataset source does not exist yet. */
  sourceId: number | null;
}

export interface ShareFields {
  sharePct: number | null;
  lowPct: number | null;
  highPct: number | null;
  bound: "lower" | "upper" | null;
  volumeTonnes: number | null;
  valueUsd: number | null;
  estimate: boolean;
  derived: boolean;
  mirror: boolean;
  /** undefined: the file has no note column, keep the stored note. */
  note: string | null | undefined;
}

/** promote: wants to be the headline; demote: must not be; keep: leave the stored flag. */
export type HeadlineRequest = "promote" | "demote" | "keep";

export interface IncomingShare {
  line: number | null;
  identity: Identity;
  fields: ShareFields;
  request: HeadlineRequest;
  /** Share of the material's commodity codes the value covers (1: all); undefined: not known to be partial. */
  coverage?: number;
}

export interface PlannedShare {
  incoming: IncomingShare;
  existing: TradeShare | null;
  headline: boolean;
  change: Change;
  existingHeadline: SharePreview["existingHeadline"];
}

export interface SharePlan {
  rows: PlannedShare[];
  /** Stored rows outside the file that lose the headline to an imported row. */
  demote: TradeShare[];
  warnings: string[];
}

const identityKey = (i: Identity | TradeShare) =>
  [i.importer, i.material, i.partner, i.year, i.period, i.month ?? 0, i.half ?? "", i.hsCode ?? "", i.basis, i.sourceId].join("|");
const slotKey = (i: { importer: string; material: string; partner: string; year: number }) => `${i.importer}|${i.material}|${i.partner}|${i.year}`;

/** The precedence of a stored row: its source's kind, and the codes its note says it covers, if partial. */
function storedCandidate(row: TradeShare, kinds: Map<number, SourceKind>, codesOf: Map<string, number>): Candidate {
  const partial = /covers ([0-9, ]+) only/.exec(row.note ?? "");
  const covered = partial ? partial[1].split(",").filter((c) => c.trim()).length : null;
  const total = codesOf.get(row.material);
  return {
    sourceKind: kinds.get(row.sourceId) ?? "news",
    period: row.period,
    estimate: row.estimate,
    bound: row.bound,
    isRange: row.sharePct === null && row.lowPct !== null,
    coverage: covered !== null && total ? covered / total : undefined,
  };
}

function loadExisting(conn: Conn, incoming: IncomingShare[]) {
  const sourceIds = [...new Set(incoming.map((r) => r.identity.sourceId).filter((id): id is number => id !== null))];
  const materials = [...new Set(incoming.map((r) => r.identity.material))];
  const importers = [...new Set(incoming.map((r) => r.identity.importer))];
  const byIdentity = new Map<string, TradeShare>();
  if (sourceIds.length) {
    for (const row of conn.select().from(tradeShares).where(inArray(tradeShares.sourceId, sourceIds)).all()) byIdentity.set(identityKey(row), row);
  }
  const headlines = new Map<string, TradeShare>();
  if (materials.length) {
    const rows = conn.select().from(tradeShares).where(and(eq(tradeShares.headline, true), inArray(tradeShares.material, materials), inArray(tradeShares.importer, importers))).all();
    for (const row of rows) headlines.set(slotKey(row), row);
  }
  const headlineSourceIds = [...new Set([...headlines.values()].map((h) => h.sourceId))];
  const kinds = new Map<number, SourceKind>(
    headlineSourceIds.length ? conn.select({ id: sources.id, kind: sources.kind }).from(sources).where(inArray(sources.id, headlineSourceIds)).all().map((r) => [r.id, r.kind]) : [],
  );
  const codesOf = new Map<string, number>(
    materials.length
      ? conn.select({ slug: materialsTable.slug, hsCodes: materialsTable.hsCodes }).from(materialsTable).where(inArray(materialsTable.slug, materials)).all().map((m) => [m.slug, m.hsCodes ? m.hsCodes.split(";").length : 0])
      : [],
  );
  return { byIdentity, headlines, kinds, codesOf };
}

function sameFields(existing: TradeShare, f: ShareFields, headline: boolean): boolean {
  return (
    existing.sharePct === f.sharePct &&
    existing.lowPct === f.lowPct &&
    existing.highPct === f.highPct &&
    existing.bound === f.bound &&
    existing.volumeTonnes === f.volumeTonnes &&
    existing.valueUsd === f.valueUsd &&
    existing.estimate === f.estimate &&
    existing.derived === f.derived &&
    existing.mirror === f.mirror &&
    (f.note === undefined || existing.note === f.note) &&
    existing.headline === headline
  );
}

interface Options {
  mode: PromoteMode;
  /** The kind of the import's source, for `precedence` (a dataset import: official statistics). */
  sourceKind?: SourceKind;
  /** For a dataset import: a headline held by this source is the import's own and may move. */
  ownSourceId: number | null;
  /** Say when a row asked to be the headline and was not made it (the file set the flag itself). */
  explain: boolean;
}

export function planShares(conn: Conn, incoming: IncomingShare[], { mode, ownSourceId, explain, sourceKind = "user_import" }: Options): SharePlan {
  const { byIdentity, headlines, kinds, codesOf } = loadExisting(conn, incoming);
  const incomingCandidate = (r: IncomingShare): Candidate => ({
    sourceKind,
    period: r.identity.period,
    estimate: r.fields.estimate,
    bound: r.fields.bound,
    isRange: r.fields.sharePct === null && r.fields.lowPct !== null,
    coverage: r.coverage,
  });
  const warnings: string[] = [];
  const rows: PlannedShare[] = incoming.map((r) => {
    const existing = byIdentity.get(identityKey(r.identity)) ?? null;
    const current = headlines.get(slotKey(r.identity)) ?? null;
    return {
      incoming: r,
      existing,
      headline: r.request === "keep" ? (existing?.headline ?? false) : false,
      change: "insert",
      existingHeadline:
        current && current.id !== existing?.id ? { id: current.id, sharePct: current.sharePct, sourceId: current.sourceId, basis: current.basis } : null,
    };
  });
  // The planned row that restates a stored row, by the stored row's id (one lookup per promotion).
  const byExistingId = new Map<number, PlannedShare>();
  for (const r of rows) if (r.existing && !byExistingId.has(r.existing.id)) byExistingId.set(r.existing.id, r);

  const demote: TradeShare[] = [];
  for (const p of rows.filter((r) => r.incoming.request === "promote")) {
    const current = headlines.get(slotKey(p.incoming.identity)) ?? null;
    const restated = current ? byExistingId.get(current.id) : undefined;
    const free = !current || current.id === p.existing?.id || (restated !== undefined && !restated.headline);
    const own = current !== null && ownSourceId !== null && current.sourceId === ownSourceId;
    const ranks = mode === "precedence" && current !== null && outranks(incomingCandidate(p.incoming), storedCandidate(current, kinds, codesOf));
    if (free || own || mode === "replace" || ranks) {
      p.headline = true;
      if (current && current.id !== p.existing?.id) {
        if (restated) restated.headline = false;
        else demote.push(current);
      }
    } else if (explain) {
      const { material, partner, year } = p.incoming.identity;
      warnings.push(
        `Line ${p.incoming.line ?? "?"}: ${material} ${partner} ${year} keeps its headline (row ${current!.id}, source ${current!.sourceId}${mode === "precedence" ? ", which ranks as high or higher" : ""}); import with promote "replace" to move it.`,
      );
    }
  }

  for (const p of rows) {
    p.change = !p.existing ? "insert" : sameFields(p.existing, p.incoming.fields, p.headline) ? "unchanged" : "update";
  }
  return { rows, demote, warnings };
}

export function sharePreview(p: PlannedShare): SharePreview {
  const { identity, fields } = p.incoming;
  return {
    type: "trade_share",
    line: p.incoming.line,
    material: identity.material,
    partner: identity.partner,
    year: identity.year,
    period: identity.period,
    month: identity.month,
    half: identity.half,
    basis: identity.basis,
    sharePct: fields.sharePct,
    volumeTonnes: fields.volumeTonnes,
    valueUsd: fields.valueUsd,
    estimate: fields.estimate,
    headline: p.headline,
    existingHeadline: p.existingHeadline,
    change: p.change,
  };
}
