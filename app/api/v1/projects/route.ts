import { listProjects } from "@/db/queries/projects";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const f = parseApiFilters(request);
  const data = listProjects({ materials: f.materials, includeDuplicates: true });
  if (f.format === "csv") {
    return csvResponse(
      `projects-${f.materials.join("+")}`,
      [
        "id", "name", "countries", "partners", "type", "status", "materials", "investmentUsd",
        "capacityTonnesPerYear", "startYear", "summary", "sourceId", "duplicateOf",
      ],
      data.map((d) => ({ ...d, countries: d.countries.join(";"), materials: d.materials.join(";") })),
    );
  }
  return jsonResponse({ data });
});
