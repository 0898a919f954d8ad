// Pure derivations from the official bilateral extracts to trade-share rows. No file access:
// scripts/derive-bilateral.ts reads the shared files and writes the seed; the BACI importer feeds
// CEPII's standard files through `deriveBaciYear` too, so the seed and an import agree row for row.
import { BACI_SPECIAL, CHINA, HEADLINE_KEPT, isBilateralCode, JAPAN, materialForCode, WORLD } from "./codes";

export { CHINA, JAPAN, WORLD } from "./codes";

/** One derived row, in the seed file's columns (snake_case), without its id. */
export type OfficialRow = {
  year: number;
  month: number | null;
  period: "annual" | "monthly";
  material: string;
  importer: string;
  partner: string;
  hs_code: string;
  share_pct: number | null;
  volume_tonnes: number | null;
  value_usd: number | null;
  basis: "value" | "volume";
  derived: boolean;
  mirror: boolean;
  headline: boolean;
  source_id: number;
  note: string | null;
};

/** Shares are stored to two decimals, as the seed's other shares (81.61). */
export function pct(part: number, whole: number): number {
  return Math.round((part / whole) * 10000) / 100;
}
const usd = (v: number) => Math.round(v).toLocaleString("en-US");
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** ISO alpha-3 as the product stores it, or null for BACI's non-country groupings (R20, ZA1 …). */
export function productCountry(code: string): string | null {
  if (BACI_SPECIAL[code]) return BACI_SPECIAL[code];
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

export type BaciFlow = { exporter: string; importer: string; hs: string; valueUsd: number; tonnes?: number | null };

/**
 * One year of a complete BACI file (every exporter → importer flow of the product's codes):
 * - for Japan, every supplier's share of Japan's imports, China's as the headline, and the total;
 * - for every other importer, China's share (0 where BACI records no flow from China: the file is
 *   complete, so an absent flow is no trade) and the total, for the peers card.
 * An importer's total is the sum over all exporters, non-country groupings included.
 */
export function deriveBaciYear(flows: Iterable<BaciFlow>, opts: { year: number; sourceId: number; label: string }): OfficialRow[] {
  const totals = new Map<string, { total: number; byExporter: Map<string, { v: number; q: number | null }> }>();
  for (const f of flows) {
    if (!isBilateralCode(f.hs) || !(f.valueUsd > 0)) continue;
    const key = `${f.importer}|${f.hs}`;
    let t = totals.get(key);
    if (!t) totals.set(key, (t = { total: 0, byExporter: new Map() }));
    t.total += f.valueUsd;
    const e = t.byExporter.get(f.exporter) ?? { v: 0, q: 0 };
    e.v += f.valueUsd;
    e.q = e.q === null || f.tonnes == null || !Number.isFinite(f.tonnes) ? null : e.q + f.tonnes;
    t.byExporter.set(f.exporter, e);
  }
  const rows: OfficialRow[] = [];
  const base = { year: opts.year, month: null, period: "annual" as const, basis: "value" as const, derived: true, mirror: false, source_id: opts.sourceId, volume_tonnes: null };
  for (const key of [...totals.keys()].sort()) {
    const [rawImporter, hs] = key.split("|");
    const importer = productCountry(rawImporter);
    const material = materialForCode(hs);
    if (!importer || !material || importer === CHINA) continue;
    const { total, byExporter } = totals.get(key)!;
    const world: OfficialRow = { ...base, material, importer, partner: WORLD, hs_code: hs, share_pct: null, value_usd: Math.round(total), headline: false, note: null };
    if (importer === JAPAN) {
      for (const exporter of [...byExporter.keys()].sort()) {
        const partner = productCountry(exporter);
        if (!partner || partner === JAPAN) continue;
        const { v, q } = byExporter.get(exporter)!;
        rows.push({
          ...base,
          material,
          importer,
          partner,
          hs_code: hs,
          share_pct: pct(v, total),
          value_usd: Math.round(v),
          volume_tonnes: q !== null && q > 0 ? round3(q) : null,
          headline: partner === CHINA && !HEADLINE_KEPT.has(material),
          note: `${opts.label}, HS ${hs}: ${usd(v)} of Japan's ${usd(total)} USD.`,
        });
      }
      rows.push({ ...world, note: `${opts.label}, HS ${hs}: Japan's imports from all partners.` });
    } else {
      const china = byExporter.get(CHINA)?.v ?? 0;
      rows.push({
        ...base,
        material,
        importer,
        partner: CHINA,
        hs_code: hs,
        share_pct: pct(china, total),
        value_usd: Math.round(china),
        headline: true,
        note: china === 0 ? "BACI records no flow from China." : null,
      });
      rows.push(world);
    }
  }
  return rows;
}

/** magnet_trade.json's total for Japan, and the flows into Japan from flows_<year>.json (truncated: top 6 each way). */
export function deriveMagnetYear(input: {
  year: number;
  japanTotalUsd: number;
  flowsIntoJapan: { from: string; value: number }[];
  sourceId: number;
  label: string;
  iso2to3: (iso2: string) => string | null;
}): OfficialRow[] {
  const { year, japanTotalUsd: total } = input;
  const base = { year, month: null, period: "annual" as const, material: "permanent-magnets", importer: JAPAN, hs_code: "850511", basis: "value" as const, derived: true, mirror: false, source_id: input.sourceId, volume_tonnes: null };
  const rows: OfficialRow[] = [];
  const sorted = [...input.flowsIntoJapan].sort((a, b) => a.from.localeCompare(b.from));
  for (const f of sorted) {
    const partner = input.iso2to3(f.from);
    if (!partner || !(f.value > 0)) continue;
    rows.push({
      ...base,
      partner,
      share_pct: pct(f.value, total),
      value_usd: Math.round(f.value),
      headline: partner === CHINA,
      note: `${input.label}, HS 850511: ${usd(f.value)} of Japan's ${usd(total)} USD (total from BACI's yearly totals).`,
    });
  }
  rows.push({ ...base, partner: WORLD, share_pct: null, value_usd: Math.round(total), headline: false, note: `${input.label}, HS 850511: Japan's imports from all partners.` });
  return rows;
}

/**
 * China → Japan values from a truncated flows file for a year with no complete file: values only.
 * The extract keeps each importer's top 6 suppliers, so there is no total to divide by, and a flow
 * that is absent is unknown (no row is written, never a zero).
 */
export function deriveFlowValues(input: { year: number; hs: string; material: string; chinaToJapanUsd: number | undefined; sourceId: number; label: string }): OfficialRow[] {
  if (input.chinaToJapanUsd === undefined || !(input.chinaToJapanUsd > 0)) return [];
  return [
    {
      year: input.year,
      month: null,
      period: "annual",
      material: input.material,
      importer: JAPAN,
      partner: CHINA,
      hs_code: input.hs,
      share_pct: null,
      volume_tonnes: null,
      value_usd: Math.round(input.chinaToJapanUsd),
      basis: "value",
      derived: false,
      mirror: false,
      headline: false,
      source_id: input.sourceId,
      note: `${input.label}, HS ${input.hs}: value only; the extract keeps top flows and has no total for this year.`,
    },
  ];
}

export type MonthlyMirrorRow = { month: string; partnerName: string; hs: string; valueUsd: number };

/** China's reported monthly exports to Japan: values only (the extract's quantities are unreliable). A month absent from the file is a gap. */
export function deriveMonthlyMirror(rows: Iterable<MonthlyMirrorRow>, opts: { sourceId: number }): OfficialRow[] {
  const out: OfficialRow[] = [];
  for (const r of rows) {
    if (r.partnerName !== "Japan") continue;
    const material = materialForCode(r.hs);
    const m = /^(\d{4})-(\d{2})/.exec(r.month);
    if (!material || !m || !Number.isFinite(r.valueUsd) || r.valueUsd < 0) continue;
    out.push({
      year: Number(m[1]),
      month: Number(m[2]),
      period: "monthly",
      material,
      importer: JAPAN,
      partner: CHINA,
      hs_code: r.hs,
      share_pct: null,
      volume_tonnes: null,
      value_usd: round3(r.valueUsd),
      basis: "value",
      derived: false,
      mirror: true,
      headline: false,
      source_id: opts.sourceId,
      note: null,
    });
  }
  return out.sort((a, b) => a.hs_code.localeCompare(b.hs_code) || a.year - b.year || a.month! - b.month!);
}
