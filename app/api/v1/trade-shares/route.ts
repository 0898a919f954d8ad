import { listTradeShares } from "@/db/queries/trade-shares";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";
import type { TradeShareDto } from "@/lib/types";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "id", "year", "period", "month", "half", "material", "partner", "sharePct", "low", "high", "bound",
  "volumeTonnes", "valueUsd", "basis", "estimate", "derived", "mirror", "headline", "sourceId",
] as const satisfies readonly (keyof TradeShareDto)[];

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  const data = listTradeShares({ materials: f.materials, from: f.from, to: f.to, partner: f.partner });
  if (f.format === "csv") return csvResponse(`trade-shares-${f.materials.join("+")}-${f.from}-${f.to}`, COLUMNS, data);
  return jsonResponse({ data });
});
