import { getImportLog, postImport } from "@/server/import/endpoint";

export const dynamic = "force-dynamic";
export const POST = postImport;
export const GET = getImportLog;
