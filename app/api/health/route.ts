import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { handle } from "@/server/api-error";

export const dynamic = "force-dynamic";

export const GET = handle(() => {
  // Opening the database applies pending migrations; a trivial read proves it answers.
  getDb().get(sql`select 1`);
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
});
