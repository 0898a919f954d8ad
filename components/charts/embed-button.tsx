"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useInsideEmbed } from "@/components/embed/embed-context";
import { embedPath, embedSnippet, type EmbedChart } from "@/lib/embed";

export type { EmbedChart };

/**
 * "Embed" (`export-embed`): a dialog with the iframe snippet for this chart with the page's
 * current filters and language (`/embed/<chart>?…`, `/ja/embed/<chart>?…`), its resize script,
 * and a copy button. Not shown inside an embed itself.
 */
export function EmbedButton({ chart, className }: { chart: EmbedChart; className: string }) {
  const t = useTranslations("embed");
  const locale = useLocale();
  const search = useSearchParams();
  const inside = useInsideEmbed();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState({ code: "", path: "" });
  const [status, setStatus] = useState("");
  const titleId = useId();
  if (inside) return null;

  const open = () => {
    const path = embedPath(chart, locale, search.toString());
    setSnippet({ path, code: embedSnippet({ origin: window.location.origin, path, title: t(`frameTitle.${chart}`), chart }) });
    setStatus("");
    dialogRef.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.code);
      setStatus(t("dialog.copied"));
    } catch {
      setStatus(t("dialog.copyFailed"));
    }
  };

  return (
    <>
      <button type="button" className={className} data-testid="export-embed" title={t("buttonTitle")} aria-haspopup="dialog" onClick={open}>
        {t("button")}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        data-testid="embed-dialog"
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-panel p-4 text-left text-sm text-ink shadow-lg backdrop:bg-black/30"
        onClick={(e) => e.target === dialogRef.current && dialogRef.current?.close()}
      >
        <h2 id={titleId} className="text-base font-semibold">
          {t("dialog.title")}
        </h2>
        <p className="mt-1 text-muted">{t("dialog.intro")}</p>
        <label className="mt-3 block text-xs font-medium text-muted">
          {t("dialog.snippetLabel")}
          <textarea
            readOnly
            value={snippet.code}
            rows={7}
            spellCheck={false}
            data-testid="embed-snippet"
            className="mt-1 block w-full resize-y rounded-md border border-line bg-canvas p-2 font-mono text-xs text-ink"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className={className} data-testid="embed-copy" onClick={copy}>
            {t("dialog.copy")}
          </button>
          <a href={snippet.path} target="_blank" rel="noopener" className="text-xs text-accent underline underline-offset-2" data-testid="embed-preview">
            {t("dialog.preview")}
          </a>
          <span aria-live="polite" className="text-xs text-muted" data-testid="embed-copy-status">
            {status}
          </span>
          <button type="button" className={`${className} ml-auto`} onClick={() => dialogRef.current?.close()}>
            {t("dialog.close")}
          </button>
        </div>
      </dialog>
    </>
  );
}
