// What the import panel shows of a summary: the counts line and the preview rows, split into
// trade shares (a table) and incidents or projects (a list).

import { formatPct } from "./format";
import type { ImportSummary, PreviewRow, RecordPreview, SharePreview } from "./imports";

/** Trade shares by partner (the World row is the denominator, not a partner) and the other records. */
export function splitPreview(preview: PreviewRow[]): { shares: SharePreview[]; records: RecordPreview[] } {
  return {
    shares: preview.filter((p): p is SharePreview => p.type === "trade_share" && p.partner !== "WLD"),
    records: preview.filter((p): p is RecordPreview => p.type !== "trade_share"),
  };
}

/** "Layout comtrade-legacy-22 · 8 rows read · …", and what was written once accepted. */
export function importCountsText(s: ImportSummary): string {
  const written = s.outcome === "accepted" ? ` · ${s.rowsWritten} written (import #${s.importId})` : "";
  return `Layout ${s.layout ?? "?"} · ${s.rowsRead} rows read · ${s.rowsSkipped} skipped · ${s.inserted} to insert, ${s.updated} to update, ${s.unchanged} unchanged${written}`;
}

/** A previewed share: "~80%", or "level only" when the file gives a level without a total to divide by. */
export function previewShareText(p: Pick<SharePreview, "sharePct" | "estimate">): string {
  return p.sharePct === null ? "level only" : `${p.estimate ? "~" : ""}${formatPct(p.sharePct)}`;
}

/**
 * The line value another row already holds for the same year: "81.61% (source 8)"; when it is a
 * share of something else (volume against value) it says so, since the two are not comparable:
 * "80% (unspecified basis, source 40)". "" when none.
 */
export function existingHeadlineText(p: Pick<SharePreview, "existingHeadline" | "basis">): string {
  const e = p.existingHeadline;
  if (!e) return "";
  const basis = e.basis !== p.basis ? `${e.basis} basis, ` : "";
  return `${e.sharePct ?? "range"}% (${basis}source ${e.sourceId})`;
}

/** "insert: Lynas offtake" for a previewed incident or project. */
export function recordPreviewText(r: RecordPreview): string {
  return `${r.change}: ${r.label}`;
}

/** Commodity codes skipped for want of a material, with their rows: "2846.90 (12), 2805.30 (3)". */
export function skippedCodesText(codes: ImportSummary["skippedCodes"]): string {
  return codes.map((c) => `${c.code} (${c.rows})`).join(", ");
}
