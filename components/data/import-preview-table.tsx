import { ScrollRegion } from "@/components/projects/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import { partnerName, periodLabel } from "@/lib/format";
import { existingHeadlineText, previewShareText } from "@/lib/import-preview";
import type { SharePreview } from "@/lib/imports";

const COLUMNS: TableColumn<SharePreview>[] = [
  { key: "material", header: "Material", cell: (p) => p.material },
  { key: "partner", header: "Partner", cell: (p) => partnerName(p.partner) },
  { key: "period", header: "Period", cell: (p) => periodLabel(p) },
  { key: "basis", header: "Basis", cell: (p) => p.basis },
  { key: "share", header: "Share", cellClassName: "tabular-nums", cellTestId: "preview-share", cell: (p) => previewShareText(p) },
  { key: "headline", header: "Line value?", cell: (p) => (p.headline ? "yes" : "") },
  { key: "existing", header: "Existing line value", cell: (p) => existingHeadlineText(p) },
  { key: "change", header: "Change", cell: (p) => p.change },
];

/** Each trade share the file gives, whether it becomes the line value, and what it changes. */
export function ImportPreviewTable({ shares }: { shares: SharePreview[] }) {
  // A file may give the same share twice: rows are keyed by their place in the preview.
  const place = new Map(shares.map((p, i) => [p, i]));
  return (
    <ScrollRegion label="Preview of the file's trade shares" scrolls="sideways and down" className="mt-2 max-h-80">
      <Table
        data-testid="import-preview-table"
        headClassName="sticky top-0 bg-canvas text-muted"
        columns={COLUMNS}
        rows={shares}
        rowKey={(p) => place.get(p)!}
        rowProps={(p) => ({ "data-material": p.material, "data-partner": p.partner, "data-year": p.year, "data-basis": p.basis })}
      />
    </ScrollRegion>
  );
}
