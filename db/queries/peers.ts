import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { BILATERAL_CODES } from "@/lib/bilateral/codes";
import type { PeerRow, PeersResponse } from "@/lib/peers";
import { getDb } from "../index";
import { materials, tradeShares } from "../schema";
import { OFFICIAL_SOURCE_IDS } from "../seed/official-sources";
import { getSourcesByIds } from "./sources";

// China's share of every importer's imports, from CEPII BACI only: the one dataset that reconciles
// every importer the same way, so the bars compare like with like. Japan's own declaration and
// China's mirror are other sources and stay on Japan's charts.
const BACI = [OFFICIAL_SOURCE_IDS.baciHs02, OFFICIAL_SOURCE_IDS.baciHs17];

/** BACI's annual value rows of a material (China's share and the WLD total), mirror rows never. */
const baciRows = (material: string) =>
  and(
    eq(tradeShares.material, material),
    eq(tradeShares.period, "annual"),
    eq(tradeShares.basis, "value"),
    eq(tradeShares.mirror, false),
    inArray(tradeShares.sourceId, BACI),
  );

/** The years where BACI gives China's share for an importer other than Japan (Japan alone is no comparison). */
function peerYears(material: string): number[] {
  return getDb()
    .selectDistinct({ year: tradeShares.year })
    .from(tradeShares)
    .where(and(baciRows(material), eq(tradeShares.partner, "CHN"), ne(tradeShares.importer, "JPN"), sql`${tradeShares.sharePct} is not null`))
    .orderBy(asc(tradeShares.year))
    .all()
    .map((r) => r.year);
}

function noDataReason(name: string, hsCodes: string[], years: number[], year: number | null): string {
  if (years.length === 0) {
    const covered = BILATERAL_CODES.filter((c) => c.flowsKey !== null).map((c) => c.hs);
    const own = hsCodes.length ? `HS ${hsCodes.join(", ")}` : "no HS6 code of its own";
    return `No peer data: CEPII BACI is stored for ${covered.length} HS6 codes (${covered.join(", ")}); ${name} (${own}) is none of them.`;
  }
  return `No peer data for ${year}: CEPII BACI's complete extracts give every importer's imports of ${name} in ${years.join(" and ")} only.`;
}

export function getPeers({ material, year }: { material: string; year: number | null }): PeersResponse {
  const db = getDb();
  const m = db.select({ name: materials.name, hsCodes: materials.hsCodes }).from(materials).where(eq(materials.slug, material)).get();
  const name = m?.name ?? material;
  const years = peerYears(material);
  const answered = year ?? years.at(-1) ?? null;
  const materialCodes = m?.hsCodes ? m.hsCodes.split(";") : [];
  const base = { material, materialName: name, year: answered, years };
  if (answered === null || !years.includes(answered)) {
    return { ...base, hsCodes: [], rows: [], reason: noDataReason(name, materialCodes, years, answered), sources: [] };
  }

  const found = db
    .select({
      importer: tradeShares.importer,
      partner: tradeShares.partner,
      sharePct: tradeShares.sharePct,
      valueUsd: tradeShares.valueUsd,
      hsCode: tradeShares.hsCode,
      sourceId: tradeShares.sourceId,
    })
    .from(tradeShares)
    .where(and(baciRows(material), eq(tradeShares.year, answered), inArray(tradeShares.partner, ["CHN", "WLD"])))
    .all();
  const totals = new Map(found.filter((r) => r.partner === "WLD").map((r) => [`${r.importer}|${r.sourceId}`, r.valueUsd]));
  const rows: PeerRow[] = found
    .filter((r): r is typeof r & { sharePct: number } => r.partner === "CHN" && r.sharePct !== null)
    .map((r) => ({
      importer: r.importer,
      chinaSharePct: r.sharePct,
      importsUsd: totals.get(`${r.importer}|${r.sourceId}`) ?? null,
      sourceId: r.sourceId,
      chinaUsd: r.valueUsd,
      hsCode: r.hsCode,
    }))
    .sort((a, b) => b.chinaSharePct - a.chinaSharePct || a.importer.localeCompare(b.importer));
  const hsCodes = [...new Set(rows.map((r) => r.hsCode).filter((c): c is string => c !== null))].sort();
  return { ...base, hsCodes, rows, reason: null, sources: getSourcesByIds({ ids: rows.map((r) => r.sourceId) }) };
}
