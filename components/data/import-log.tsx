import { useMessages, useTranslations } from "next-intl";
import type { ImportOutcome } from "@/lib/enums";
import type { ImportAuditDto } from "@/lib/imports";
import { enumLabel } from "@/lib/labels";

// Badge styles only; the words are the outcome labels. Keyed by every outcome, so a new one
// cannot go unstyled unnoticed.
const OUTCOME_CLASSES: Record<ImportOutcome, string> = {
  accepted: "bg-emerald-50 text-emerald-800 border-emerald-200",
  rejected: "bg-red-50 text-red-800 border-red-200",
  dry_run: "bg-slate-50 text-slate-700 border-slate-200",
};

// The audit row's outcome is the stored string: an unknown one is shown as it is, unstyled.
// The API's message about a line is machine text (English in both languages).
const msg = (chunks: React.ReactNode) => <span lang="en">{chunks}</span>;
const outcomeClass = (outcome: string) => (OUTCOME_CLASSES as Record<string, string>)[outcome] ?? "";

/**
 * Every import attempt, newest first: when, what, and what came of it. Anyone sees counts and
 * outcomes; who sent it, the file name and the error details are the administrator's view.
 */
export function ImportLog({ entries }: { entries: ImportAuditDto[] }) {
  const t = useTranslations("data.log");
  const enums = useMessages().enums;
  const admin = entries.some((e) => e.view === "admin");
  const headers = [t("when"), t("who"), t("kind"), t("file"), t("sha256"), t("read"), t("written"), t("skipped"), t("outcome")];
  return (
    <section aria-labelledby="log-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="log-title" className="text-base font-semibold text-ink">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">
        {t("intro", { view: admin ? "admin" : "public" })}
      </p>
      {entries.length === 0 ? (
        <p className="py-4 text-sm text-muted">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto" role="region" aria-label={t("region")} tabIndex={0}>
          <table className="w-full text-left text-xs" data-testid="import-log" data-view={admin ? "admin" : "public"}>
            <thead className="text-muted">
              <tr>
                {headers.map((h) => (
                  <th key={h} className="whitespace-nowrap py-1 pr-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-t border-line align-top" data-testid="import-log-row" data-outcome={e.outcome} data-import-id={e.id}>
                  <td className="py-1 pr-3 tabular-nums whitespace-nowrap">{e.createdAt.replace("T", " ").slice(0, 19)}</td>
                  <td className="py-1 pr-3">{e.actor ?? "—"}</td>
                  <td className="py-1 pr-3 font-mono" title={enumLabel(enums.importKind, e.kind)}>
                    {e.kind}
                  </td>
                  <td className="max-w-56 truncate py-1 pr-3" title={e.fileName}>
                    {e.fileName ?? "—"}
                  </td>
                  <td className="py-1 pr-3 font-mono" title={e.sha256}>
                    {e.sha256.slice(0, 12)}…
                  </td>
                  <td className="py-1 pr-3 tabular-nums">{e.rowsRead}</td>
                  <td className="py-1 pr-3 tabular-nums">{e.rowsWritten}</td>
                  <td className="py-1 pr-3 tabular-nums">{e.rowsSkipped}</td>
                  <td className="py-1 pr-3">
                    <span className={`rounded border px-1.5 py-0.5 ${outcomeClass(e.outcome)}`}>{enumLabel(enums.importOutcome, e.outcome)}</span>
                    {e.errorCount > 0 && e.errors.length === 0 && (
                      <p className="mt-1 text-muted">{t("errorCount", { count: e.errorCount })}</p>
                    )}
                    {e.errors.length > 0 && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-muted">{t("errorCount", { count: e.errorCount })}</summary>
                        <ul className="mt-1 max-w-md">
                          {e.errors.slice(0, 10).map((x, i) => (
                            <li key={i}>
                              {x.column ? t.rich("errorAtColumn", { line: String(x.line), column: x.column, message: x.message, msg }) : t.rich("errorAt", { line: String(x.line), message: x.message, msg })}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
