import { useMessages, useTranslations } from "next-intl";
import { IMPORT_KINDS, PROMOTE_MODES, type ImportKind, type PromoteMode } from "@/lib/enums";
import { MAX_IMPORT_MB } from "@/lib/import-flow";
import { enumLabel } from "@/lib/labels";
import { inputClass, labelClass } from "./field-classes";

/** Kind, headline mode and file, then Preview (a dry run) and Import, which needs a preview first. */
export function ImportForm({
  kind,
  promote,
  canPreview,
  canImport,
  previewed,
  onKind,
  onPromote,
  onFile,
  onRun,
}: {
  kind: ImportKind;
  promote: PromoteMode;
  canPreview: boolean;
  canImport: boolean;
  previewed: boolean;
  onKind: (kind: ImportKind) => void;
  onPromote: (promote: PromoteMode) => void;
  onFile: (file: File | null) => void;
  onRun: (dryRun: boolean) => void;
}) {
  const t = useTranslations("data.form");
  const enums = useMessages().enums;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <EnumSelect label={t("kind")} testId="import-kind" value={kind} values={IMPORT_KINDS} labels={enums.importKind} onChange={onKind} />
      <EnumSelect label={t("promote")} testId="import-promote" value={promote} values={PROMOTE_MODES} labels={enums.promoteMode} onChange={onPromote} />
      <label className={labelClass}>
        {t("file", { mb: String(MAX_IMPORT_MB) })}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" className="text-sm" onChange={(e) => onFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
      </label>
      <button type="button" disabled={!canPreview} onClick={() => onRun(true)} className="h-9 rounded-md border border-line bg-white px-3 text-sm disabled:opacity-50" data-testid="import-preview">
        {t("preview")}
      </button>
      <button
        type="button"
        disabled={!canImport}
        title={previewed ? t("importTitle") : t("previewFirst")}
        onClick={() => onRun(false)}
        className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white disabled:opacity-50"
        data-testid="import-commit"
      >
        {t("import")}
      </button>
    </div>
  );
}

/** A labelled select over one enumeration, each value shown by its label. */
function EnumSelect<T extends string>({
  label,
  testId,
  value,
  values,
  labels,
  onChange,
}: {
  label: string;
  testId: string;
  value: T;
  values: readonly T[];
  labels: Readonly<Record<string, string>>;
  onChange: (value: T) => void;
}) {
  return (
    <label className={labelClass}>
      {label}
      <select className={inputClass} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {values.map((v) => (
          <option key={v} value={v}>
            {enumLabel(labels, v)}
          </option>
        ))}
      </select>
    </label>
  );
}
