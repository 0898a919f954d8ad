import { materialsSummary, resourceRoute } from "@/server/resources";

export const dynamic = "force-dynamic";
export const GET = resourceRoute(materialsSummary);
