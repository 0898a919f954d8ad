// The /data page's import panel as a state machine: what is chosen, where the upload is, and what
// the server answered. Pure (the XHR and the token live in hooks), so the answers are unit-tested.

import type { ImportKind, PromoteMode } from "./enums";
import type { Translator } from "./i18n/translator";
import type { ImportIssue, ImportSummary } from "./imports";
import { MAX_IMPORT_BYTES } from "./limits";

export type UploadPhase = { state: "idle" } | { state: "uploading"; pct: number } | { state: "processing" };
export type RejectedImport = { message: string; errors: ImportIssue[]; errorCount: number };

/** What an answer of the import API means for the panel. */
export type ImportAnswer =
  | { type: "previewed"; summary: ImportSummary }
  | { type: "imported"; summary: ImportSummary }
  | { type: "unauthorized"; message: string }
  | { type: "rejected"; rejected: RejectedImport }
  | { type: "failed"; message: string };

type ErrorBody = { error?: { message?: string; errors?: ImportIssue[]; errorCount?: number } } | null;

/**
 * Reads the API's status and JSON body: 200 a summary, 401 a refused token, 422 a refused file,
 * anything else a message. The API's own message (machine text, English) is shown when it gives
 * one; else the panel's, in the page's language.
 */
export function readImportAnswer(status: number, body: unknown, dryRun: boolean, t: Translator<"data">): ImportAnswer {
  const err = (body as ErrorBody)?.error;
  if (status === 200) return { type: dryRun ? "previewed" : "imported", summary: body as ImportSummary };
  if (status === 401) return { type: "unauthorized", message: err?.message ?? t("answer.tokenRefused") };
  if (status === 422) return { type: "rejected", rejected: { message: err?.message ?? t("answer.fileRefused"), errors: err?.errors ?? [], errorCount: err?.errorCount ?? 0 } };
  return { type: "failed", message: err?.message ?? t("answer.status", { status: String(status) }) };
}

export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** Refused before uploading: the server would refuse it too, after the whole upload. */
export function oversizeMessage(bytes: number, t: Translator<"data">): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return t("answer.oversize", { size: (bytes / 1024 / 1024).toFixed(1), max: String(MAX_IMPORT_MB) });
}

export type ImportState = {
  kind: ImportKind;
  promote: PromoteMode;
  file: File | null;
  phase: UploadPhase;
  /** The last dry run's summary: the Import button needs one. */
  preview: ImportSummary | null;
  result: ImportSummary | null;
  rejected: RejectedImport | null;
  message: string;
};

export const initialImportState: ImportState = { kind: "comtrade", promote: "precedence", file: null, phase: { state: "idle" }, preview: null, result: null, rejected: null, message: "" };

export type ImportAction =
  | { type: "kind"; kind: ImportKind }
  | { type: "promote"; promote: PromoteMode }
  | { type: "file"; file: File | null }
  | { type: "start" }
  | { type: "phase"; phase: UploadPhase }
  | { type: "answer"; answer: ImportAnswer }
  | { type: "message"; message: string }
  | { type: "done" };

const cleared = { preview: null, result: null, rejected: null, message: "" } as const;

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    // A new choice voids the report: a preview of another file or kind must not enable Import.
    case "kind":
      return { ...state, ...cleared, kind: action.kind };
    case "promote":
      return { ...state, ...cleared, promote: action.promote };
    case "file":
      return { ...state, ...cleared, file: action.file };
    case "start":
      return { ...state, ...cleared };
    case "phase":
      return { ...state, phase: action.phase };
    case "message":
      return { ...state, message: action.message };
    case "done":
      return { ...state, phase: { state: "idle" } };
    case "answer": {
      const a = action.answer;
      if (a.type === "previewed") return { ...state, preview: a.summary };
      // Imported: the file is spent, so a second click cannot import it twice.
      if (a.type === "imported") return { ...state, result: a.summary, file: null };
      if (a.type === "rejected") return { ...state, rejected: a.rejected };
      return { ...state, message: a.message };
    }
  }
}
