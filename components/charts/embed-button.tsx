"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { lazy, Suspense, useState } from "react";
import { useInsideEmbed } from "@/components/embed/embed-context";
import type { EmbedChart } from "@/lib/embed";

export type { EmbedChart };

// The dialog and the snippet builder load on the first click, not with the page.
const EmbedDialog = lazy(() => import("./embed-dialog").then((m) => ({ default: m.EmbedDialog })));

/**
 * "Embed" (`export-embed`): opens a dialog with the iframe snippet for this chart with the page's
 * current filters and language, its resize script, and a copy button. Not shown inside an embed itself.
 */
export function EmbedButton({ chart, className }: { chart: EmbedChart; className: string }) {
  const t = useTranslations("embed");
  const search = useSearchParams();
  const inside = useInsideEmbed();
  // The query the dialog was opened with (null: closed); read at click time, like the exports.
  const [query, setQuery] = useState<string | null>(null);
  if (inside) return null;

  return (
    <>
      <button type="button" className={className} data-testid="export-embed" title={t("buttonTitle")} aria-haspopup="dialog" aria-expanded={query !== null} onClick={() => setQuery(search.toString())}>
        {t("button")}
      </button>
      {query !== null && (
        <Suspense fallback={null}>
          <EmbedDialog chart={chart} query={query} className={className} onClose={() => setQuery(null)} />
        </Suspense>
      )}
    </>
  );
}
