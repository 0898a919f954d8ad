import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { importReducer, initialImportState, oversizeMessage, readImportAnswer, type ImportState } from "./import-flow";
import type { ImportSummary } from "./imports";

/** The /data page's translator in a language, as the panel gets it. */
const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "data" }) as unknown as Translator<"data">;
const en = tr("en");
const ja = tr("ja");

const summary = { importId: 7, outcome: "dry_run", rowsRead: 8 } as ImportSummary;
const file = new File(["a,b\n"], "upload.csv");

describe("readImportAnswer", () => {
  it("reads a summary as a preview or an import", () => {
    expect(readImportAnswer(200, summary, true, en)).toEqual({ type: "previewed", summary });
    expect(readImportAnswer(200, summary, false, en)).toEqual({ type: "imported", summary });
  });

  it("reads refusals with the server's message, or a default", () => {
    expect(readImportAnswer(401, { error: { message: "Unknown token." } }, true, en)).toEqual({ type: "unauthorized", message: "Unknown token." });
    expect(readImportAnswer(401, {}, true, en)).toEqual({ type: "unauthorized", message: "The token was refused; sign in again." });
    const errors = [{ line: 3, column: "sharePct", message: "not a number" }];
    expect(readImportAnswer(422, { error: { message: "2 rows are invalid.", errors, errorCount: 2 } }, false, en)).toEqual({
      type: "rejected",
      rejected: { message: "2 rows are invalid.", errors, errorCount: 2 },
    });
    expect(readImportAnswer(422, {}, false, en)).toEqual({ type: "rejected", rejected: { message: "The file was refused.", errors: [], errorCount: 0 } });
    expect(readImportAnswer(413, { error: { message: "Over 20 MB." } }, true, en)).toEqual({ type: "failed", message: "Over 20 MB." });
    expect(readImportAnswer(502, null, true, en)).toEqual({ type: "failed", message: "The server answered 502." });
  });

  it("words its own defaults in Japanese, and keeps the API's message as the API gives it", () => {
    expect(readImportAnswer(401, {}, true, ja)).toEqual({ type: "unauthorized", message: "トークンが拒否されました。もう一度サインインしてください。" });
    expect(readImportAnswer(422, {}, false, ja)).toEqual({ type: "rejected", rejected: { message: "ファイルが受け付けられませんでした。", errors: [], errorCount: 0 } });
    expect(readImportAnswer(502, null, true, ja)).toEqual({ type: "failed", message: "サーバーの応答：502" });
    expect(readImportAnswer(413, { error: { message: "Over 20 MB." } }, true, ja)).toEqual({ type: "failed", message: "Over 20 MB." });
  });
});

describe("oversizeMessage", () => {
  it("refuses only files over 20 MB, naming their size", () => {
    expect(oversizeMessage(20 * 1024 * 1024, en)).toBeNull();
    expect(oversizeMessage(25.5 * 1024 * 1024, en)).toBe("The file is 25.5 MB; the limit is 20 MB. Split it by year.");
    expect(oversizeMessage(25.5 * 1024 * 1024, ja)).toBe("ファイルは25.5MBで、上限の20MBを超えています。年ごとに分割してください。");
  });
});

describe("importReducer", () => {
  const reported: ImportState = { ...initialImportState, file, preview: summary, rejected: { message: "x", errors: [], errorCount: 1 }, message: "old" };

  it("voids the report when the kind, the mode or the file changes, keeping the other choices", () => {
    expect(importReducer(reported, { type: "kind", kind: "mof" })).toEqual({ ...reported, kind: "mof", preview: null, rejected: null, message: "" });
    expect(importReducer(reported, { type: "promote", promote: "none" })).toMatchObject({ promote: "none", file, preview: null, message: "" });
    expect(importReducer(reported, { type: "file", file: null })).toMatchObject({ file: null, preview: null });
    expect(importReducer(reported, { type: "start" })).toEqual({ ...reported, preview: null, rejected: null, message: "" });
  });

  it("tracks the upload and returns to idle when done", () => {
    const uploading = importReducer(initialImportState, { type: "phase", phase: { state: "uploading", pct: 40 } });
    expect(uploading.phase).toEqual({ state: "uploading", pct: 40 });
    expect(importReducer(uploading, { type: "done" }).phase).toEqual({ state: "idle" });
  });

  it("records each answer in its place; an import spends the file", () => {
    const chosen = { ...initialImportState, file };
    expect(importReducer(chosen, { type: "answer", answer: { type: "previewed", summary } })).toMatchObject({ preview: summary, file });
    expect(importReducer(chosen, { type: "answer", answer: { type: "imported", summary } })).toMatchObject({ result: summary, file: null });
    expect(importReducer(chosen, { type: "answer", answer: { type: "unauthorized", message: "Sign in again." } }).message).toBe("Sign in again.");
    expect(importReducer(chosen, { type: "answer", answer: { type: "rejected", rejected: { message: "No.", errors: [], errorCount: 0 } } }).rejected).toEqual({ message: "No.", errors: [], errorCount: 0 });
    expect(importReducer(chosen, { type: "message", message: "The upload failed (network error)." }).message).toBe("The upload failed (network error).");
  });
});
