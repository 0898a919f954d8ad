import { listMaterials } from "@/db/queries/materials";
import { csvResponse, jsonResponse, parseApiFilters } from "@/server/api";
import { handle } from "@/server/api-error";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => {
  const { format } = parseApiFilters(request);
  const data = listMaterials();
  if (format === "csv") {
    return csvResponse(
      "materials",
      ["slug", "name", "group", "hsCodes", "description"],
      data.map((m) => ({ ...m, hsCodes: m.hsCodes.join(";") })),
    );
  }
  return jsonResponse({ data });
});
