"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import type { ImportIssue, ImportSummary, PreviewRow } from "@/lib/imports";
import { IMPORT_KINDS } from "@/lib/enums";
import { importKindLabels } from "@/lib/labels";
import { MAX_IMPORT_BYTES } from "@/lib/limits";
import { formatPct, partnerName, periodLabel } from "@/lib/format";

const TOKEN_KEY = "ree-admin-token";
const input = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink";

type Rejected = { message: string; errors: ImportIssue[]; errorCount: number };
type Phase = { state: "idle" } | { state: "uploading"; pct: number } | { state: "processing" };

/** POSTs the file with XHR (fetch has no upload progress) and reports progress. */
function send(url: string, token: string, file: File, onProgress: (p: Phase) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress({ state: "uploading", pct: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => onProgress({ state: "processing" });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: { message: xhr.responseText.slice(0, 200) } };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload failed (network error)."));
    onProgress({ state: "uploading", pct: 0 });
    xhr.send(file);
  });
}

// The token lives in session storage (this tab only); components read it as an external store so
// the server render (no token) and the first client render agree.
const TOKEN_EVENT = "ree-admin-token-change";
const subscribeToken = (notify: () => void) => {
  window.addEventListener(TOKEN_EVENT, notify);
  return () => window.removeEventListener(TOKEN_EVENT, notify);
};
function storeToken(token: string | null) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
  window.dispatchEvent(new Event(TOKEN_EVENT));
}

