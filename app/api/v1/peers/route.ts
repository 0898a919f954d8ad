import { peers, resourceRoute } from "@/server/resources";

export const dynamic = "force-dynamic";
export const GET = resourceRoute(peers);
