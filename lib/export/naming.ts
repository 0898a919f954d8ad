// File names and dates for exports.

/** "dependence-rare-earths-2008-2026"; several materials are joined with "_" (slugs use hyphens). */
export function exportFileName({ chart, materials, from, to }: { chart: string; materials: string[]; from: number; to: number }): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return [safe(chart), materials.map(safe).filter(Boolean).join("_"), String(from), String(to)].filter(Boolean).join("-");
}

/** The local calendar date as YYYY-MM-DD (the export date the user sees on their clock). */
export function localIsoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The latest of partial ISO dates ("2025", "2015-04", "2026-01-12"), as written. A more precise
 * date in the same period counts as later, which is what string order gives for ISO prefixes.
 */
export function latestDate(dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && /^\d{4}(-\d{2}){0,2}$/.test(d) && (best === null || d > best)) best = d;
  return best;
}

/**
 * "REE Monitor · data as of 2026-01 · exported 2026-03-14". Without a dated source the footer says
 * why in words: "no values drawn" when the chart is empty, else "sources undated".
 */
export function exportFooter({ app = "REE Monitor", dataAsOf, exported, empty = false }: { app?: string; dataAsOf: string | null; exported: string; empty?: boolean }): string {
  const asOf = dataAsOf ? `data as of ${dataAsOf}` : empty ? "no values drawn" : "sources undated";
  return `${app} · ${asOf} · exported ${exported}`;
}
