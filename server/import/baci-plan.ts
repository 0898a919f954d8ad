import "server-only";
// kind=baci, the part with the database: the rows derived from a BACI file (baci.ts, the same
// derivation as the seed's) planned against the store under the importer dimension, and written.
import { JAPAN, type OfficialRow } from "@/lib/bilateral/derive";
import { MAX_BACI_PREVIEW_ROWS } from "@/lib/limits";
import type { BaciRows } from "./baci";
import { planShares, sharePreview, type IncomingShare } from "./plan-shares";
import type { Prepared } from "./prepared";
import { ensureSource, findSource, type SourceSpec } from "./sources";
import type { Issues } from "./table";
import { loadMaterialCodes } from "./trade";
import type { PromoteMode } from "./types";
import { countChanges, writeShares } from "./write";

const BACI_URL = "https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";

/** The dataset source an imported BACI file cites: one per file name and year, so re-importing it restates the same rows. */
export function baciSource(fileName: string, year: number): SourceSpec {
  return { title: `CEPII BACI (user file ${fileName}), ${year}`, publisher: "CEPII", url: BACI_URL, kind: "dataset" };
}

function toIncoming(rows: OfficialRow[], sourceId: number | null, mode: PromoteMode, codesOf: Map<string, number>): IncomingShare[] {
  return rows.map((r) => {
    const codes = codesOf.get(r.material) ?? 1;
    return {
      line: null,
      identity: {
        importer: r.importer,
        material: r.material,
        partner: r.partner,
        hsCode: r.hs_code,
        year: r.year,
        period: r.period,
        month: r.month,
        half: null,
        basis: r.basis,
        sourceId,
      },
      fields: {
        sharePct: r.share_pct,
        lowPct: null,
        highPct: null,
        bound: null,
        volumeTonnes: r.volume_tonnes,
        valueUsd: r.value_usd,
        estimate: false,
        derived: r.derived,
        mirror: r.mirror,
        note: r.note,
      },
      // China's share asks for the line value (the derivation says where: not for a material whose
      // headline is a whole-material series); every other row leaves the flag as stored.
      request: r.headline && mode !== "none" ? "promote" : "keep",
      // A share from one HS code of a material with several covers part of it, and ranks so.
      coverage: codes > 1 ? 1 / codes : undefined,
    };
  });
}

/** Each share is of one HS6 code: where the material has more codes, say which one the shares cover. */
function partialCodes(rows: OfficialRow[], codesOf: Map<string, number>): string[] {
  const byMaterial = new Map<string, Set<string>>();
  for (const r of rows) byMaterial.set(r.material, (byMaterial.get(r.material) ?? new Set()).add(r.hs_code));
  return [...byMaterial]
    .filter(([material]) => (codesOf.get(material) ?? 1) > 1)
    .map(([material, codes]) => `${material}: shares of HS ${[...codes].sort().join(", ")} only, not of all the material's ${codesOf.get(material)} codes (each row's note names its code).`);
}

/** The read BACI file, ready to plan against the store and (inside the transaction) to write. */
export function baciPrepared(
  read: { rowsRead: number; rowsSkipped: number; warnings: string[]; skippedCodes: { code: string; rows: number }[]; baci: BaciRows },
  issues: Issues,
  opts: { promote: PromoteMode; fileName: string; source: SourceSpec | null },
): Prepared {
  const { year, rows } = read.baci;
  // Only asked for once there are rows, so of a file with a year.
  const spec = () => opts.source ?? baciSource(opts.fileName, year!);
  const importers = new Set(rows.map((r) => r.importer)).size;
  return {
    layout: "baci-tijkvq",
    rowsRead: read.rowsRead,
    rowsSkipped: read.rowsSkipped,
    issues,
    warnings: read.warnings,
    skippedCodes: read.skippedCodes,
    run(conn, write) {
      // A file of other codes only (or with no rows) writes nothing, not even its source.
      if (!rows.length) return { inserted: 0, updated: 0, unchanged: 0, preview: [], sourceId: null, warnings: year === null ? [] : [`No row of ${year} has one of the product's codes: nothing to import.`] };
      const sourceId = write ? ensureSource(conn, spec()) : findSource(conn, spec());
      const codesOf = new Map(loadMaterialCodes(conn).map((m) => [m.slug, m.hsCodes.length]));
      const incoming = toIncoming(rows, sourceId, opts.promote, codesOf);
      const plan = planShares(conn, incoming, { mode: opts.promote, ownSourceId: sourceId, explain: false, sourceKind: spec().kind });
      if (write) writeShares(conn, plan, write.importId);
      // The preview lists Japan's rows (the table has no importer column); the others are counted.
      const japan = plan.rows.filter((p) => p.incoming.identity.importer === JAPAN);
      const shown = japan.slice(0, MAX_BACI_PREVIEW_ROWS);
      const notes = [
        `${year}: ${rows.length.toLocaleString("en-US")} rows for ${importers} importers; the preview lists ${shown.length === japan.length ? "Japan's" : `the first ${shown.length} of Japan's ${japan.length}`} rows, the counts cover all of them.`,
        ...partialCodes(rows, codesOf),
      ];
      return { ...countChanges(plan.rows), preview: shown.map(sharePreview), sourceId, warnings: [...notes, ...plan.warnings] };
    },
  };
}
