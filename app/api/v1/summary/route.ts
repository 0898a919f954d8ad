import { getHeadlineFigures } from "@/db/queries/dependence";
import { jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";

export const dynamic = "force-dynamic";

/** The overview's headline figures for the first material asked. */
export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  return jsonResponse(getHeadlineFigures({ material: f.materials[0], from: f.from, to: f.to }));
});
