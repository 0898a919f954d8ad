import { getConcentration } from "@/db/queries/analysis";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";
import { concentrationCsvRows, CONCENTRATION_CSV_COLUMNS } from "@/lib/analysis/csv";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  const result = getConcentration({ material: f.materials[0], from: f.from, to: f.to });
  if (f.format === "csv") {
    return csvResponse(`concentration-${result.material}-${f.from}-${f.to}`, CONCENTRATION_CSV_COLUMNS, concentrationCsvRows(result));
  }
  return jsonResponse(result);
});
