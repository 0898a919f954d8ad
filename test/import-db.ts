import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/index";
import { seedDatabase } from "@/db/seed/load";

export const FIXTURES = path.join(process.cwd(), "test", "fixtures", "imports");

/**
 * The real Comtrade download in the shared research folder beside the project (`../shared`), read
 * in place and never copied; `REE_SHARED_DIR` points elsewhere when the checkout lives apart.
 */
const SHARED_CANDIDATES = [process.env.REE_SHARED_DIR, path.resolve(process.cwd(), "..", "shared"), "/work/shared"].filter((d): d is string => !!d);
const REAL_FILE = path.join("research", "real", "comtrade_jpn_2504_graphite.csv");
export const REAL_GRAPHITE =
  SHARED_CANDIDATES.map((d) => path.join(d, REAL_FILE)).find((f) => fs.existsSync(f)) ?? path.join(SHARED_CANDIDATES[0], REAL_FILE);

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export const bytes = (text: string) => new TextEncoder().encode(text);

/** A freshly migrated SQLite file of its own, empty (`seed: false`) or seeded, so tests never share state. */
export function freshDb({ seed = true }: { seed?: boolean } = {}): { db: Db; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-import-test-"));
  const db = openDatabase(path.join(dir, "import.db"));
  if (seed) seedDatabase(db);
  return {
    db,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
