"use client";

import { useFilterState } from "@/components/filters/filters-provider";
import { categoryLabel } from "@/lib/labels";

/** Print only: what the briefing shows, for which filters, and when it was printed. */
export function BriefingHeader() {
  const { filters, materials } = useFilterState();
  const names = filters.materials.map((m) => materials.find((x) => x.slug === m)?.name ?? m);
  return (
    <div className="hidden print:block">
      <p className="text-[10px] font-semibold uppercase tracking-wide text-muted">REE Monitor · briefing</p>
      <h1 className="text-lg font-semibold">Japan&apos;s import dependence on China: {names.join(", ")}</h1>
      <p className="text-[9px] text-muted">
        Years {filters.from}–{filters.to} · incident categories: {filters.categories.length ? filters.categories.map(categoryLabel).join(", ") : "all"} ·
        printed <span suppressHydrationWarning>{new Date().toISOString().slice(0, 10)}</span>
      </p>
    </div>
  );
}
