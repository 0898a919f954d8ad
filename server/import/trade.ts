import "server-only";
// kind=comtrade and kind=mof: read the layout, derive shares, plan them against the store.
import { asc } from "drizzle-orm";
import { materials } from "@/db/schema";
import { levelName, type MaterialCodes } from "./codes";
import { readComtrade } from "./comtrade";
import { COMTRADE_LAYOUTS, detectLayout, MOF_LAYOUTS } from "./detect";
import { Cells, headerIndex } from "./fields";
import { readMof } from "./mof";
import { planShares, sharePreview, type HeadlineRequest, type IncomingShare } from "./plan-shares";
import { failed, type Prepared } from "./prepared";
import { deriveShares, type DerivedShare } from "./shares";
import { DATASETS, ensureSource, findSource, type Conn, type SourceSpec } from "./sources";
import { type Issues, type Table, wellFormed } from "./table";
import type { PromoteMode } from "./types";
import { countChanges, writeShares } from "./write";

export type TradeKind = "comtrade" | "mof";

export function loadMaterialCodes(conn: Conn): MaterialCodes[] {
  return conn
    .select({ slug: materials.slug, hsCodes: materials.hsCodes })
    .from(materials)
    .orderBy(asc(materials.sortOrder), asc(materials.slug))
    .all()
    .map((m) => ({ slug: m.slug, hsCodes: m.hsCodes.split(";").map((c) => c.trim()).filter(Boolean) }));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function note(s: DerivedShare, kind: TradeKind): string {
  const dataset = kind === "comtrade" ? "UN Comtrade" : "Japan Customs";
  const coverage = s.complete ? "" : `; covers ${s.covered.join(", ")} only`;
  const total = kind === "comtrade" ? "the World row" : "the sum over countries";
  const what = s.partner === "WLD" ? `Total of ${dataset} imports` : `Share derived from ${dataset} imports`;
  const denominator = s.partner === "WLD" ? "" : `; denominator ${total}`;
  return `${what}, ${levelName(s.level)} ${s.codes.join("+")}${coverage}${denominator}.`;
}

/**
 * Headline requests: per material, partner and year, the annual share by volume (else by value)
 * asks to be the headline and the other basis steps aside; "none" leaves every flag as stored.
 */
function headlineRequests(shares: DerivedShare[], mode: PromoteMode): HeadlineRequest[] {
  const candidate = (s: DerivedShare) => s.month === null && s.partner !== "WLD" && s.sharePct !== null;
  const preferred = new Map<string, DerivedShare>();
  for (const s of shares.filter(candidate)) {
    const slot = `${s.material}|${s.partner}|${s.year}`;
    if (!preferred.has(slot) || s.basis === "volume") preferred.set(slot, s);
  }
  return shares.map((s) => {
    if (mode === "none" || !candidate(s)) return "keep";
    return preferred.get(`${s.material}|${s.partner}|${s.year}`) === s ? "promote" : "demote";
  });
}

function toIncoming(shares: DerivedShare[], kind: TradeKind, sourceId: number | null, mode: PromoteMode): IncomingShare[] {
  const requests = headlineRequests(shares, mode);
  const out: IncomingShare[] = [];
  shares.forEach((s, i) => {
    const volumeTonnes = s.basis === "volume" ? Math.round(s.amount) / 1000 : null;
    // Japan Customs values are yen: the share stands, the level has no US$ column to go in.
    const valueUsd = s.basis === "value" && kind === "comtrade" ? s.amount : null;
    if (s.sharePct === null && volumeTonnes === null && valueUsd === null) return;
    out.push({
      line: s.lines[0] ?? null,
      identity: {
        material: s.material,
        partner: s.partner,
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
    });
  });
  return out;
}

function readRecords(kind: TradeKind, table: Table, issues: Issues) {
  const detection = detectLayout(table.header, kind === "comtrade" ? COMTRADE_LAYOUTS : MOF_LAYOUTS, kind === "comtrade" ? "UN Comtrade" : "Japan Customs");
  if ("error" in detection) {
    issues.add(1, null, detection.error);
    return null;
  }
  const layout = detection.layout.id;
  const index = headerIndex(table.header);
  const cells = wellFormed(table, issues).map((row) => new Cells(row, table.header, index, issues));
  if (kind === "comtrade") return { layout, ...readComtrade(cells, layout), extra: [] as string[] };
  const mof = readMof(cells, layout !== "mof-csv-year");
  const extra = [
    ...[...mof.partialYears].map(([year, last]) => `${year}: the file has data up to month ${last} only; no annual shares derived for it (the monthly ones are).`),
    ...(mof.unknownCountries.size
      ? [`Countries counted in the total but not as suppliers (no ISO code): ${[...mof.unknownCountries].map(([c, n]) => `${c} (${plural(n, "row")})`).join(", ")}.`]
      : []),
  ];
  return { layout, records: mof.records, skipped: mof.skipped, extra };
}

export function prepareTrade(db: Conn, kind: TradeKind, table: Table, issues: Issues, opts: { promote: PromoteMode; source: SourceSpec | null }): Prepared {
  const rowsRead = table.rows.length;
  const read = readRecords(kind, table, issues);
  if (!read || issues.any) return failed(issues, { layout: read?.layout ?? null, rowsRead });

  const derivation = deriveShares(read.records, loadMaterialCodes(db), kind === "comtrade" ? "world-row" : "sum-of-partners");
  const skippedReasons = [...read.skipped].map(([reason, n]) => `${plural(n, "row")} skipped: ${reason}.`);
  const unmapped = derivation.skippedCodes.length
    ? [`Commodity codes that belong to no material: ${derivation.skippedCodes.map((c) => `${c.code} (${plural(c.rows, "row")})`).join(", ")}.`]
    : [];
  const spec = opts.source ?? DATASETS[kind];

  return {
    layout: read.layout,
    rowsRead,
    rowsSkipped: rowsRead - derivation.usedLines.size,
    issues,
    warnings: [...skippedReasons, ...unmapped, ...read.extra, ...derivation.warnings],
    skippedCodes: derivation.skippedCodes,
    run(conn, write) {
      const sourceId = write ? ensureSource(conn, spec) : findSource(conn, spec);
      const incoming = toIncoming(derivation.shares, kind, sourceId, opts.promote);
      const plan = planShares(conn, incoming, { mode: opts.promote, ownSourceId: sourceId, explain: false });
      if (write) writeShares(conn, plan, write.importId);
      const demoted = plan.demote.map((d) => `The headline ${d.material} ${d.partner} ${d.year} moved from row ${d.id} (source ${d.sourceId}) to the imported value.`);
      return { ...countChanges(plan.rows), preview: plan.rows.map(sharePreview), sourceId, warnings: [...plan.warnings, ...demoted] };
    },
  };
}
