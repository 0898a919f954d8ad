import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { seedDatabase } from "@/db/seed/load";
import { runImport } from "@/server/import/index";
import { bytes, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import { currentDataVersion, listChanges, listVersions, openVersion, withDataVersion } from "@/db/queries/versions";

let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = freshDb({ seed: false })));
afterEach(() => close());

const GRAPHITE = fs.readFileSync(REAL_GRAPHITE, "utf8");
const graphite = (text = GRAPHITE) => runImport(db, { kind: "comtrade", fileName: "graphite.csv", bytes: bytes(text), actor: "tester", dryRun: false });
const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

describe("data versions", () => {
  it("starts at version 0 on an empty store, and the first seed load is version 1 with every row it added", () => {
    expect(currentDataVersion(db)).toEqual({ version: 0, at: null });
    const seeded = seedDatabase(db);
    const v = currentDataVersion(db);
    expect(v.version).toBe(1);
    expect(new Date(v.at!).toISOString()).toBe(v.at);
    const [version] = listVersions({}, db);
    const rows = seeded.sources + seeded.materials + seeded.tradeShares + seeded.incidents + seeded.projects;
    expect(version).toMatchObject({ version: 1, kind: "seed", added: rows, changed: 0, removed: 0, importId: null });
    expect(version.summary).toBe(`Seed load: ${rows.toLocaleString("en-US")} rows: ${rows.toLocaleString("en-US")} added`);
    expect(count("SELECT count(*) AS n FROM data_changes WHERE version = 1 AND action = 'add'")).toBe(rows);
    // The recorded row is the stored one: rare earths 2010, China, 81.61 %.
    const re2010 = listChanges({ entities: ["trade_share"], material: "rare-earths", from: 2010, to: 2010 }, db).find((c) => c.after?.partner === "CHN" && c.after?.headline === 1);
    expect(re2010).toMatchObject({ version: 1, action: "add", material: "rare-earths", year: 2010, before: null });
    expect(re2010!.after).toMatchObject({ id: 12, share_pct: 81.61, importer: "JPN", source_id: 8 });
  });

  it("gives a seed run that adds nothing no version", () => {
    seedDatabase(db);
    seedDatabase(db);
    expect(currentDataVersion(db).version).toBe(1);
    expect(listVersions({}, db)).toHaveLength(1);
  });

  it("records an import as the next version, with each changed row before and after, in the import's transaction", async () => {
    seedDatabase(db);
    const first = await graphite();
    expect(first.dataVersion).toBe(2);
    const corrected = await graphite(GRAPHITE.replace("53602410.658,,53602410.658", "49180000,,49180000"));
    expect(corrected).toMatchObject({ outcome: "accepted", updated: 1, dataVersion: 3 });
    const [v3, v2] = listVersions({}, db);
    expect(v3).toMatchObject({ version: 3, kind: "import", importId: corrected.importId, importKind: "comtrade", added: 0, changed: 1, removed: 0 });
    expect(v3.summary).toBe(`Import #${corrected.importId} (comtrade): 1 row: 1 changed`);
    expect(v2).toMatchObject({ version: 2, kind: "import", importId: first.importId });
    const [change] = listChanges({ since: 2 }, db);
    // China 2024 by value: 53,602,410.658 → 49,180,000 of 61,473,072.338.
    expect(change).toMatchObject({ version: 3, entity: "trade_share", action: "change", material: "graphite", year: 2024 });
    expect(change.before).toMatchObject({ share_pct: 87.197, partner: "CHN" });
    expect(change.after).toMatchObject({ share_pct: 80.003, partner: "CHN" });
    // The same file again changes nothing, so it gets no version.
    const again = await graphite(GRAPHITE.replace("53602410.658,,53602410.658", "49180000,,49180000"));
    expect(again).toMatchObject({ outcome: "accepted", dataVersion: null });
    expect(currentDataVersion(db).version).toBe(3);
    expect(listVersions({ since: 1, material: "graphite" }, db).map((v) => v.version)).toEqual([3, 2]);
    expect(listVersions({ material: "gallium" }, db).map((v) => v.version)).toEqual([1]);
  });

  it("rolls the version back with a failed write: no number, no change record", async () => {
    seedDatabase(db);
    db.$client.exec("CREATE TRIGGER fail_2024 BEFORE INSERT ON trade_shares WHEN NEW.year = 2024 BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const s = await graphite();
    expect(s).toMatchObject({ outcome: "rejected", dataVersion: null });
    expect(currentDataVersion(db).version).toBe(1);
    expect(count("SELECT count(*) AS n FROM data_changes WHERE version > 1")).toBe(0);
    expect(count("SELECT count(*) AS n FROM data_versions WHERE open = 1")).toBe(0);
  });

  it("records removals, and refuses to open a version outside a transaction or beside an open one", () => {
    seedDatabase(db);
    const { version } = db.transaction(() => withDataVersion(db.$client, { kind: "import", summarize: () => "removed one" }, () => db.$client.prepare("DELETE FROM trade_shares WHERE id = (SELECT max(id) FROM trade_shares)").run()));
    expect(version).toBe(2);
    expect(listChanges({ since: 1 }, db)).toMatchObject([{ action: "remove", after: null }]);
    expect(() => openVersion(db.$client, "import")).toThrow(/inside the write's transaction/);
    expect(() => db.transaction(() => { openVersion(db.$client, "import"); openVersion(db.$client, "import"); })).toThrow(/still open/);
  });

  it("marks a store that held data before versions began with a baseline version (migration 0007's first statement)", () => {
    const migration = fs.readFileSync(path.join(process.cwd(), "drizzle", "0007_data_versions.sql"), "utf8");
    const baseline = migration.split("--> statement-breakpoint").find((s) => s.includes("INSERT INTO `data_versions`"))!;
    // An empty store gets no baseline; a store with data (here seeded, its versions then dropped) gets version 1.
    db.$client.exec(baseline);
    expect(listVersions({}, db)).toEqual([]);
    seedDatabase(db);
    db.$client.exec("DELETE FROM data_changes; DELETE FROM data_versions;");
    db.$client.exec(baseline);
    expect(listVersions({}, db)).toMatchObject([{ version: 1, kind: "baseline", added: 0, changed: 0, removed: 0, importId: null }]);
    expect(currentDataVersion(db).version).toBe(1);
  });
});
