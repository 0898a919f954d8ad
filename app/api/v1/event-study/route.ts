import { getEventStudy } from "@/db/queries/analysis";
import { csvResponse, intParam, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";
import { DEFAULT_WINDOW, MAX_WINDOW } from "@/lib/analysis/event-study";
import { eventStudyCsvRows, EVENT_STUDY_CSV_COLUMNS } from "@/lib/analysis/csv";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request, ["window"]);
  const window = intParam(request, "window", { min: 1, max: MAX_WINDOW, fallback: DEFAULT_WINDOW });
  const study = getEventStudy({ material: f.materials[0], from: f.from, to: f.to, window });
  if (f.format === "csv") {
    return csvResponse(`event-study-${study.material}-${f.from}-${f.to}-window${window}`, EVENT_STUDY_CSV_COLUMNS, eventStudyCsvRows(study));
  }
  return jsonResponse(study);
});
