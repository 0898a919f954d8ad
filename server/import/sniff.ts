import "server-only";
// Which kind of file a header is, by the same layout detection the kinds use: a UN Comtrade file
// sent as kind=incidents is told to choose kind=comtrade instead of hearing about 47 unknown columns.
import { COMTRADE_LAYOUTS, duplicateColumn, fitLayouts, MOF_LAYOUTS } from "./detect";
import { knownColumns, mapColumns, type NativeKind } from "./product-csv";
import { Issues } from "./table";
import { IMPORT_KINDS, type ImportKind } from "./types";

const WHAT: Record<ImportKind, string> = {
  comtrade: "a UN Comtrade file",
  mof: "a Japan Customs file",
  trade_shares: "this tool's trade-shares CSV",
  incidents: "this tool's incidents CSV",
  projects: "this tool's projects CSV",
  baci: "a CEPII BACI file",
};

/** A header whose columns are at least this share of another kind's is taken for that kind. */
const LIKENESS = 0.8;

interface Fit {
  /** The header is exactly a layout of the kind. */
  exact: boolean;
  /** The share of the header's columns that the kind's closest layout has. */
  share: number;
  layout: string;
}

/** CEPII's standard BACI layout: year, exporter, importer, product, value (k US$), quantity (t). */
export const BACI_HEADER = ["t", "i", "j", "k", "v", "q"] as const;

function fit(kind: ImportKind, header: string[]): Fit {
  if (kind === "baci") {
    const lower = header.map((h) => h.trim().toLowerCase());
    const known = lower.filter((h) => (BACI_HEADER as readonly string[]).includes(h)).length;
    return { exact: known === BACI_HEADER.length && lower.length === BACI_HEADER.length, share: known / header.length, layout: "baci-tijkvq" };
  }
  if (kind === "comtrade" || kind === "mof") {
    const fits = fitLayouts(header, kind === "comtrade" ? COMTRADE_LAYOUTS : MOF_LAYOUTS);
    const best = [...fits].sort((a, b) => a.unexpected.length - b.unexpected.length || a.missing.length - b.missing.length)[0];
    return {
      exact: !best.missing.length && !best.unexpected.length && duplicateColumn(header) === null,
      share: (header.length - best.unexpected.length) / header.length,
      layout: best.layout.id,
    };
  }
  const native = kind as NativeKind;
  return {
    exact: mapColumns(native, header, new Issues()) !== null,
    share: knownColumns(native, header) / header.length,
    layout: `${kind.replace("_", "-")}-csv`,
  };
}

/**
 * When the header is not a layout of the requested kind but is (or nearly is) one of another
 * kind, the message that says so; otherwise null, and the kind reports its own problems.
 */
export function wrongKind(requested: ImportKind, header: string[]): string | null {
  const own = fit(requested, header);
  if (own.exact) return null;
  const others = IMPORT_KINDS.filter((k) => k !== requested)
    .map((kind) => ({ kind, ...fit(kind, header) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.share - a.share);
  const best = others[0];
  if (!best.exact && (best.share < LIKENESS || best.share <= own.share)) return null;
  const layout = best.exact ? `layout ${best.layout}` : `closest layout ${best.layout}`;
  return `This looks like ${WHAT[best.kind]} (${layout}), not ${WHAT[requested]}; choose kind=${best.kind}.`;
}
