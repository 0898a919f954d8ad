import { describe, expect, it } from "vitest";
import { existingHeadlineText, importCountsText, previewShareText, recordPreviewText, skippedCodesText, splitPreview } from "./import-preview";
import type { ImportSummary, RecordPreview, SharePreview } from "./imports";

const share = (partner: string, extra: Partial<SharePreview> = {}): SharePreview => ({
  type: "trade_share",
  line: 2,
  material: "rare-earth-metals",
  partner,
  year: 2012,
  period: "annual",
  month: null,
  half: null,
  basis: "volume",
  sharePct: 80,
  volumeTonnes: 3.2,
  valueUsd: null,
  estimate: true,
  headline: true,
  existingHeadline: null,
  change: "insert",
  ...extra,
});
const project: RecordPreview = { type: "project", line: 4, id: null, label: "Lynas offtake", change: "insert" };

describe("splitPreview", () => {
  it("drops the World row and puts incidents and projects apart", () => {
    const { shares, records } = splitPreview([share("WLD"), share("CHN"), project, share("USA")]);
    expect(shares.map((s) => s.partner)).toEqual(["CHN", "USA"]);
    expect(records).toEqual([project]);
  });
});

describe("summary text", () => {
  const s = { layout: "comtrade-legacy-22", rowsRead: 8, rowsSkipped: 2, inserted: 4, updated: 1, unchanged: 1, outcome: "dry_run", rowsWritten: 0, importId: 3 } as ImportSummary;

  it("counts rows, and names what was written once accepted", () => {
    expect(importCountsText(s)).toBe("Layout comtrade-legacy-22 · 8 rows read · 2 skipped · 4 to insert, 1 to update, 1 unchanged");
    expect(importCountsText({ ...s, layout: null, outcome: "accepted", rowsWritten: 5 })).toBe(
      "Layout ? · 8 rows read · 2 skipped · 4 to insert, 1 to update, 1 unchanged · 5 written (import #3)",
    );
  });

  it("writes shares, existing line values, records and skipped codes", () => {
    expect(previewShareText(share("CHN"))).toBe("~80%");
    expect(previewShareText(share("CHN", { sharePct: 75, estimate: false }))).toBe("75%");
    expect(previewShareText(share("CHN", { sharePct: null }))).toBe("level only");
    expect(existingHeadlineText(share("CHN"))).toBe("");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 81.61, sourceId: 8, basis: "volume" } }))).toBe("81.61% (source 8)");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 80, sourceId: 40, basis: "unspecified" } }))).toBe("80% (unspecified basis, source 40)");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: null, sourceId: 9, basis: "volume" } }))).toBe("range% (source 9)");
    expect(recordPreviewText(project)).toBe("insert: Lynas offtake");
    expect(skippedCodesText([{ code: "2846.90", rows: 12 }, { code: "2805.30", rows: 3 }])).toBe("2846.90 (12), 2805.30 (3)");
  });
});
