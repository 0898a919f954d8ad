// What the import panel shows of a summary: the counts line and the preview rows, split into
// trade shares (a table) and incidents or projects (a list), in the page's language.

import { formatPct, formatShare } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { ImportSummary, PreviewRow, RecordPreview, SharePreview } from "./imports";

type T = Translator<"data">;

/** Trade shares by partner (the World row is the denominator, not a partner) and the other records. */
export function splitPreview(preview: PreviewRow[]): { shares: SharePreview[]; records: RecordPreview[] } {
  return {
    shares: preview.filter((p): p is SharePreview => p.type === "trade_share" && p.partner !== "WLD"),
    records: preview.filter((p): p is RecordPreview => p.type !== "trade_share"),
  };
}

/** "Layout comtrade-legacy-22 · 8 rows read · …", and what was written once accepted. */
export function importCountsText(s: ImportSummary, t: T): string {
  const counts = { layout: s.layout ?? "?", read: s.rowsRead, skipped: s.rowsSkipped, inserted: s.inserted, updated: s.updated, unchanged: s.unchanged };
  return s.outcome === "accepted" ? t("summary.countsWritten", { ...counts, written: s.rowsWritten, id: String(s.importId) }) : t("summary.counts", counts);
}

/** A previewed share: "~80%" / 「約80%」, or "level only" when the file gives a level without a total to divide by. */
export function previewShareText(p: Pick<SharePreview, "sharePct" | "estimate">, t: T, locale: Locale): string {
  return p.sharePct === null ? t("preview.levelOnly") : formatShare({ sharePct: p.sharePct, low: null, high: null, bound: null, estimate: p.estimate }, locale);
}

/**
 * The line value another row already holds for the same year: "81.61% (source 8)"; when it is a
 * share of something else (volume against value) it says so, since the two are not comparable:
 * "80% (unspecified basis, source 40)". "" when none.
 */
export function existingHeadlineText(p: Pick<SharePreview, "existingHeadline" | "basis">, t: T): string {
  const e = p.existingHeadline;
  if (!e) return "";
  const share = e.sharePct === null ? t("preview.range") : formatPct(e.sharePct);
  const id = String(e.sourceId);
  return e.basis !== p.basis ? t("preview.existingOtherBasis", { share, basis: e.basis, id }) : t("preview.existingValue", { share, id });
}

/** "insert: Lynas offtake" / 「追加：Lynas offtake」 for a previewed incident or project (the label is the file's). */
export function recordPreviewText(r: RecordPreview, t: T): string {
  return t("summary.record", { change: t(`changes.${r.change}`), label: r.label });
}

/** Commodity codes skipped for want of a material, with their rows: "2846.90 (12), 2805.30 (3)"; 「2846.90（12行）、2805.30（3行）」. */
export function skippedCodesText(codes: ImportSummary["skippedCodes"], t: T): string {
  return codes.map((c) => t("summary.skippedCode", { code: c.code, rows: c.rows })).join(t("summary.listSeparator"));
}
