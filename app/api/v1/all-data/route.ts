import { getAllData } from "@/server/export/all-data";

export const dynamic = "force-dynamic";
export const GET = getAllData;
