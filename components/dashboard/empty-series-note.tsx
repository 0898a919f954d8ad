"use client";

import { useLocale, useTranslations } from "next-intl";
import { joinNames, type MaterialInfo } from "@/lib/dependence-materials";
import { emptyChartText, yearsText } from "@/lib/dependence-text";
import { Link } from "@/lib/i18n/navigation";

type Empty = { slug: string; name: string };

/** "/?material=heavy-rare-earths&from=2008&to=2026": the holder's chart in the years shown (the Link keeps /ja). */
const holderHref = (slug: string, from: number, to: number) => `/?${new URLSearchParams({ material: slug, from: String(from), to: String(to) })}`;

/** Where the values are: one link per holding material, the years kept. Names in the page's language (the card's). */
function HolderLinks({ empty, holders, from, to }: { empty: Empty[]; holders: Map<string, MaterialInfo>; from: number; to: number }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const byHolder = new Map<string, { holder: MaterialInfo; names: string[] }>();
  for (const e of empty) {
    const h = holders.get(e.slug);
    if (h) byHolder.set(h.slug, { holder: h, names: [...(byHolder.get(h.slug)?.names ?? []), e.name] });
  }
  return [...byHolder.values()].map(({ holder, names }) => (
    <span key={holder.slug} className="block">
      {t.rich("empty.holder", {
        materials: joinNames(names, locale),
        holder: holder.name,
        years: yearsText(from, to, t),
        link: (chunks) => (
          <Link href={holderHref(holder.slug, from, to)} className="font-medium text-accent underline" data-testid="series-holder-link">
            {chunks}
          </Link>
        ),
      })}
    </span>
  ));
}

/**
 * Materials drawn without any China value. `overlay`: nothing at all is drawn, so the message sits
 * in the plot (its axes kept); otherwise a line under the chart.
 */
export function EmptySeriesNote({ empty, holders, from, to, overlay, plot }: { empty: Empty[]; holders: Map<string, MaterialInfo>; from: number; to: number; overlay: boolean; plot: { top: number; left: number; width: number; height: number } }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  if (!empty.length) return null;
  const text = emptyChartText(
    empty.map((e) => e.name),
    from,
    to,
    t,
    locale,
  );
  if (!overlay)
    return (
      <p className="mt-1 text-xs text-muted print:mt-0 print:text-[7.5pt]" data-testid="series-empty">
        {text} <HolderLinks empty={empty} holders={holders} from={from} to={to} />
      </p>
    );
  return (
    <div className="absolute flex items-center justify-center p-3" style={plot}>
      <p role="status" className="max-w-xl rounded-md border border-line bg-white/95 px-4 py-3 text-center text-sm text-ink shadow-sm" data-testid="chart-empty">
        {text}
        <HolderLinks empty={empty} holders={holders} from={from} to={to} />
      </p>
    </div>
  );
}
