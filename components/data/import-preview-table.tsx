import { partnerName, periodLabel } from "@/lib/format";
import { existingHeadlineText, previewShareText } from "@/lib/import-preview";
import type { SharePreview } from "@/lib/imports";

const HEADERS = ["Material", "Partner", "Period", "Basis", "Share", "Line value?", "Existing line value", "Change"];

/** Each trade share the file gives, whether it becomes the line value, and what it changes. */
export function ImportPreviewTable({ shares }: { shares: SharePreview[] }) {
  return (
    <div className="mt-2 max-h-80 overflow-auto">
      <table className="w-full text-left text-xs" data-testid="import-preview-table">
        <thead className="sticky top-0 bg-canvas text-muted">
          <tr>
            {HEADERS.map((h) => (
              <th key={h} className="py-1 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shares.map((p, i) => (
            <tr key={i} className="border-t border-line" data-material={p.material} data-partner={p.partner} data-year={p.year} data-basis={p.basis}>
              <td className="py-1 pr-3">{p.material}</td>
              <td className="py-1 pr-3">{partnerName(p.partner)}</td>
              <td className="py-1 pr-3">{periodLabel(p)}</td>
              <td className="py-1 pr-3">{p.basis}</td>
              <td className="py-1 pr-3 tabular-nums" data-testid="preview-share">
                {previewShareText(p)}
              </td>
              <td className="py-1 pr-3">{p.headline ? "yes" : ""}</td>
              <td className="py-1 pr-3">{existingHeadlineText(p)}</td>
              <td className="py-1 pr-3">{p.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
