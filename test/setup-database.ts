import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets its own freshly migrated and seeded SQLite file, set before any module reads
// the environment (config/env.mjs parses process.env once at import). Nothing is mocked.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-monitor-test-"));
const file = path.join(dir, "test.db");
process.env.DATABASE_PATH = file;

const { openDatabase } = await import("@/db/index");
const { seedDatabase } = await import("@/db/seed/load");
const db = openDatabase(file);
seedDatabase(db);
db.$client.close();

afterAll(() => {
  const globalForDb = globalThis as unknown as { reeDb?: { $client: { close(): void } } };
  globalForDb.reeDb?.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
