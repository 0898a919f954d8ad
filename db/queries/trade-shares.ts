import "server-only";
import { and, asc, between, eq, inArray } from "drizzle-orm";
import type { TradeShareDto } from "@/lib/types";
import { getDb } from "../index";
import { tradeShares } from "../schema";

export const tradeShareColumns = {
  id: tradeShares.id,
  year: tradeShares.year,
  period: tradeShares.period,
  month: tradeShares.month,
  half: tradeShares.half,
  material: tradeShares.material,
  importer: tradeShares.importer,
  partner: tradeShares.partner,
  hsCode: tradeShares.hsCode,
  sharePct: tradeShares.sharePct,
  low: tradeShares.lowPct,
  high: tradeShares.highPct,
  bound: tradeShares.bound,
  volumeTonnes: tradeShares.volumeTonnes,
  valueUsd: tradeShares.valueUsd,
  basis: tradeShares.basis,
  estimate: tradeShares.estimate,
  derived: tradeShares.derived,
  mirror: tradeShares.mirror,
  headline: tradeShares.headline,
  sourceId: tradeShares.sourceId,
};

export function listTradeShares({
  materials,
  from,
  to,
  partner,
  importer = "JPN",
}: {
  materials: string[];
  from: number;
  to: number;
  partner: string | null;
  /** Null: every importer (the all-data export). */
  importer?: string | null;
}): TradeShareDto[] {
  return getDb()
    .select(tradeShareColumns)
    .from(tradeShares)
    .where(
      and(
        inArray(tradeShares.material, materials),
        importer ? eq(tradeShares.importer, importer) : undefined,
        between(tradeShares.year, from, to),
        partner ? eq(tradeShares.partner, partner) : undefined,
      ),
    )
    .orderBy(asc(tradeShares.material), asc(tradeShares.importer), asc(tradeShares.year), asc(tradeShares.partner), asc(tradeShares.period), asc(tradeShares.month), asc(tradeShares.id))
    .all();
}
