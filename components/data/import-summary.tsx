import { useTranslations } from "next-intl";
import { importCountsText, recordPreviewText, skippedCodesText, splitPreview } from "@/lib/import-preview";
import { Link } from "@/lib/i18n/navigation";
import type { ImportSummary as Summary } from "@/lib/imports";
import { ImportPreviewTable } from "./import-preview-table";

/** A dry run's or an import's summary: counts, warnings, skipped codes and the rows it reads. */
export function ImportSummary({ summary: s, title, testId, materialNames }: { summary: Summary; title: string; testId: string; materialNames: Readonly<Record<string, string>> }) {
  const t = useTranslations("data");
  const { shares, records } = splitPreview(s.preview);
  return (
    <div className="rounded-md border border-line bg-canvas p-3 text-sm" data-testid={testId} data-outcome={s.outcome}>
      <p className="font-medium text-ink">{title}</p>
      <p className="mt-1 text-xs text-muted" data-testid="import-counts">
        {importCountsText(s, t)}
      </p>
      {s.outcome === "accepted" && (
        <p className="mt-1 text-xs text-ink" data-testid="import-version" data-version={s.dataVersion ?? ""}>
          {s.dataVersion ? (
            <>
              {t("summary.version", { version: s.dataVersion })}{" "}
              <Link href={{ pathname: "/changes", query: { since: String(s.dataVersion - 1) } }} className="text-accent underline">
                {t("summary.versionLink")}
              </Link>
            </>
          ) : (
            t("summary.noVersion")
          )}
        </p>
      )}
      {/* The importer's warnings are machine text about the file (as its errors are): shown as the API words them. */}
      {s.warnings.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-xs text-amber-900" lang="en">
          {s.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {s.skippedCodes.length > 0 && <p className="mt-1 text-xs text-muted">{t("summary.skippedCodes", { codes: skippedCodesText(s.skippedCodes, t) })}</p>}
      {shares.length > 0 && <ImportPreviewTable shares={shares} materialNames={materialNames} />}
      {records.length > 0 && (
        <ul className="mt-2 text-xs">
          {records.map((r, i) => (
            <li key={i}>{recordPreviewText(r, t)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
