// Japan beside its peers: China's share of each importer's imports of one material in one year
// (CEPII BACI). The response shape, its CSV and the card's choice of bars; shared by the API and
// the card.

import { countryName } from "./bilateral/country-name";
import { BILATERAL_CODES, DEFAULT_PEERS, JAPAN } from "./bilateral/codes";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { SourceRef } from "./types";

export { JAPAN };

export type PeerRow = {
  importer: string;
  /** China's share of the importer's imports by value, %; 0 where BACI records no flow from China. */
  chinaSharePct: number;
  /** The importer's imports from all partners, USD (BACI's WLD total); null when the store has none. */
  importsUsd: number | null;
  sourceId: number;
  /** Imports from China, USD. */
  chinaUsd: number | null;
  /** The HS6 code the share is derived from. */
  hsCode: string | null;
};

export type PeersResponse = {
  material: string;
  materialName: string;
  /** The year answered: the one asked, else the latest with peer data; null when the material has none. */
  year: number | null;
  /** The years with peer data for this material. */
  years: number[];
  /** The HS6 codes the rows derive from (one code per material in BACI). */
  hsCodes: string[];
  /** Sorted by China's share, highest first. */
  rows: PeerRow[];
  /** Why `rows` is empty; null when it is not. */
  reason: string | null;
  sources: SourceRef[];
};

export const PEERS_CSV_COLUMNS = ["material", "year", "importer", "importerName", "hsCode", "chinaSharePct", "chinaUsd", "importsUsd", "sourceId", "source"] as const;

type Cell = string | number | null;

/** One CSV row per importer: every row of the response, or only the bars drawn when `importers` is given. */
export function peersCsvRows(data: PeersResponse, importers?: readonly string[]): Record<(typeof PEERS_CSV_COLUMNS)[number], Cell>[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const rows = importers ? data.rows.filter((r) => importers.includes(r.importer)) : data.rows;
  return rows.map((r) => {
    const s = byId.get(r.sourceId);
    return {
      material: data.material,
      year: data.year,
      importer: r.importer,
      importerName: countryName(r.importer),
      hsCode: r.hsCode,
      chinaSharePct: r.chinaSharePct,
      chinaUsd: r.chinaUsd,
      importsUsd: r.importsUsd,
      sourceId: r.sourceId,
      source: s ? [s.publisher, s.title, s.published, s.url].filter(Boolean).join(" · ") : null,
    };
  });
}

/** The importers the card draws by default: Japan and its usual peers. */
export const DEFAULT_SHOWN: readonly string[] = [JAPAN, ...DEFAULT_PEERS];

export type PeerBar = PeerRow & { name: string; highlight: boolean };

/** The bars for the chosen importers (Japan first among equals: sorted by share, as the response). Importers without a row are returned apart. */
export function peerBars(rows: readonly PeerRow[], shown: readonly string[], locale: Locale = "en"): { bars: PeerBar[]; missing: string[] } {
  const wanted = new Set(shown);
  const bars = rows.filter((r) => wanted.has(r.importer)).map((r) => ({ ...r, name: countryName(r.importer, locale), highlight: r.importer === JAPAN }));
  const present = new Set(bars.map((b) => b.importer));
  return { bars, missing: shown.filter((c) => !present.has(c)) };
}

/** The importers that can be added: those with a row that are not shown, by name (in the page's language and its collation). */
export function addableImporters(rows: readonly PeerRow[], shown: readonly string[], locale: Locale = "en"): { code: string; name: string }[] {
  const taken = new Set(shown);
  return rows
    .filter((r) => !taken.has(r.importer))
    .map((r) => ({ code: r.importer, name: countryName(r.importer, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/**
 * Why a material has no peer bars, in the page's language (the API's `reason` is English): no
 * BACI code of its own, or no complete BACI extract for the year asked. `hsCodes` are the
 * material's own codes, `name` its name as the page writes it.
 */
export function peersEmptyReason(t: Translator<"peers">, d: Pick<PeersResponse, "year" | "years">, hsCodes: readonly string[], name: string, locale: Locale): string {
  if (d.years.length === 0) {
    const covered = BILATERAL_CODES.filter((c) => c.flowsKey !== null).map((c) => c.hs);
    return t("noDataMaterial", { count: covered.length, codes: covered.join(", "), material: name, hasHs: hsCodes.length ? "yes" : "no", hs: hsCodes.join(", ") });
  }
  return t("noDataYear", { year: String(d.year ?? ""), material: name, years: d.years.join(locale === "ja" ? "年・" : " and ") });
}

/** "(HS 850511)"-style arguments for a message: whether there are codes, and the codes. */
export const hsArgs = (codes: readonly string[]) => ({ hasHs: codes.length ? "yes" : "no", hs: codes.join(", ") });

/** "87.4%": one decimal, as the bars are labelled (the same in Japanese). */
export function formatSharePct(v: number): string {
  return `${v.toFixed(1)}%`;
}