/** Sign in with the admin token, choose a file and kind, preview (dry run), then import. */
export function ImportPanel() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(subscribeToken, () => sessionStorage.getItem(TOKEN_KEY), () => null);
  const [tokenInput, setTokenInput] = useState("");
  const [kind, setKind] = useState<string>("comtrade");
  const [promote, setPromote] = useState("gaps");
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ state: "idle" });
  const [preview, setPreview] = useState<ImportSummary | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [message, setMessage] = useState("");

  const busy = phase.state !== "idle";
  const reset = () => [setPreview(null), setResult(null), setRejected(null), setMessage("")];

  async function run(dryRun: boolean) {
    if (!file || !token) return;
    reset();
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Split it by year.`);
      return;
    }
    const qs = new URLSearchParams({ kind, promote, fileName: file.name, ...(dryRun ? { dryRun: "1" } : {}) });
    try {
      const { status, body } = await send(`/api/v1/imports?${qs}`, token, file, setPhase);
      const err = (body as { error?: { message?: string; errors?: ImportIssue[]; errorCount?: number } }).error;
      if (status === 200) {
        if (dryRun) {
          setPreview(body as ImportSummary);
          router.refresh(); // the dry run is in the audit log too
        } else {
          setResult(body as ImportSummary);
          setFile(null);
          // The charts read the new data on their next fetch; the audit log is server-rendered.
          await queryClient.invalidateQueries();
          router.refresh();
        }
      } else if (status === 401) {
        storeToken(null);
        setMessage(err?.message ?? "The token was refused; sign in again.");
      } else if (status === 422) {
        setRejected({ message: err?.message ?? "The file was refused.", errors: err?.errors ?? [], errorCount: err?.errorCount ?? 0 });
        router.refresh();
      } else {
        setMessage(err?.message ?? `The server answered ${status}.`);
      }
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setPhase({ state: "idle" });
    }
  }

  if (!token) {
    return (
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm"
        aria-label="Sign in to import"
        onSubmit={(e) => {
          e.preventDefault();
          const t = tokenInput.trim();
          if (!t) return;
          storeToken(t);
          setTokenInput("");
        }}
      >
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Admin token
          <input type="password" autoComplete="current-password" className={`${input} w-72`} value={tokenInput} onChange={(e) => setTokenInput(e.target.value)} data-testid="admin-token" />
        </label>
        <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white" data-testid="sign-in">
          Sign in
        </button>
        <p className="basis-full text-xs text-muted">Kept in this browser tab only (session storage) and sent with each import; a wrong token is refused at the first import.</p>
        {message && (
          <p role="alert" className="basis-full text-sm text-red-700">
            {message}
          </p>
        )}
      </form>
    );
  }

  return (
    <section aria-labelledby="import-title" className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid="import-panel">
      <div className="flex items-start justify-between gap-3">
        <h2 id="import-title" className="text-base font-semibold text-ink">
          Import a file
        </h2>
        <button
          type="button"
          className="text-xs text-accent underline"
          onClick={() => storeToken(null)}
        >
          Sign out
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Kind
          <select className={input} value={kind} onChange={(e) => [setKind(e.target.value), reset()]} data-testid="import-kind">
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {importKindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Headline values
          <select className={input} value={promote} onChange={(e) => [setPromote(e.target.value), reset()]} data-testid="import-promote">
            <option value="gaps">Fill years without a line value</option>
            <option value="replace">Replace existing line values</option>
            <option value="none">Never (draw as other sources)</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          File (CSV or TSV, up to 20 MB)
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" className="text-sm" onChange={(e) => [setFile(e.target.files?.[0] ?? null), reset()]} data-testid="import-file" />
        </label>
        <button type="button" disabled={!file || busy} onClick={() => run(true)} className="h-9 rounded-md border border-line bg-white px-3 text-sm disabled:opacity-50" data-testid="import-preview">
          Preview (dry run)
        </button>
        <button
          type="button"
          disabled={!file || busy || !preview}
          title={preview ? "Write the previewed rows" : "Preview first"}
          onClick={() => run(false)}
          className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white disabled:opacity-50"
          data-testid="import-commit"
        >
          Import
        </button>
      </div>
      {busy && (
        <div className="flex items-center gap-3 text-xs text-muted" data-testid="import-progress">
          <progress className="h-2 w-64" max={100} value={phase.state === "uploading" ? phase.pct : undefined} aria-label="Import progress" />
          {phase.state === "uploading" ? `Uploading… ${phase.pct}%` : "Validating and processing…"}
        </div>
      )}
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
      {rejected && <RejectedReport r={rejected} />}
      {preview && <Summary s={preview} title="Preview: nothing written yet" testId="import-dry-run" />}
      {result && <Summary s={result} title="Imported" testId="import-result" />}
    </section>
  );
}

function RejectedReport({ r }: { r: Rejected }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm" data-testid="import-errors">
      <p className="font-medium text-red-900">{r.message}</p>
      <table className="mt-2 text-xs">
        <thead className="text-red-900">
          <tr>
            <th className="pr-3 text-left font-medium">Line</th>
            <th className="pr-3 text-left font-medium">Column</th>
            <th className="text-left font-medium">Problem</th>
          </tr>
        </thead>
        <tbody>
          {r.errors.map((e, i) => (
            <tr key={i}>
              <td className="pr-3 tabular-nums">{e.line || "—"}</td>
              <td className="pr-3">{e.column ?? "—"}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.errorCount > r.errors.length && <p className="mt-1 text-xs">… and {r.errorCount - r.errors.length} more (the first {r.errors.length} are shown).</p>}
    </div>
  );
}

function shareText(p: Extract<PreviewRow, { type: "trade_share" }>) {
  return p.sharePct === null ? "level only" : `${p.estimate ? "~" : ""}${formatPct(p.sharePct)}`;
}

function Summary({ s, title, testId }: { s: ImportSummary; title: string; testId: string }) {
  const shares = s.preview.filter((p): p is Extract<PreviewRow, { type: "trade_share" }> => p.type === "trade_share" && p.partner !== "WLD");
  const records = s.preview.filter((p) => p.type !== "trade_share");
  return (
    <div className="rounded-md border border-line bg-canvas p-3 text-sm" data-testid={testId} data-outcome={s.outcome}>
      <p className="font-medium text-ink">{title}</p>
      <p className="mt-1 text-xs text-muted" data-testid="import-counts">
        Layout {s.layout ?? "?"} · {s.rowsRead} rows read · {s.rowsSkipped} skipped · {s.inserted} to insert, {s.updated} to update, {s.unchanged} unchanged
        {s.outcome === "accepted" ? ` · ${s.rowsWritten} written (import #${s.importId})` : ""}
      </p>
      {s.warnings.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-xs text-amber-900">
          {s.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {s.skippedCodes.length > 0 && (
        <p className="mt-1 text-xs text-muted">Skipped commodity codes (no material): {s.skippedCodes.map((c) => `${c.code} (${c.rows})`).join(", ")}</p>
      )}
      {shares.length > 0 && (
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="w-full text-left text-xs" data-testid="import-preview-table">
            <thead className="sticky top-0 bg-canvas text-muted">
              <tr>
                {["Material", "Partner", "Period", "Basis", "Share", "Line value?", "Existing line value", "Change"].map((h) => (
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
                    {shareText(p)}
                  </td>
                  <td className="py-1 pr-3">{p.headline ? "yes" : ""}</td>
                  <td className="py-1 pr-3">{p.existingHeadline ? `${p.existingHeadline.sharePct ?? "range"}% (source ${p.existingHeadline.sourceId})` : ""}</td>
                  <td className="py-1 pr-3">{p.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {records.length > 0 && (
        <ul className="mt-2 text-xs">
          {records.map((r, i) => (
            <li key={i}>{"label" in r ? `${r.change}: ${r.label}` : ""}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
