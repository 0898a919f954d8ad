"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useDataVersion } from "@/components/ui/data-version";
import { embedFullView, type EmbedChart } from "@/lib/embed";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { InsideEmbedProvider } from "./embed-context";
import { EmbedSources } from "./embed-sources";
import { useEmbedRoot } from "./use-embed-root";

/**
 * An embed's whole page: the chart card, then its sources, the data version and a "REE Monitor"
 * link to the full view with the same filters (opened in the top window, out of the frame). Its
 * height goes to the framing page on every change.
 */
export function EmbedFrame({ chart, children }: { chart: EmbedChart; children: React.ReactNode }) {
  const ref = useEmbedRoot<HTMLDivElement>();
  const t = useTranslations("embed");
  const v = useTranslations("versions");
  const locale = useLocale();
  const search = useSearchParams();
  const data = useDataVersion();
  return (
    <div ref={ref} className="flex flex-col gap-2 p-2" data-testid="embed" data-chart={chart}>
      {/* The framed document's own top heading (the card's title is its h2), for screen readers' heading lists. */}
      <h1 className="sr-only">{t("footer.link")}</h1>
      <InsideEmbedProvider>{children}</InsideEmbedProvider>
      <footer className="flex flex-col gap-1 px-1">
        <EmbedSources chart={chart} />
        <p className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-xs text-muted">
          <Link href={embedFullView(chart, search.toString())} target="_top" title={t("footer.linkTitle")} className="font-semibold text-ink underline decoration-dotted underline-offset-2 hover:text-accent" data-testid="embed-home">
            {t("footer.link")}
          </Link>
          {data.version > 0 && (
            <span data-testid="embed-version" data-version={data.version}>
              {v("footer.version", { version: data.version, date: formatDate(data.at!.slice(0, 10), locale) })}
            </span>
          )}
        </p>
      </footer>
    </div>
  );
}
