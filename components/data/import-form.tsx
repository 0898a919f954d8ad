import { IMPORT_KINDS, type ImportKind, type PromoteMode } from "@/lib/enums";
import { MAX_IMPORT_MB } from "@/lib/import-flow";
import { importKindLabels } from "@/lib/labels";
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
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className={labelClass}>
        Kind
        <select className={inputClass} value={kind} onChange={(e) => onKind(e.target.value as ImportKind)} data-testid="import-kind">
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {importKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Headline values
        <select className={inputClass} value={promote} onChange={(e) => onPromote(e.target.value as PromoteMode)} data-testid="import-promote">
          <option value="gaps">Fill years without a line value</option>
          <option value="replace">Replace existing line values</option>
          <option value="none">Never (draw as other sources)</option>
        </select>
      </label>
      <label className={labelClass}>
        {`File (CSV or TSV, up to ${MAX_IMPORT_MB} MB)`}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" className="text-sm" onChange={(e) => onFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
      </label>
      <button type="button" disabled={!canPreview} onClick={() => onRun(true)} className="h-9 rounded-md border border-line bg-white px-3 text-sm disabled:opacity-50" data-testid="import-preview">
        Preview (dry run)
      </button>
      <button
        type="button"
        disabled={!canImport}
        title={previewed ? "Write the previewed rows" : "Preview first"}
        onClick={() => onRun(false)}
        className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white disabled:opacity-50"
        data-testid="import-commit"
      >
        Import
      </button>
    </div>
  );
}
