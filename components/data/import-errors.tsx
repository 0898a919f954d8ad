import { useTranslations } from "next-intl";
import type { RejectedImport } from "@/lib/import-flow";

/** A refused file: the server's message and each problem's line and column (the first ones when there are many). */
export function ImportErrors({ rejected: r }: { rejected: RejectedImport }) {
  const t = useTranslations("data.errors");
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm" data-testid="import-errors">
      {/* The API's message and problems are machine text (English in both languages); the table around them is the page's. */}
      <p className="font-medium text-red-900" lang="en">
        {r.message}
      </p>
      <table className="mt-2 text-xs">
        <thead className="text-red-900">
          <tr>
            <th className="pr-3 text-left font-medium">{t("line")}</th>
            <th className="pr-3 text-left font-medium">{t("column")}</th>
            <th className="text-left font-medium">{t("problem")}</th>
          </tr>
        </thead>
        <tbody>
          {r.errors.map((e, i) => (
            <tr key={i}>
              <td className="pr-3 tabular-nums">{e.line || "—"}</td>
              <td className="pr-3">{e.column ?? "—"}</td>
              <td lang="en">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.errorCount > r.errors.length && (
        <p className="mt-1 text-xs">
          {t("more", { more: r.errorCount - r.errors.length, shown: r.errors.length })}
        </p>
      )}
    </div>
  );
}
