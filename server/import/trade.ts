import "server-only";
// kind=comtrade and kind=mof, the part with the database: plan the shares the reader derived
// (trade-read.ts) against the store, and write them.
import { asc } from "drizzle-orm";
import { materials } from "@/db/schema";
import { levelName, type MaterialCodes } from "./codes";
import { planShares, sharePreview, type HeadlineRequest, type IncomingShare } from "./plan-shares";
import type { Prepared } from "./prepared";
import { DATASETS, ensureSource, findSource, type Conn, type SourceSpec } from "./sources";
import type { Issues } from "./table";
import type { ShareToPlan, TradeKind, TradeRead } from "./trade-read";
import type { PromoteMode } from "./types";
import { countChanges, writeShares } from "./write";

export type { TradeKind } from "./trade-read";

export function loadMaterialCodes(conn: Conn): MaterialCodes[] {
  return conn
    .select({ slug: materials.slug, hsCodes: materials.hsCodes })
    .from(materials)
    .orderBy(asc(materials.sortOrder), asc(materials.slug))
    .all()
    .map((m) => ({ slug: m.slug, hsCodes: m.hsCodes.split(";").map((c) => c.trim()).filter(Boolean) }));
}

/** The most commodity codes a note names; a file that adds up more says how many. */
const MAX_NOTE_CODES = 12;

function note(s: ShareToPlan, kind: TradeKind): string {
  const dataset = kind === "comtrade" ? "UN Comtrade" : "Japan Customs";
  const coverage = s.complete ? "" : `; covers ${s.covered.join(", ")} only`;
  const total = kind === "comtrade" ? "the World row" : "the sum over countries";
  const what = s.partner === "WLD" ? `Total of ${dataset} imports` : `Share derived from ${dataset} imports`;
  const denominator = s.partner === "WLD" ? "" : `; denominator ${total}`;
  const codes = s.codes.length > MAX_NOTE_CODES ? `${s.codes.slice(0, MAX_NOTE_CODES).join("+")}+… (${s.codes.length} codes)` : s.codes.join("+");
  return `${what}, ${levelName(s.level)} ${codes}${coverage}${denominator}.`;
}

/**
 * Headline requests: per material, partner and year, the annual share by volume (else by value)
 * asks to be the headline and the other basis steps aside; "none" leaves every flag as stored.
 */
function headlineRequests(shares: ShareToPlan[], mode: PromoteMode): HeadlineRequest[] {
  const candidate = (s: ShareToPlan) => s.month === null && s.partner !== "WLD" && s.sharePct !== null;
  const preferred = new Map<string, ShareToPlan>();
  for (const s of shares.filter(candidate)) {
    const slot = `${s.material}|${s.partner}|${s.year}`;
    if (!preferred.has(slot) || s.basis === "volume") preferred.set(slot, s);
  }
  return shares.map((s) => {
    if (mode === "none" || !candidate(s)) return "keep";
    return preferred.get(`${s.material}|${s.partner}|${s.year}`) === s ? "promote" : "demote";
  });
}

function toIncoming(shares: ShareToPlan[], kind: TradeKind, sourceId: number | null, mode: PromoteMode): IncomingShare[] {
  const requests = headlineRequests(shares, mode);
  const out: IncomingShare[] = [];
  shares.forEach((s, i) => {
    const volumeTonnes = s.basis === "volume" ? Math.round(s.amount) / 1000 : null;
    // Japan Customs values are yen: the share stands, the level has no US$ column to go in.
    const valueUsd = s.basis === "value" && kind === "comtrade" ? s.amount : null;
    if (s.sharePct === null && volumeTonnes === null && valueUsd === null) return;
    out.push({
      line: s.line,
      identity: {
        // Japan's own files; the code a partial share covers is in its note (rows before the
        // importer dimension had no HS column, so re-importing a file updates them in place).
        importer: "JPN",
        material: s.material,
        partner: s.partner,
        hsCode: null,
        year: s.year,
        period: s.month === null ? "annual" : "monthly",
        month: s.month,
        half: null,
        basis: s.basis,
        sourceId,
      },
      fields: {
        sharePct: s.sharePct,
        lowPct: null,
        highPct: null,
        bound: null,
        volumeTonnes,
        valueUsd,
        estimate: s.estimate,
        derived: s.partner !== "WLD" || s.codes.length > 1 || kind === "mof",
        mirror: false,
        note: note(s, kind),
      },
      request: requests[i],
      coverage: s.complete || !s.materialCodes ? undefined : s.covered.length / s.materialCodes,
    });
  });
  return out;
}

/** The read file, ready to plan against the store and (inside the transaction) to write. */
export function tradePrepared(kind: TradeKind, read: TradeRead & { shares: ShareToPlan[] }, issues: Issues, opts: { promote: PromoteMode; source: SourceSpec | null }): Prepared {
  const spec = opts.source ?? DATASETS[kind];
  const { shares } = read;
  return {
    layout: read.layout,
    rowsRead: read.rowsRead,
    rowsSkipped: read.rowsSkipped,
    issues,
    warnings: read.warnings,
    skippedCodes: read.skippedCodes,
    run(conn, write) {
      const sourceId = write ? ensureSource(conn, spec) : findSource(conn, spec);
      const incoming = toIncoming(shares, kind, sourceId, opts.promote);
      const plan = planShares(conn, incoming, { mode: opts.promote, ownSourceId: sourceId, explain: false, sourceKind: opts.source?.kind ?? "dataset" });
      if (write) writeShares(conn, plan, write.importId);
      const demoted = plan.demote.map((d) => `The headline ${d.material} ${d.partner} ${d.year} moved from row ${d.id} (source ${d.sourceId}) to the imported value.`);
      return { ...countChanges(plan.rows), preview: plan.rows.map(sharePreview), sourceId, warnings: [...plan.warnings, ...demoted] };
    },
  };
}
