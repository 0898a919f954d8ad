import { useLocale, useMessages, useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import { partnerName, periodLabel } from "@/lib/format";
import { existingHeadlineText, previewShareText } from "@/lib/import-preview";
import type { SharePreview } from "@/lib/imports";
import { enumLabel } from "@/lib/labels";

/**
 * Each trade share the file gives, whether it becomes the line value, and what it changes.
 * `materialNames` words each material slug in the page's language (a slug not in it is shown as it is).
 */
export function ImportPreviewTable({ shares, materialNames }: { shares: SharePreview[]; materialNames: Readonly<Record<string, string>> }) {
  const t = useTranslations("data");
  const locale = useLocale();
  const enums = useMessages().enums;
  const columns: TableColumn<SharePreview>[] = [
    { key: "material", header: t("preview.material"), cell: (p) => materialNames[p.material] ?? p.material },
    { key: "partner", header: t("preview.partner"), cell: (p) => partnerName(p.partner, locale) },
    { key: "period", header: t("preview.period"), cell: (p) => periodLabel(p, locale) },
    { key: "basis", header: t("preview.basis"), cell: (p) => enumLabel(enums.basis, p.basis) },
    { key: "share", header: t("preview.share"), cellClassName: "tabular-nums", cellTestId: "preview-share", cell: (p) => previewShareText(p, t, locale) },
    { key: "headline", header: t("preview.headline"), cell: (p) => (p.headline ? t("preview.yes") : "") },
    { key: "existing", header: t("preview.existing"), cell: (p) => existingHeadlineText(p, t) },
    { key: "change", header: t("preview.change"), cell: (p) => t(`changes.${p.change}`) },
  ];
  // A file may give the same share twice: rows are keyed by their place in the preview.
  const place = new Map(shares.map((p, i) => [p, i]));
  return (
    <ScrollRegion label={t("preview.label")} scrolls="sideways and down" className="mt-2 max-h-80">
      <Table
        data-testid="import-preview-table"
        // Sideways scrolling rather than a column per character: CJK words break anywhere at 390 px.
        className="w-full whitespace-nowrap text-left text-xs"
        headClassName="sticky top-0 bg-canvas text-muted"
        columns={columns}
        rows={shares}
        rowKey={(p) => place.get(p)!}
        rowProps={(p) => ({ "data-material": p.material, "data-partner": p.partner, "data-year": p.year, "data-basis": p.basis })}
      />
    </ScrollRegion>
  );
}
