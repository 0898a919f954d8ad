"use client";

import { useFilterState } from "@/components/filters/filters-provider";
import { joinNames } from "@/lib/dependence-materials";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";

/** Print only: what the briefing shows, for which filters, and when it was printed. */
export function BriefingHeader() {
  const { filters, materials } = useFilterState();
  const names = filters.materials.map((m) => materials.find((x) => x.slug === m)?.name ?? m);
  return (
    <div className="hidden print:block">
      <h1 className="text-[12pt] font-semibold leading-tight">China&apos;s share of Japan&apos;s imports: {joinNames(names)}</h1>
      <p className="text-[8pt] text-muted">
        <span className="font-semibold uppercase tracking-wide">REE Monitor briefing</span> · 
        Years {filters.from}–{filters.to} · incident categories: {filters.categories.length ? filters.categories.map(categoryLabel).join(", ") : "all"} ·
        printed <span suppressHydrationWarning>{new Date().toISOString().slice(0, 10)}</span>
      </p>
    </div>
  );
}
