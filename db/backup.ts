import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type BackupResult = { file: string; bytes: number; integrity: string; tradeShares: number; sources: number; seconds: number };

/**
 * An online copy of the store through SQLite's backup API (better-sqlite3's `backup`): consistent
 * even while the server reads and imports, since the copy restarts when the source changes under
 * it. The copy is then opened read-only and checked (PRAGMA integrity_check, row counts).
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  if (fs.existsSync(destination)) throw new Error(`${destination} exists; choose another name`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const started = performance.now();
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(copy.pragma("integrity_check", { simple: true }));
    const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      file: destination,
      bytes: fs.statSync(destination).size,
      integrity,
      tradeShares: count("trade_shares"),
      sources: count("sources"),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    copy.close();
  }
}

/** data/backups/ree-monitor-20261123-181500.db beside the store. */
export function defaultBackupFile(source: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(path.dirname(source), "backups", `${path.basename(source, ".db")}-${stamp}.db`);
}
