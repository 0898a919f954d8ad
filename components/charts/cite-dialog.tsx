"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { CITATION_FORMS, citationDate, type CitationForm, type Citations } from "@/lib/citation";

type Status = { form: CitationForm; kind: "copied" | "fallback" } | null;

/**
 * The citation dialog: a modal <dialog> (the page behind is inert, the focus moves in and stays,
 * Escape closes it), one read-only text per form with its copy button. Copying uses the
 * clipboard; where there is none (or it is refused) the text is selected for Ctrl+C instead.
 */
export function CiteDialog({ citations, version, accessed, onClose }: { citations: Citations; version: number; accessed: string; onClose: () => void }) {
  const t = useTranslations("cite");
  const locale = useLocale();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const texts = useRef<Partial<Record<CitationForm, HTMLTextAreaElement | null>>>({});
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    headingRef.current?.focus();
    // No close() on unmount: removing the element takes it out of the top layer, and a close
    // event from here would reach onClose of a dialog being opened again (React's strict mode).
  }, []);

  async function copy(form: CitationForm) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(citations[form]);
      setStatus({ form, kind: "copied" });
    } catch {
      const text = texts.current[form];
      text?.focus();
      text?.select();
      setStatus({ form, kind: "fallback" });
    }
  }

  const date = citationDate(accessed, locale);
  return (
    <dialog
      ref={dialogRef}
      data-testid="cite-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      className="m-auto w-[calc(100%-1.5rem)] max-w-2xl rounded-lg border border-line bg-white p-0 text-left text-sm text-ink shadow-xl backdrop:bg-black/40"
      // Escape (the dialog's cancel) and close() both end in "close": one way out, so the focus always returns.
      onClose={onClose}
      onClick={(e) => e.target === dialogRef.current && dialogRef.current.close()}
    >
      <div className="flex max-h-[85vh] flex-col gap-3 overflow-y-auto p-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none">
            {t("title")}
          </h2>
          <button type="button" className="rounded border border-line bg-white px-2 py-0.5 text-xs hover:bg-canvas" aria-label={t("closeLabel")} data-testid="cite-close" onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
        </div>
        <p id={`${id}-intro`} className="text-xs text-muted">
          {version > 0 ? t("intro", { version: String(version), date }) : t("introNoVersion", { date })}
        </p>
        {CITATION_FORMS.map((form) => {
          const label = t(`forms.${form}`);
          const mine = status?.form === form ? status : null;
          return (
            <section key={form} className="flex flex-col gap-1" data-testid={`cite-form-${form}`}>
              <div className="flex items-center justify-between gap-2">
                <label htmlFor={`${id}-${form}`} className="min-w-0 text-xs font-semibold">
                  {label}
                </label>
                <span className="flex shrink-0 items-center gap-2">
                  <span aria-live="polite" className="text-xs whitespace-nowrap text-muted" data-testid={`cite-status-${form}`}>
                    {mine?.kind === "copied" ? t("copied") : ""}
                  </span>
                  <button type="button" className="rounded-md border border-line bg-white px-2 py-1 text-xs font-medium whitespace-nowrap hover:bg-canvas" aria-label={t("copyLabel", { form: label })} data-testid={`cite-copy-${form}`} onClick={() => copy(form)}>
                    {t("copy")}
                  </button>
                </span>
              </div>
              <textarea
                id={`${id}-${form}`}
                ref={(el) => {
                  texts.current[form] = el;
                }}
                readOnly
                value={citations[form]}
                rows={form === "bibtex" ? citations.bibtex.split("\n").length : 3}
                spellCheck={false}
                wrap={form === "bibtex" ? "off" : "soft"}
                translate="no"
                data-testid={`cite-text-${form}`}
                className={`field-sizing-content min-h-16 w-full resize-none rounded-md border border-line bg-canvas p-2 text-xs leading-relaxed${form === "bibtex" ? " font-mono" : ""}`}
              />
              {mine?.kind === "fallback" && (
                <p role="status" className="text-xs text-ink" data-testid={`cite-fallback-${form}`}>
                  {t("copyFallback")}
                </p>
              )}
            </section>
          );
        })}
        <p className="text-xs text-muted">{t("plainText")}</p>
      </div>
    </dialog>
  );
}
