import { monthly, resourceRoute } from "@/server/resources";

export const dynamic = "force-dynamic";
export const GET = resourceRoute(monthly);
