"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { sourceHref } from "@/components/sources/source-citation";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { categoryColor, chartInk } from "@/lib/colors";
import { categoryLabel } from "@/lib/labels";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatDate } from "@/lib/format";
import { incidentsQuery } from "@/lib/queries";
import type { IncidentDto } from "@/lib/types";
import { CATEGORY_VALUES } from "@/lib/validation/filter-params";

const CHART_HEIGHT = 240;
const CSV_COLUMNS = ["id", "date", "datePrecision", "year", "title", "category", "severity", "actor", "target", "materials", "sourceId", "duplicateOf"] as const;

/** Incidents page: events per year by category (exportable), then the timeline, each linking to its page. */
export function IncidentsView() {
  const { filters, materials } = useFilterState();
  const range = { from: filters.from, to: filters.to };
  const { data = [], isFetching } = useQuery({ ...incidentsQuery(filters.materials, range, filters.categories, filters.minSeverity), placeholderData: keepPreviousData });
  const primary = useMemo(() => data.filter((i) => i.duplicateOf === null), [data]);
  const duplicatesOf = useMemo(() => {
    const m = new Map<number, IncidentDto[]>();
    for (const d of data) if (d.duplicateOf !== null) m.set(d.duplicateOf, [...(m.get(d.duplicateOf) ?? []), d]);
    return m;
  }, [data]);
  const names = filters.materials.map((m) => materials.find((x) => x.slug === m)?.name ?? m);

  return (
    <div className="flex flex-col gap-4" aria-busy={isFetching}>
      <PerYearChart incidents={primary} from={range.from} to={range.to} materialNames={names} />
      <section aria-labelledby="incident-list-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
        <h2 id="incident-list-title" className="text-base font-semibold text-ink">
          Timeline, {range.from}–{range.to}
        </h2>
        <p className="mt-0.5 text-sm text-muted" data-testid="incident-count">
          {primary.length} {primary.length === 1 ? "incident" : "incidents"} touching {names.join(", ").toLowerCase()} or all materials
          {filters.minSeverity > 1 ? `, severity ${filters.minSeverity} or above` : ""}
          {data.length > primary.length ? `; ${data.length - primary.length} second ${data.length - primary.length === 1 ? "record" : "records"} of the same events folded in` : ""}.
        </p>
        <YearGroups incidents={primary} duplicatesOf={duplicatesOf} />
      </section>
    </div>
  );
}

function YearGroups({ incidents, duplicatesOf }: { incidents: IncidentDto[]; duplicatesOf: Map<number, IncidentDto[]> }) {
  const years = useMemo(() => {
    const m = new Map<number, IncidentDto[]>();
    for (const i of incidents) m.set(Number(i.date.slice(0, 4)), [...(m.get(Number(i.date.slice(0, 4))) ?? []), i]);
    return [...m];
  }, [incidents]);
  if (!incidents.length) return <p className="mt-4 py-6 text-center text-sm text-muted">No incidents match these filters.</p>;
  return (
    <div className="mt-3 flex flex-col gap-4" data-testid="incident-list">
      {years.map(([year, list]) => (
        <section key={year} aria-label={String(year)}>
          <h3 className="sticky top-0 bg-panel py-1 text-sm font-semibold text-ink">
            {year} <span className="font-normal text-muted">· {list.length}</span>
          </h3>
          <ol className="border-l-2 border-line pl-4">
            {list.map((i) => (
              <li key={i.id} className="relative py-1.5" data-testid="incident-item" data-incident-id={i.id} data-category={i.category} data-severity={i.severity}>
                <span aria-hidden className="absolute -left-[23px] top-3 h-3 w-3 rounded-full border-2 border-white" style={{ background: categoryColor(i.category) }} />
                <p className="text-xs text-muted">
                  <span className="tabular-nums">{formatDate(i.date)}</span> · {categoryLabel(i.category)} · severity {i.severity}
                  {i.actor ? ` · ${i.actor}${i.target ? ` → ${i.target}` : ""}` : ""}
                </p>
                <p className="text-sm">
                  <Link href={`/incidents/${i.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                    {i.title}
                  </Link>
                </p>
                <p className="text-xs text-muted">
                  {i.materials.length ? i.materials.join(", ") : "all materials / not mineral-specific"} ·{" "}
                  <Link href={sourceHref(i.sourceId)} className="hover:underline">
                    source {i.sourceId}
                  </Link>
                  {(duplicatesOf.get(i.id) ?? []).map((d) => (
                    <span key={d.id}>
                      {" "}
                      · also recorded as{" "}
                      <Link href={`/incidents/${d.id}`} className="hover:underline">
                        #{d.id}
                      </Link>{" "}
                      (
                      <Link href={sourceHref(d.sourceId)} className="hover:underline">
                        source {d.sourceId}
                      </Link>
                      )
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function PerYearChart({ incidents, from, to, materialNames }: { incidents: IncidentDto[]; from: number; to: number; materialNames: string[] }) {
  const { filters } = useFilterState();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const used = CATEGORY_VALUES.filter((c) => incidents.some((i) => i.category === c));
  const data = useMemo(
    () =>
      Array.from({ length: to - from + 1 }, (_, k) => {
        const year = from + k;
        const row: Record<string, number> = { year };
        for (const c of used) row[c] = incidents.filter((i) => i.category === c && i.date.startsWith(String(year))).length;
        return row;
      }),
    [incidents, from, to, used],
  );
  const title = `Incidents per year by category, ${from}–${to}`;
  return (
    <ChartCard
      title={title}
      subtitle="Each event counted once, in the year of its date; colours as on the overview's event strip."
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "incidents", materials: filters.materials, from, to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            chartExportMeta({
              title,
              filters: [
                `Material: ${materialNames.join(", ")}`,
                `Years: ${from}–${to}`,
                `Categories: ${filters.categories.length ? filters.categories.map(categoryLabel).join(", ") : "all"}`,
                filters.minSeverity > 1 ? `Severity ≥ ${filters.minSeverity}` : "All severities",
              ],
              keyItems: used.map((c) => ({ label: categoryLabel(c), color: categoryColor(c), shape: "disc" as const })),
              sources: [],
              sourceNote: `Sources: ${new Set(incidents.map((i) => i.sourceId)).size} sources, one per incident; each incident's source is in the CSV and on REE Monitor's incident pages.`,
              dataAsOf: incidents.at(-1)?.date ?? null,
              permalink: window.location.href,
            })
          }
          getCsv={() =>
            toCsv(
              CSV_COLUMNS,
              incidents.map((i) => ({ ...i, year: Number(i.date.slice(0, 4)), materials: i.materials.join(";") })),
            )
          }
        />
      }
    >
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="incidents-chart">
        {width && (
          <BarChart width={width} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }} accessibilityLayer={false} style={{ fontFamily: "inherit" }}>
            <CartesianGrid stroke={chartInk.grid} vertical={false} />
            <XAxis dataKey="year" stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} width={32} stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} axisLine={false} />
            {used.map((c) => (
              <Bar key={c} dataKey={c} stackId="a" fill={categoryColor(c)} isAnimationActive={false} name={categoryLabel(c)} />
            ))}
          </BarChart>
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
        {used.map((c) => (
          <span key={c} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: categoryColor(c) }} />
            {categoryLabel(c)}
          </span>
        ))}
      </div>
    </ChartCard>
  );
}
