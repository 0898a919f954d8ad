import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { currentDataVersion } from "@/db/queries/versions";
import { handle } from "./api-error";

/** GET /api/health: opening the database applies pending migrations; a trivial read proves it answers, and names the current data version. */
export const getHealth = handle(() => {
  getDb().get(sql`select 1`);
  return Response.json({ status: "ok", dataVersion: currentDataVersion().version }, { headers: { "cache-control": "no-store" } });
});
