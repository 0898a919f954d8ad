"use client";

import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useReducer } from "react";
import type { ImportKind, PromoteMode } from "@/lib/enums";
import { importReducer, initialImportState, oversizeMessage, readImportAnswer, type UploadPhase } from "@/lib/import-flow";

/** POSTs the file with XHR (fetch has no upload progress) and reports progress. */
function send(url: string, token: string, file: File, onProgress: (p: UploadPhase) => void, networkError: string): Promise<{ status: number; body: unknown }> {
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
        // A proxy's HTML error page, say: show its start rather than a parse error.
        body = { error: { message: xhr.responseText.slice(0, 200) } };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error(networkError));
    onProgress({ state: "uploading", pct: 0 });
    xhr.send(file);
  });
}

/**
 * The import panel's state and its one action: upload the chosen file as a dry run or an import.
 * `onUnauthorized` runs when the server refuses the token, so the panel asks for it again.
 */
export function useImport(token: string | null, onUnauthorized: () => void) {
  const t = useTranslations("data");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(importReducer, initialImportState);

  async function run(dryRun: boolean) {
    const { file, kind, promote } = state;
    if (!file || !token) return;
    dispatch({ type: "start" });
    const tooBig = oversizeMessage(file.size, t);
    if (tooBig) {
      dispatch({ type: "message", message: tooBig });
      return;
    }
    const qs = new URLSearchParams({ kind, promote, fileName: file.name, ...(dryRun ? { dryRun: "1" } : {}) });
    try {
      const { status, body } = await send(`/api/v1/imports?${qs}`, token, file, (phase) => dispatch({ type: "phase", phase }), t("answer.network"));
      const answer = readImportAnswer(status, body, dryRun, t);
      if (answer.type === "unauthorized") onUnauthorized();
      dispatch({ type: "answer", answer });
      // The charts read the new data on their next fetch.
      if (answer.type === "imported") await queryClient.invalidateQueries();
      // The audit log is server-rendered, and every dry run, import and refused file is in it.
      if (answer.type === "previewed" || answer.type === "imported" || answer.type === "rejected") router.refresh();
    } catch (e) {
      dispatch({ type: "message", message: e instanceof Error ? e.message : String(e) });
    } finally {
      dispatch({ type: "done" });
    }
  }

  return {
    state,
    busy: state.phase.state !== "idle",
    run,
    setKind: (kind: ImportKind) => dispatch({ type: "kind", kind }),
    setPromote: (promote: PromoteMode) => dispatch({ type: "promote", promote }),
    setFile: (file: File | null) => dispatch({ type: "file", file }),
  };
}
