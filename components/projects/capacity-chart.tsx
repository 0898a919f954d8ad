"use client";

import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { StackedBar } from "@/components/charts/stacked-bar";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { useElementWidth } from "@/components/ui/use-element-width";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatTonnes } from "@/lib/format";
import { projectLabel } from "@/lib/labels";
import { capacityByStartYear, capacitySourceNote, drawableProjects, PROJECT_CSV_COLUMNS, projectCsvRows, stackColor, stackPalette, type CapacityStack } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import { StackToggle } from "./stack-toggle";

const CHART_HEIGHT = 260;
const thousandsOfTonnes = (v: number) => `${v / 1000}k t`;

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
            <StackedBar
              data={c.rows}
              index="year"
              categories={c.groups}
              colors={stackPalette(stack)}
              valueFormatter={thousandsOfTonnes}
              width={width}
              height={CHART_HEIGHT}
              yAxisWidth={56}
              marginLeft={8}
            />
          )
        )}
      </div>
      <Legend items={c.groups.map((g) => ({ key: g, label: projectLabel(g), color: stackColor(stack, g) }))} />
    </ChartCard>
  );
}
