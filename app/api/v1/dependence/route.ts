import { getDependenceSeries } from "@/db/queries/dependence";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";
import { dependenceCsvRows, DEPENDENCE_CSV_COLUMNS } from "@/lib/dependence-csv";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  // One material per response: the first, when several are asked (SPEC).
  const series = getDependenceSeries({ material: f.materials[0], from: f.from, to: f.to, categories: f.categories });
  if (f.format === "csv") {
    return csvResponse(`dependence-${series.material}-${f.from}-${f.to}`, DEPENDENCE_CSV_COLUMNS, dependenceCsvRows(series));
  }
  return jsonResponse(series);
});
