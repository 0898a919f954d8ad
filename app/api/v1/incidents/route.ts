import { listIncidents } from "@/db/queries/incidents";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  // `severity`: the minimum severity (1–5) to list.
  const f = parseApiFilters(request, ["severity"], { keep: true });
  const data = listIncidents({ materials: f.materials, from: f.from, to: f.to, categories: f.categories, minSeverity: f.minSeverity, includeDuplicates: true });
  if (f.format === "csv") {
    return csvResponse(
      `incidents-${f.from}-${f.to}`,
      ["id", "date", "datePrecision", "title", "category", "actor", "target", "severity", "materials", "summary", "sourceId", "duplicateOf"],
      data.map((d) => ({ ...d, materials: d.materials.join(";") })),
    );
  }
  return jsonResponse({ data });
});
