import { listMaterials } from "@/db/queries/materials";
import { csvResponse, jsonResponse, parseApiFilters } from "@/lib/api";
import { handle } from "@/lib/api-error";

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
