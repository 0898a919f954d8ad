// Derives the product's official series from the shared bilateral extracts, read in place
// (research/real/bilateral/SOURCE.md), and writes db/seed/official/{sources,trade_shares}.csv.
// Deterministic: rerunning it on the same files writes the same bytes (`--check` fails if not).
//   npx tsx scripts/derive-bilateral.ts [--data DIR] [--check]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parseCsv } from "@/db/csv-parse";
import { toCsv } from "@/lib/csv";
import { BILATERAL_CODES, BACI_SPECIAL } from "@/lib/bilateral/codes";
import { deriveBaciYear, deriveFlowValues, deriveMagnetYear, deriveMonthlyMirror, type OfficialRow } from "@/lib/bilateral/derive";
import { deriveComtradeYear, promoteDeclaredWhereNoBaci, type ComtradeRow } from "@/lib/bilateral/derive-reported";
import { OFFICIAL_SOURCES, OFFICIAL_SOURCE_IDS as S, OFFICIAL_ROW_ID_BASE, officialColumns } from "@/db/seed/official-sources";

const args = process.argv.slice(2);
// The shared research folder beside the project (as the tests find it): REE_SHARED_DIR, ../shared or /work/shared.
const sharedCandidates = [process.env.REE_SHARED_DIR, path.resolve(process.cwd(), "..", "shared"), "/work/shared"].filter((d): d is string => !!d);
const sharedDir = sharedCandidates.find((d) => fs.existsSync(path.join(d, "research", "real", "bilateral", "SOURCE.md"))) ?? sharedCandidates[0];
const dataDir = path.resolve(args.includes("--data") ? args[args.indexOf("--data") + 1] : path.join(sharedDir, "research", "real", "bilateral"));
const outDir = path.join(process.cwd(), "db", "seed", "official");
const read = (...p: string[]) => fs.readFileSync(path.join(dataDir, ...p), "utf8");

const FULL_YEARS = [2022, 2024];
const baciLabel = (year: number) => `BACI ${year <= 2016 ? "HS02" : "HS17"} V202601`;
const baciSource = (year: number) => (year <= 2016 ? S.baciHs02 : S.baciHs17);

// Countries: BACI's table maps ISO2 (flows files) to ISO3.
const countries = parseCsv(read("baci", "country_codes_V202601.csv")).rows;
const iso2to3 = new Map(countries.filter((c) => c.country_iso2).map((c) => [c.country_iso2, c.country_iso3]));
const toIso3 = (iso2: string) => BACI_SPECIAL[iso2] ?? iso2to3.get(iso2) ?? null;

let rows: OfficialRow[] = [];

// 1. Complete BACI files (2022, 2024): every importer, every supplier of Japan, totals.
for (const year of FULL_YEARS) {
  const flows = parseCsv(read("baci", `baci_${year}.csv`)).rows.map((r) => ({ exporter: r.i, importer: r.j, hs: r.cmd, valueUsd: Number(r.value) }));
  rows.push(...deriveBaciYear(flows, { year, sourceId: baciSource(year), label: baciLabel(year) }));
}

// 2. The other years from the truncated flows: magnets as shares of BACI's yearly totals, the rest as values.
const magnets = JSON.parse(read("baci", "magnet_trade.json")) as {
  years_data: Record<string, Record<string, { importers: { iso: string; value_usd: number }[] }>>;
};
for (let year = 2002; year <= 2024; year++) {
  if (FULL_YEARS.includes(year)) continue;
  const flows = JSON.parse(read("baci-flows", `flows_${year}.json`)) as { materials: Record<string, { from: string; to: string; value: number }[]> };
  const japanTotal = magnets.years_data[String(year)]["850511"].importers.find((i) => i.iso === "JP");
  if (!japanTotal) throw new Error(`magnet_trade.json: no Japan total for ${year}`);
  rows.push(
    ...deriveMagnetYear({
      year,
      japanTotalUsd: japanTotal.value_usd,
      flowsIntoJapan: (flows.materials.magnets ?? []).filter((f) => f.to === "JP"),
      sourceId: baciSource(year),
      label: baciLabel(year),
      iso2to3: toIso3,
    }),
  );
  for (const code of BILATERAL_CODES) {
    if (!code.flowsKey || code.hs === "850511") continue;
    const flow = (flows.materials[code.flowsKey] ?? []).find((f) => f.from === "CN" && f.to === "JP");
    rows.push(...deriveFlowValues({ year, hs: code.hs, material: code.material, chinaToJapanUsd: flow?.value, sourceId: baciSource(year), label: baciLabel(year) }));
  }
}

// 3. Comtrade: Japan's declaration and China's mirror, 2022 and 2024.
function comtrade(year: number): ComtradeRow[] {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(dataDir, "comtrade", `comtrade_${year}.csv.gz`))).toString("utf8");
  return parseCsv(text).rows.map((r) => ({
    reporter: Number(r.reporter),
    partner: Number(r.partner),
    hs: r.cmd,
    flow: r.flow as "M" | "X",
    valueUsd: Number(r.value),
    netWeightKg: r.netwgt === undefined || r.netwgt === "" ? null : Number(r.netwgt),
    qtyUnit: r.qtyunit === undefined || r.qtyunit === "" ? null : Number(r.qtyunit),
  }));
}
rows.push(...deriveComtradeYear(comtrade(2022), { year: 2022, japanSourceId: S.comtradeJapan2022, chinaSourceId: S.comtradeChina2022 }));
rows.push(...deriveComtradeYear(comtrade(2024), { year: 2024, japanSourceId: S.comtradeJapan2024, chinaSourceId: S.comtradeChina2024 }));
rows = promoteDeclaredWhereNoBaci(rows, new Set([S.comtradeJapan2022, S.comtradeJapan2024]));

// 4. China's monthly exports to Japan (mirror), 2017–2024.
const monthly = parseCsv(read("china-exports-monthly", "deep_dive_hs6_monthly.csv")).rows.map((r) => ({ month: r.period_dt, partnerName: r.partner_name, hs: r.hs6, valueUsd: Number(r.val) }));
rows.push(...deriveMonthlyMirror(monthly, { sourceId: S.chinaMonthly }));

const outputs = {
  "sources.csv": toCsv(["id", "title", "publisher", "published", "url", "kind", "locator"], OFFICIAL_SOURCES, { bom: false }),
  "trade_shares.csv": toCsv(officialColumns, rows.map((r, i) => ({ id: OFFICIAL_ROW_ID_BASE + i + 1, ...r, half: null, low_pct: null, high_pct: null, bound: null, estimate: false })), { bom: false }),
};

if (args.includes("--check")) {
  const stale = Object.entries(outputs).filter(([f, text]) => !fs.existsSync(path.join(outDir, f)) || fs.readFileSync(path.join(outDir, f), "utf8") !== text);
  if (stale.length) {
    console.error(`db/seed/official is not what the derivation writes: ${stale.map(([f]) => f).join(", ")}`);
    process.exit(1);
  }
  console.log(`db/seed/official matches the derivation (${rows.length} rows)`);
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [f, text] of Object.entries(outputs)) fs.writeFileSync(path.join(outDir, f), text);
  console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), outDir)}`);
}
