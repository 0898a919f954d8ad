"use client";

import { useTranslations } from "next-intl";
import { ImportErrors } from "./import-errors";
import { ImportForm } from "./import-form";
import { ImportMessage } from "./import-message";
import { ImportProgress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { SignInForm } from "./sign-in-form";
import { useAdminToken } from "./use-admin-token";
import { useImport } from "./use-import";

/**
 * Sign in with the admin token, choose a file and kind, preview (dry run), then import.
 * `materialNames` words each material slug of a preview in the page's language.
 */
export function ImportPanel({ materialNames }: { materialNames: Readonly<Record<string, string>> }) {
  const t = useTranslations("data.panel");
  const { token, signIn, signOut } = useAdminToken();
  const { state: s, busy, run, setKind, setPromote, setFile } = useImport(token, signOut);

  if (!token) return <SignInForm onSignIn={signIn} message={s.message} />;

  return (
    <section aria-labelledby="import-title" className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid="import-panel">
      <div className="flex items-start justify-between gap-3">
        <h2 id="import-title" className="text-base font-semibold text-ink">
          {t("title")}
        </h2>
        <button type="button" className="text-xs text-accent underline" onClick={signOut}>
          {t("signOut")}
        </button>
      </div>
      <ImportForm
        kind={s.kind}
        promote={s.promote}
        canPreview={!!s.file && !busy}
        canImport={!!s.file && !busy && !!s.preview}
        previewed={!!s.preview}
        onKind={setKind}
        onPromote={setPromote}
        onFile={setFile}
        onRun={(dryRun) => void run(dryRun)}
      />
      <ImportProgress phase={s.phase} />
      <ImportMessage message={s.message} />
      {s.rejected && <ImportErrors rejected={s.rejected} />}
      {s.preview && <ImportSummary summary={s.preview} title={t("previewTitle")} testId="import-dry-run" materialNames={materialNames} />}
      {s.result && <ImportSummary summary={s.result} title={t("resultTitle")} testId="import-result" materialNames={materialNames} />}
    </section>
  );
}
