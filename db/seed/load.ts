import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseCsv } from "@/db/csv-parse";
import type { Db } from "../index";
import { incidentColumns, incidentRow, materialRow, projectColumns, projectRow, sourceRow, tradeShareColumns, tradeShareRow } from "../csv-schemas";
import {
  incidentMaterials,
  incidents,
  materials,
  projectMaterials,
  projects,
  sources,
} from "../schema";
import { countsPhrase, withDataVersion } from "../queries/versions";
import { fillJapaneseTexts, withJapaneseTexts } from "./texts-ja";

export const SEED_DIR = path.join(process.cwd(), "db", "seed");
export const SEED_FILES = ["sources", "materials", "trade_shares", "incidents", "projects"] as const;
/** Written by scripts/derive-bilateral.ts from the official extracts: never edited by hand. */
export const OFFICIAL_DIR = "official";
export const OFFICIAL_FILES = ["sources", "trade_shares"] as const;

function readRows<T extends z.ZodType>(dir: string, name: string, schema: T): z.infer<T>[] {
  const text = fs.readFileSync(path.join(dir, `${name}.csv`), "utf8");
  const { rows, errors } = parseCsv(text);
  if (errors.length) throw new Error(`${name}.csv: ${errors[0].message} (row ${errors[0].row})`);
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${name}.csv line ${i + 2}, column ${issue.path.join(".")}: ${issue.message}`);
    }
    return parsed.data;
  });
}

export type SeedData = ReturnType<typeof readSeed>;

export function readSeed(dir = SEED_DIR) {
  const official = path.join(dir, OFFICIAL_DIR);
  const hasOfficial = fs.existsSync(official);
  return withJapaneseTexts(
    dir,
    {
      sources: [...readRows(dir, "sources", sourceRow), ...(hasOfficial ? readRows(official, "sources", sourceRow) : [])],
      materials: readRows(dir, "materials", materialRow),
      tradeShares: [...readRows(dir, "trade_shares", tradeShareRow), ...(hasOfficial ? readRows(official, "trade_shares", tradeShareRow) : [])],
      incidents: readRows(dir, "incidents", incidentRow),
      projects: readRows(dir, "projects", projectRow),
    },
    readRows,
  );
}

/** Rows inserted per table, and `japaneseTexts`: Japanese cells filled into rows the store already had. */
export type SeedCounts = Record<"sources" | "materials" | "tradeShares" | "incidents" | "projects" | "japaneseTexts", number>;

/**
 * Loads the seed in one transaction. Rows are inserted by id with ON CONFLICT DO NOTHING, so a
 * second run neither duplicates nor overwrites anything (an imported correction survives restarts).
 * The one exception is a Japanese text the store lacks: a store seeded before the texts existed
 * gets them (fillJapaneseTexts), and nothing else of those rows changes.
 */
export function seedDatabase(db: Db, data: SeedData = readSeed()): SeedCounts {
  const inserted: SeedCounts = { sources: 0, materials: 0, tradeShares: 0, incidents: 0, projects: 0, japaneseTexts: 0 };
  db.transaction((tx) =>
    // One data version for whatever this run adds (none when it adds nothing): every row, with its values, is recorded under it.
    withDataVersion(db.$client, { kind: "seed", summarize: (c) => `Seed load: ${countsPhrase(c)}` }, () => {
      // First, so the count holds only rows that were stored before this run (new rows come with their texts).
      inserted.japaneseTexts = fillJapaneseTexts(db.$client, data);
      for (const s of data.sources) {
        const r = tx.insert(sources).values(s).onConflictDoNothing().run();
        inserted.sources += r.changes;
      }
      data.materials.forEach((m, i) => {
        const r = tx
          .insert(materials)
          .values({ slug: m.slug, name: m.name, nameJa: m.name_ja, group: m.group, hsCodes: m.hs_codes, description: m.description, descriptionJa: m.description_ja, sortOrder: i })
          .onConflictDoNothing()
          .run();
        inserted.materials += r.changes;
      });
      // A headline the store already has for that importer, material, partner and year (an import
      // promoted it) stays: the seed row then comes in beside it rather than being dropped.
      // Prepared once (the official series is ~15,000 rows; building each insert through the query
      // builder took seconds).
      const headlineTaken = db.$client.prepare("SELECT 1 FROM trade_shares WHERE importer = ? AND material = ? AND partner = ? AND year = ? AND headline = 1 AND id <> ?");
      const insertShare = db.$client.prepare(
        `INSERT INTO trade_shares (id, year, period, month, half, material, importer, partner, hs_code, share_pct, low_pct, high_pct, bound, volume_tonnes, value_usd, basis, estimate, derived, mirror, headline, source_id, note)
         VALUES (@id, @year, @period, @month, @half, @material, @importer, @partner, @hsCode, @sharePct, @lowPct, @highPct, @bound, @volumeTonnes, @valueUsd, @basis, @estimate, @derived, @mirror, @headline, @sourceId, @note)
         ON CONFLICT DO NOTHING`,
      );
      const bit = (b: boolean) => (b ? 1 : 0);
      for (const t of data.tradeShares) {
        const headline = t.headline && !headlineTaken.get(t.importer, t.material, t.partner, t.year, t.id);
        const c = tradeShareColumns({ ...t, headline });
        const r = insertShare.run({ id: t.id, ...c, estimate: bit(c.estimate), derived: bit(c.derived), mirror: bit(c.mirror), headline: bit(c.headline) });
        inserted.tradeShares += r.changes;
      }
      // Primaries before duplicates and expansions: both point backwards in the file, but sort to be safe.
      const refers = (r: { duplicate_of: number | null; expansion_of?: number | null }) => Number(r.duplicate_of !== null || (r.expansion_of ?? null) !== null);
      const byPrimaryFirst = <R extends { duplicate_of: number | null; expansion_of?: number | null }>(rows: R[]) => [...rows].sort((a, b) => refers(a) - refers(b));
      for (const e of byPrimaryFirst(data.incidents)) {
        const r = tx
          .insert(incidents)
          .values({ id: e.id, ...incidentColumns(e) })
          .onConflictDoNothing()
          .run();
        inserted.incidents += r.changes;
        if (r.changes) {
          for (const m of e.materials) tx.insert(incidentMaterials).values({ incidentId: e.id, material: m }).run();
        }
      }
      for (const p of byPrimaryFirst(data.projects)) {
        const r = tx
          .insert(projects)
          .values({ id: p.id, ...projectColumns(p) })
          .onConflictDoNothing()
          .run();
        inserted.projects += r.changes;
        if (r.changes) {
          for (const m of p.materials) tx.insert(projectMaterials).values({ projectId: p.id, material: m }).run();
        }
      }
    }),
  );
  return inserted;
}
