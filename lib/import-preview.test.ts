import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { existingHeadlineText, importCountsText, previewShareText, recordPreviewText, skippedCodesText, splitPreview } from "./import-preview";
import type { ImportSummary, RecordPreview, SharePreview } from "./imports";

/** The /data page's translator in a language, as the panel gets it. */
const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "data" }) as unknown as Translator<"data">;
const en = tr("en");
const ja = tr("ja");

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
    expect(importCountsText(s, en)).toBe("Layout comtrade-legacy-22 · 8 rows read · 2 skipped · 4 to insert, 1 to update, 1 unchanged");
    expect(importCountsText({ ...s, layout: null, outcome: "accepted", rowsWritten: 5 }, en)).toBe(
      "Layout ? · 8 rows read · 2 skipped · 4 to insert, 1 to update, 1 unchanged · 5 written (import #3)",
    );
  });

  const codes = [
    { code: "2846.90", rows: 12 },
    { code: "2805.30", rows: 3 },
  ];

  it("writes shares, existing line values, records and skipped codes", () => {
    expect(previewShareText(share("CHN"), en, "en")).toBe("~80%");
    expect(previewShareText(share("CHN", { sharePct: 75, estimate: false }), en, "en")).toBe("75%");
    expect(previewShareText(share("CHN", { sharePct: null }), en, "en")).toBe("level only");
    expect(existingHeadlineText(share("CHN"), en)).toBe("");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 81.61, sourceId: 8, basis: "volume" } }), en)).toBe("81.61% (source 8)");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 80, sourceId: 40, basis: "unspecified" } }), en)).toBe("80% (unspecified basis, source 40)");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: null, sourceId: 9, basis: "volume" } }), en)).toBe("range (source 9)");
    expect(recordPreviewText(project, en)).toBe("insert: Lynas offtake");
    expect(skippedCodesText(codes, en)).toBe("2846.90 (12), 2805.30 (3)");
  });

  it("writes them in Japanese", () => {
    expect(importCountsText(s, ja)).toBe("形式 comtrade-legacy-22・読込8行・スキップ2行・追加4件、更新1件、変更なし1件");
    expect(importCountsText({ ...s, rowsRead: 12500, outcome: "accepted", rowsWritten: 5 }, ja)).toBe("形式 comtrade-legacy-22・読込12,500行・スキップ2行・追加4件、更新1件、変更なし1件・書込5件（取込番号 3）");
    expect(previewShareText(share("CHN"), ja, "ja")).toBe("約80%");
    expect(previewShareText(share("CHN", { sharePct: null }), ja, "ja")).toBe("数量・金額のみ");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 81.61, sourceId: 8, basis: "volume" } }), ja)).toBe("81.61%（出典8）");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: 80, sourceId: 40, basis: "value" } }), ja)).toBe("80%（金額ベース、出典40）");
    expect(existingHeadlineText(share("CHN", { existingHeadline: { id: 1, sharePct: null, sourceId: 9, basis: "volume" } }), ja)).toBe("幅（出典9）");
    expect(recordPreviewText(project, ja)).toBe("追加：Lynas offtake");
    expect(recordPreviewText({ ...project, change: "unchanged" }, ja)).toBe("変更なし：Lynas offtake");
    expect(skippedCodesText(codes, ja)).toBe("2846.90（12行）、2805.30（3行）");
  });
});
