import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { seedDatabase } from "@/db/seed/load";
import { runImport } from "@/server/import/index";
import { bytes, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import { getVersionsWithChanges, tallyChanges } from "@/db/queries/versions";

// The read side of /changes and /api/v1/versions on a real seeded store with the real graphite file imported, then corrected.
let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = freshDb({ seed: false })));
afterEach(() => close());

const GRAPHITE = fs.readFileSync(REAL_GRAPHITE, "utf8");
const graphite = (text = GRAPHITE) => runImport(db, { kind: "comtrade", fileName: "graphite.csv", bytes: bytes(text), actor: "tester", dryRun: false });
const all = { since: 0, until: null, materials: null, from: null, to: null, entities: null };

describe("versions with their changes", () => {
  it("tallies the seed per material and entity, and lists a correction's one change with before and after", async () => {
    seedDatabase(db);
    await graphite();
    await graphite(GRAPHITE.replace("53602410.658,,53602410.658", "49180000,,49180000"));

    const seed = tallyChanges({ versions: [1] }, db);
    const re = seed.find((t) => t.entity === "trade_share" && t.material === "rare-earths")!;
    expect(re).toMatchObject({ version: 1, action: "add", fromYear: expect.any(Number), toYear: expect.any(Number) });
    expect(re.fromYear!).toBeLessThanOrEqual(2010);
    const total = (db.$client.prepare("SELECT added FROM data_versions WHERE id = 1").get() as { added: number }).added;
    expect(seed.reduce((n, t) => n + t.count, 0)).toBe(total);
    expect(tallyChanges({ versions: [3] }, db)).toEqual([{ version: 3, entity: "trade_share", action: "change", material: "graphite", fromYear: 2024, toYear: 2024, count: 1 }]);

    const after2 = getVersionsWithChanges({ ...all, since: 2 }, db);
    expect(after2.current.version).toBe(3);
    expect(after2.truncated).toBe(false);
    expect(after2.versions.map((v) => v.version)).toEqual([3]);
    const [c] = after2.versions[0].changes;
    expect(c).toMatchObject({ entity: "trade_share", action: "change", material: "graphite", year: 2024 });
    expect(c.before).toMatchObject({ share_pct: 87.197, partner: "CHN" });
    expect(c.after).toMatchObject({ share_pct: 80.003, partner: "CHN" });

    // The v=N notice's question: graphite in 2008–2026 and events since version 1 → the one change; gallium → nothing.
    const view = { since: 1, until: null, from: 2008, to: 2026, entities: ["incident", "trade_share"] as ("incident" | "trade_share")[] };
    const graphiteView = getVersionsWithChanges({ ...view, materials: ["graphite"] }, db);
    expect(graphiteView.versions.map((v) => v.version)).toEqual([3, 2]);
    expect(graphiteView.versions[0].changes.map((x) => [x.before?.share_pct, x.after?.share_pct])).toEqual([[87.197, 80.003]]);
    expect(getVersionsWithChanges({ ...view, materials: ["gallium"] }, db).versions).toEqual([]);
    // Years outside the change: nothing.
    expect(getVersionsWithChanges({ ...view, materials: ["graphite"], from: 2008, to: 2010, since: 2 }, db).versions).toEqual([]);
    // One version alone (the page's CSV link), and the seed's rare earths 2010 row as recorded.
    const seedRe = getVersionsWithChanges({ ...all, since: 0, until: 1, materials: ["rare-earths"], from: 2010, to: 2010 }, db);
    expect(seedRe.versions.map((v) => v.version)).toEqual([1]);
    expect(seedRe.versions[0].changes.find((x) => x.after?.partner === "CHN" && x.after?.headline === 1)?.after).toMatchObject({ share_pct: 81.61 });
  });
});
