// Reporter-declared figures (UN Comtrade): Japan's own declaration and China's mirror, and the
// fallback headline where BACI has no row. Pure, like ./derive.ts.
import { HEADLINE_KEPT, isBilateralCode, materialForCode } from "./codes";
import { CHINA, JAPAN, pct, type OfficialRow } from "./derive";

const usd = (v: number) => Math.round(v).toLocaleString("en-US");
const round3 = (v: number) => Math.round(v * 1000) / 1000;

export type ComtradeRow = { reporter: number; partner: number; hs: string; flow: "M" | "X"; valueUsd: number; netWeightKg: number | null; qtyUnit: number | null };

/** A net weight that is a weight: 0 with unit −1, blank or 0 for a positive value is missing (SOURCE.md). */
export function validWeight(r: ComtradeRow): number | null {
  if (r.netWeightKg === null || !Number.isFinite(r.netWeightKg) || r.qtyUnit === -1) return null;
  if (r.netWeightKg <= 0 && r.valueUsd > 0) return null;
  return r.netWeightKg;
}

const M49_JAPAN = 392;
const M49_CHINA = 156;
const M49_WORLD = 0;

/**
 * Japan's own declaration (reporter 392, imports) and China's mirror (reporter 156, exports to 392)
 * for one year: China's share of Japan's imports by value and by weight as Japan reports them, and
 * China's reported exports to Japan over Japan's reported total (flagged mirror; left as a value
 * when it would exceed 100%, since the two reporters' figures need not agree).
 */
export function deriveComtradeYear(
  rows: Iterable<ComtradeRow>,
  opts: { year: number; japanSourceId: number; chinaSourceId: number },
): OfficialRow[] {
  const japan = new Map<string, ComtradeRow>(); // `${hs}|${partner}`
  const mirror = new Map<string, ComtradeRow>();
  for (const r of rows) {
    if (!isBilateralCode(r.hs)) continue;
    if (r.reporter === M49_JAPAN && r.flow === "M" && (r.partner === M49_WORLD || r.partner === M49_CHINA)) japan.set(`${r.hs}|${r.partner}`, r);
    if (r.reporter === M49_CHINA && r.flow === "X" && r.partner === M49_JAPAN) mirror.set(r.hs, r);
  }
  const out: OfficialRow[] = [];
  const hsCodes = [...new Set([...japan.keys()].map((k) => k.split("|")[0]).concat([...mirror.keys()]))].sort();
  for (const hs of hsCodes) {
    const material = materialForCode(hs)!;
    const world = japan.get(`${hs}|${M49_WORLD}`);
    const china = japan.get(`${hs}|${M49_CHINA}`);
    const base = { year: opts.year, month: null, period: "annual" as const, material, importer: JAPAN, partner: CHINA, hs_code: hs, headline: false };
    if (world && china && world.valueUsd > 0) {
      out.push({
        ...base,
        share_pct: pct(china.valueUsd, world.valueUsd),
        value_usd: round3(china.valueUsd),
        volume_tonnes: null,
        basis: "value",
        derived: true,
        mirror: false,
        source_id: opts.japanSourceId,
        note: `Japan's declaration, HS ${hs}: ${usd(china.valueUsd)} of ${usd(world.valueUsd)} USD from all partners.`,
      });
      const cw = validWeight(china);
      const ww = validWeight(world);
      if (cw !== null && ww !== null && ww > 0) {
        out.push({
          ...base,
          share_pct: pct(cw, ww),
          value_usd: null,
          volume_tonnes: round3(cw / 1000),
          basis: "volume",
          derived: true,
          mirror: false,
          source_id: opts.japanSourceId,
          note: `Japan's declaration, HS ${hs}: ${usd(cw)} of ${usd(ww)} kg from all partners.`,
        });
      }
    }
    const m = mirror.get(hs);
    if (m && m.valueUsd > 0) {
      const share = world && world.valueUsd > 0 ? pct(m.valueUsd, world.valueUsd) : null;
      const mw = validWeight(m);
      out.push({
        ...base,
        share_pct: share !== null && share <= 100 ? share : null,
        value_usd: round3(m.valueUsd),
        volume_tonnes: mw !== null ? round3(mw / 1000) : null,
        basis: "value",
        derived: true,
        mirror: true,
        source_id: opts.chinaSourceId,
        note:
          share === null
            ? `China's reported exports to Japan, HS ${hs}; Japan reports no total to divide by.`
            : share > 100
              ? `China's reported exports to Japan, HS ${hs}, exceed Japan's reported imports from all partners (${share}%): value only.`
              : `China's reported exports to Japan, HS ${hs}, over Japan's reported imports from all partners (${usd(world!.valueUsd)} USD).`,
      });
    }
  }
  return out;
}

/**
 * Where Japan has no BACI headline for a material and year (hafnium: not in the BACI extracts),
 * Japan's own declaration by value becomes the headline: the best official figure there is.
 * Materials that keep an existing series (HEADLINE_KEPT) are left alone.
 */
export function promoteDeclaredWhereNoBaci(rows: OfficialRow[], declaredSourceIds: ReadonlySet<number>): OfficialRow[] {
  const slot = (r: OfficialRow) => `${r.importer}|${r.material}|${r.partner}|${r.year}`;
  const taken = new Set(rows.filter((r) => r.headline).map(slot));
  return rows.map((r) => {
    const eligible = r.importer === JAPAN && r.partner === CHINA && r.period === "annual" && r.basis === "value" && !r.mirror && r.share_pct !== null && declaredSourceIds.has(r.source_id) && !HEADLINE_KEPT.has(r.material);
    if (!eligible || taken.has(slot(r))) return r;
    taken.add(slot(r));
    return { ...r, headline: true };
  });
}
