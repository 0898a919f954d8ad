import { getWhoami } from "@/server/import/endpoint";

export const dynamic = "force-dynamic";
export const GET = getWhoami;
