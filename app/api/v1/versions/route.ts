import { resourceRoute, versions } from "@/server/resources";

export const dynamic = "force-dynamic";
export const GET = resourceRoute(versions);
