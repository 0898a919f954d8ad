import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databaseFile } from "@/config/env.mjs";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.join(process.cwd(), "drizzle");

/** Opens (creating if needed) a database file, with foreign keys and WAL, migrated to the latest schema. */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  // Foreign keys are off while migrating, so a migration may rebuild a table (SQLite's 12-step
  // ALTER): the migrator's transaction ignores PRAGMA foreign_keys, and a DROP TABLE with them on
  // would cascade. The check afterwards refuses a migration that left a dangling reference.
  sqlite.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder: MIGRATIONS });
  const dangling = sqlite.pragma("foreign_key_check") as unknown[];
  if (dangling.length) throw new Error(`migration left ${dangling.length} dangling foreign key(s): ${JSON.stringify(dangling.slice(0, 3))}`);
  sqlite.pragma("foreign_keys = ON");
  return db;
}

// One connection per process; kept on globalThis so Next's dev reloads do not leak handles.
const globalForDb = globalThis as unknown as { reeDb?: Db };

export function getDb(): Db {
  if (!globalForDb.reeDb) globalForDb.reeDb = openDatabase(databaseFile());
  return globalForDb.reeDb;
}
