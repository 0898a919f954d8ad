import { listIncidents } from "@/db/queries/incidents";
import { csvResponse, jsonResponse, parseApiFilters } from "@/lib/api";
import { handle } from "@/lib/api-error";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  const data = listIncidents({ materials: f.materials, from: f.from, to: f.to, categories: f.categories, includeDuplicates: true });
  if (f.format === "csv") {
    return csvResponse(
      `incidents-${f.from}-${f.to}`,
      ["id", "date", "datePrecision", "title", "category", "actor", "target", "severity", "materials", "summary", "sourceId", "duplicateOf"],
      data.map((d) => ({ ...d, materials: d.materials.join(";") })),
    );
  }
  return jsonResponse({ data });
});
