import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { freshDb } from "@/test/import-db";
import { backupDatabase, defaultBackupFile } from "./backup";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe("backupDatabase", () => {
  it("copies the store online, while another connection holds a write transaction, into a file that passes integrity_check", async () => {
    const { db, close } = freshDb();
    cleanups.push(close);
    const source = db.$client.name;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-backup-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const before = (db.$client.prepare("SELECT count(*) AS n FROM trade_shares").get() as { n: number }).n;

    // An import in progress (uncommitted) on the server's connection: the copy must not see it.
    db.$client.exec("BEGIN IMMEDIATE");
    db.$client
      .prepare("INSERT INTO trade_shares (year, period, material, partner, share_pct, basis, source_id) VALUES (2001, 'annual', 'gallium', 'CHN', 50, 'value', 1)")
      .run();
    const copy = await backupDatabase(source, path.join(dir, "copy.db"));
    db.$client.exec("ROLLBACK");

    expect(copy.integrity).toBe("ok");
    expect(copy.tradeShares).toBe(before);
    expect(copy.sources).toBe(140);
    const restored = new Database(copy.file, { readonly: true });
    cleanups.push(() => restored.close());
    expect(restored.prepare("SELECT share_pct FROM trade_shares WHERE material = 'rare-earths' AND partner = 'CHN' AND year = 2010 AND headline = 1").pluck().get()).toBe(81.61);
  });

  it("refuses to overwrite a file and names a missing store", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-backup-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(dir, "taken.db"), "");
    await expect(backupDatabase(path.join(dir, "missing.db"), path.join(dir, "x.db"))).rejects.toThrow(/no database/);
    const { db, close } = freshDb();
    cleanups.push(close);
    await expect(backupDatabase(db.$client.name, path.join(dir, "taken.db"))).rejects.toThrow(/exists/);
  });

  it("names backups by time beside the store", () => {
    expect(defaultBackupFile("/srv/data/ree-monitor.db", new Date("2026-11-23T18:15:00Z"))).toBe("/srv/data/backups/ree-monitor-20261123-181500.db");
  });
});
