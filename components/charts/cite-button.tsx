"use client";

import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import { useDataVersion } from "@/components/ui/data-version";
import { useReturnFocus } from "@/components/ui/use-return-focus";
import type { Citations } from "@/lib/citation";
import type { ExportMeta } from "@/lib/export/compose-markup";

// The dialog and the citation styles load on the first click, not with the page.
const CiteDialog = lazy(() => import("./cite-dialog").then((m) => ({ default: m.CiteDialog })));

export type CiteButtonProps = {
  /** The card's metadata in the page's language: its title and the permalink with `v=N`. */
  getMeta: () => ExportMeta;
  /** The card's ASCII export name (`dependence-permanent-magnets-2010-2026`): the BibTeX key's middle. */
  fileName?: string;
  className: string;
};

type Open = { citations: Citations; accessed: string };

/**
 * "Cite this view" (`cite-button`): APA, Chicago (author-date) and BibTeX in the page's language,
 * each naming REE Monitor, the view's title, the data version, today as the access date and the
 * permalink with `v=N` (lib/citation.ts). Read at click time, like the exports.
 */
export function CiteButton({ getMeta, fileName, className }: CiteButtonProps) {
  const t = useTranslations("cite");
  const product = useTranslations("common")("product");
  const locale = useLocale();
  const { version, at } = useDataVersion();
  const rootRef = useRef<HTMLSpanElement>(null);
  const focus = useReturnFocus(rootRef);
  const [open, setOpen] = useState<Open | null>(null);

  async function show() {
    const meta = getMeta();
    const { formatCitations, localIsoDay } = await import("@/lib/citation");
    const accessed = localIsoDay(new Date());
    const citations = formatCitations({ author: product, title: meta.title, permalink: meta.permalink, version, versionAt: at, accessed, slug: fileName ?? meta.title }, { locale, t });
    focus.remember('[data-testid="cite-button"]');
    setOpen({ citations, accessed });
  }

  function close() {
    setOpen(null);
    focus.restore();
  }

  return (
    <span ref={rootRef} className="inline-flex">
      <button type="button" className={className} data-testid="cite-button" aria-haspopup="dialog" aria-expanded={open !== null} title={t("buttonTitle")} onClick={show}>
        {t("button")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog citations={open.citations} version={version} accessed={open.accessed} onClose={close} />
        </Suspense>
      )}
    </span>
  );
}
