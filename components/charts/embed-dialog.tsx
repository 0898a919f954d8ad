"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { embedPath, embedSnippet, type EmbedChart } from "@/lib/embed";

/**
 * The embed dialog: the iframe snippet for this chart with the page's current filters and
 * language (`/embed/<chart>?…`, `/ja/embed/<chart>?…`), its resize script, a copy button and a
 * preview link. A modal <dialog>, opened on mount; closing it (Close, Escape, the backdrop)
 * unmounts it. Loaded on the first click on "Embed", with the snippet builder.
 */
export function EmbedDialog({ chart, query, className, onClose }: { chart: EmbedChart; query: string; className: string; onClose: () => void }) {
  const t = useTranslations("embed");
  const locale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState("");
  const titleId = useId();
  const path = embedPath(chart, locale, query);
  const code = embedSnippet({ origin: window.location.origin, path, title: t(`frameTitle.${chart}`), chart });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t("dialog.copied"));
    } catch {
      setStatus(t("dialog.copyFailed"));
    }
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-testid="embed-dialog"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-panel p-4 text-left text-sm text-ink shadow-lg backdrop:bg-black/30"
      onClose={onClose}
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
          value={code}
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
        <a href={path} target="_blank" rel="noopener" className="text-xs text-accent underline underline-offset-2" data-testid="embed-preview">
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
  );
}
