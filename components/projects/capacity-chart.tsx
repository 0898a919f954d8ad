"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ExportMenu } from "@/components/charts/export-menu";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { chartInk } from "@/lib/colors";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatTonnes } from "@/lib/format";
import { projectLabel } from "@/lib/labels";
import { capacityByStartYear, capacitySourceNote, drawableProjects, PROJECT_CSV_COLUMNS, projectCsvRows, stackColor, type CapacityStack } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import { StackToggle } from "./stack-toggle";

const CHART_HEIGHT = 260;

/** Stated capacity outside China by start year, stacked by type or status, with its export menu. */
export function CapacityChart({ projects, stack, onStack, filterText }: { projects: ProjectDto[]; stack: CapacityStack; onStack: (s: CapacityStack) => void; filterText: string[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const c = useMemo(() => capacityByStartYear(projects, stack), [projects, stack]);
  const title = `Stated capacity outside China by start year, by ${stack}`;
  // Read at export time only: the export lists exactly the projects drawn.
  const drawn = () => drawableProjects(projects);
  return (
    <ChartCard
      title={title}
      data-testid="capacity-chart-card"
      subtitle={
        <>
          {formatTonnes(c.totalTonnes)}/yr from {c.drawn} {c.drawn === 1 ? "project" : "projects"}. Capacities mix measures (output, offtake, contracted volume) as
          the sources state them. Not drawn: {c.noCapacity} with no stated capacity, {c.noStartYear} with no start year.
        </>
      }
      actions={
        <div className="flex flex-wrap items-center justify-end gap-2">
          <StackToggle stack={stack} onStack={onStack} />
          <ExportMenu
            fileName={exportFileName({ chart: `capacity-by-${stack}`, materials: [], from: c.rows[0]?.year ?? 0, to: c.rows.at(-1)?.year ?? 0 })}
            getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
            getMeta={() =>
              chartExportMeta({
                title,
                filters: [...filterText, "Tonnes per year as stated by each source"],
                keyItems: c.groups.map((g) => ({ label: projectLabel(g), color: stackColor(stack, g), shape: "disc" as const })),
                sources: [],
                sourceNote: capacitySourceNote(drawn()),
                dataAsOf: null,
                permalink: window.location.href,
              })
            }
            getCsv={() => toCsv(PROJECT_CSV_COLUMNS, projectCsvRows(drawn()))}
          />
        </div>
      }
    >
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="capacity-chart">
        {c.rows.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted">No project with both a stated capacity and a start year matches these filters.</p>
        ) : (
          width && (
            <BarChart width={width} height={CHART_HEIGHT} data={c.rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer={false} style={{ fontFamily: "inherit" }}>
              <CartesianGrid stroke={chartInk.grid} vertical={false} />
              <XAxis dataKey="year" stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} />
              <YAxis width={56} stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v / 1000}k t`} />
              {c.groups.map((g) => (
                <Bar key={g} dataKey={g} stackId="a" fill={stackColor(stack, g)} isAnimationActive={false} />
              ))}
            </BarChart>
          )
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
        {c.groups.map((g) => (
          <span key={g} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: stackColor(stack, g) }} />
            {projectLabel(g)}
          </span>
        ))}
      </div>
    </ChartCard>
  );
}
