// Builds a large, clearly SYNTHETIC store for the benchmark: the real seed plus generated trade-share
// rows up to a total row count, in a separate file (never the default database).
//
//   npm run db:scale -- --rows 1000000 [--out data/bench/scale-1000000.db]
//
// Shape of the synthetic rows, chosen to look like a store that has grown by imports of monthly
// customs statistics: one series per (material, partner), each covering 1990–2026 with an annual
// row and twelve monthly rows per year, by volume and by value (962 rows). Series are filled in
// order: rare earths first (China, then 39 other partners), then synthetic materials
// `synthetic-001`, `synthetic-002`, … named "SYNTHETIC …" so nobody mistakes them for data. Every
// generated row cites one source titled "SYNTHETIC benchmark rows (db:scale) – not real trade
// statistics" and carries the note "synthetic". Values come from a fixed-seed generator, so a given
// --rows always gives the same file. None of it is ever headline (the seed's line is untouched).
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../db/index";
import { seedDatabase } from "../db/seed/load";
import { mulberry32 } from "./random";

export const SYNTHETIC_SOURCE_TITLE = "SYNTHETIC benchmark rows (db:scale) – not real trade statistics";
export const PARTNERS = [
  "CHN", "VNM", "FRA", "MYS", "AUS", "USA", "EST", "KOR", "IND", "THA",
  "DEU", "GBR", "CAN", "BRA", "ZAF", "MNG", "KAZ", "RUS", "IDN", "PHL",
  "LAO", "MMR", "CHL", "PER", "BOL", "ARG", "MEX", "NOR", "SWE", "FIN",
  "AUT", "BEL", "NLD", "ITA", "ESP", "POL", "CZE", "TUR", "ISR", "SGP",
];
const FIRST_YEAR = 1990;
const LAST_YEAR = 2026;
const BASES = ["volume", "value"] as const;
export const ROWS_PER_SERIES = (LAST_YEAR - FIRST_YEAR + 1) * 13 * BASES.length;

function parseArgs(argv: string[]) {
  let rows = 1_000_000;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--rows") rows = Number(argv[++i]);
    else if (argv[i] === "--out") out = argv[++i];
    else throw new Error(`unknown argument ${argv[i]} (use --rows N [--out FILE])`);
  }
  if (!Number.isInteger(rows) || rows < 1000 || rows > 10_000_000) throw new Error("--rows must be a whole number from 1000 to 10000000");
  return { rows, out: path.resolve(out ?? `data/bench/scale-${rows}.db`) };
}


export function buildScaleStore(file: string, totalRows: number): { rows: number; materials: number; seconds: number } {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openDatabase(file);
  const sqlite = db.$client;
  try {
    seedDatabase(db);
    const seedRows = (sqlite.prepare("SELECT count(*) AS n FROM trade_shares").get() as { n: number }).n;
    const target = totalRows - seedRows;
    const sourceId = (sqlite.prepare("SELECT max(id) + 1 AS id FROM sources").get() as { id: number }).id;
    const rand = mulberry32(20101);
    sqlite.pragma("synchronous = OFF");
    let written = 0;
    let syntheticMaterials = 0;
    sqlite.transaction(() => {
      sqlite
        .prepare("INSERT INTO sources (id, title, publisher, published, kind) VALUES (?, ?, 'REE Monitor benchmark', NULL, 'dataset')")
        .run(sourceId, SYNTHETIC_SOURCE_TITLE);
      const addMaterial = sqlite.prepare(
        "INSERT INTO materials (slug, name, material_group, hs_codes, description, sort_order) VALUES (?, ?, 'other_critical', '', 'Synthetic benchmark material (npm run db:scale); not real data.', ?)",
      );
      const insert = sqlite.prepare(
        `INSERT INTO trade_shares (year, period, month, material, partner, share_pct, volume_tonnes, value_usd, basis, estimate, derived, mirror, headline, source_id, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, 0, 0, ?, 'synthetic')`,
      );
      let materialIndex = 0;
      let material = "rare-earths";
      let partnerIndex = 0;
      while (written < target) {
        const partner = PARTNERS[partnerIndex];
        const level = partner === "CHN" ? 55 + rand() * 35 : rand() * 12;
        for (let year = FIRST_YEAR; year <= LAST_YEAR && written < target; year++) {
          for (let month = 0; month <= 12 && written < target; month++) {
            for (const basis of BASES) {
              if (written >= target) break;
              const share = Math.round(Math.min(100, Math.max(0, level + (rand() - 0.5) * 8)) * 100) / 100;
              const tonnes = Math.round(rand() * 5000);
              insert.run(
                year,
                month === 0 ? "annual" : "monthly",
                month === 0 ? null : month,
                material,
                partner,
                share,
                basis === "volume" ? tonnes : null,
                basis === "value" ? tonnes * 30_000 : null,
                basis,
                sourceId,
              );
              written++;
            }
          }
        }
        partnerIndex++;
        if (partnerIndex === PARTNERS.length && written < target) {
          partnerIndex = 0;
          materialIndex++;
          syntheticMaterials++;
          material = `synthetic-${String(materialIndex).padStart(3, "0")}`;
          addMaterial.run(material, `SYNTHETIC material ${materialIndex} (benchmark only)`, 1000 + materialIndex);
        }
      }
    })();
    sqlite.pragma("synchronous = NORMAL");
    const rows = (sqlite.prepare("SELECT count(*) AS n FROM trade_shares").get() as { n: number }).n;
    return { rows, materials: syntheticMaterials, seconds: (performance.now() - started) / 1000 };
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { rows, out } = parseArgs(process.argv.slice(2));
  const result = buildScaleStore(out, rows);
  console.log(
    `synthetic store ${path.relative(process.cwd(), out)}: ${result.rows} trade-share rows (seed + synthetic, ${result.materials} synthetic materials) in ${result.seconds.toFixed(1)} s`,
  );
}
