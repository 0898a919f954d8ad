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
import { capacityKindLabels } from "@/lib/labels";
import {
  CAPACITY_CSV_COLUMNS,
  capacityChart,
  capacityChartSubtitle,
  capacityCsvRows,
  capacitySourceNote,
  stackColor,
  stackLabel,
  stackPalette,
  type CapacityStack,
  type CapacityStanding,
} from "@/lib/projects-capacity";
import type { ProjectDto } from "@/lib/types";
import { CAPACITY_MEASURES, type CapacityMeasureKind } from "@/lib/validation/projects";
import { ToggleGroup } from "./toggle-group";

const CHART_HEIGHT = 260;
const thousandsOfTonnes = (v: number) => `${v / 1000}k t`;
const MEASURE_OPTIONS = CAPACITY_MEASURES.map((m) => ({ value: m, label: capacityKindLabels[m] }));
const STACK_OPTIONS = (["type", "status"] as const).map((s) => ({ value: s, label: `by ${s}` }));

type Props = {
  projects: ProjectDto[];
  standings: ReadonlyMap<number, CapacityStanding>;
  measure: CapacityMeasureKind;
  stack: CapacityStack;
  onChange: (patch: { measure?: CapacityMeasureKind; stack?: CapacityStack }) => void;
  filterText: string[];
};

/** Capacity outside China by start year, by the overview's measure: output or offtake, stacked by type or status, with its export menu. */
export function CapacityChart({ projects, standings, measure, stack, onChange, filterText }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const c = useMemo(() => capacityChart(projects, standings, measure, stack), [projects, standings, measure, stack]);
  const title = `${capacityKindLabels[measure]} capacity outside China by start year, by ${stack}`;
  const keyItems = c.groups.map((g) => ({ key: g, label: stackLabel(stack, g), color: stackColor(stack, g) }));
  return (
    <ChartCard
      title={title}
      data-testid="capacity-chart-card"
      subtitle={capacityChartSubtitle(c)}
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: `capacity-${measure}-by-${stack}`, materials: [], from: c.rows[0]?.year ?? 0, to: c.rows.at(-1)?.year ?? 0 })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            chartExportMeta({
              title,
              filters: [...filterText, `${capacityKindLabels[measure]}, t/yr: Japanese participation, each plant once, expansions as their increment`],
              keyItems: keyItems.map((k) => ({ ...k, shape: "disc" as const })),
              sources: [],
              sourceNote: capacitySourceNote(c),
              dataAsOf: null,
              permalink: window.location.href,
            })
          }
          getCsv={() => toCsv(CAPACITY_CSV_COLUMNS, capacityCsvRows(c))}
        />
      }
    >
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
        <ToggleGroup label="Measure" value={measure} options={MEASURE_OPTIONS} onChange={(m) => onChange({ measure: m })} testIdPrefix="measure" />
        <ToggleGroup label="Stack" value={stack} options={STACK_OPTIONS} onChange={(s) => onChange({ stack: s })} testIdPrefix="stack" />
      </div>
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="capacity-chart">
        {c.rows.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted">No counted {measure} capacity with a stated figure and a start year matches these filters.</p>
        ) : (
          width && (
            <StackedBar
              data={c.rows}
              index="year"
              categories={c.groups}
              colors={stackPalette(stack)}
              labels={(g) => stackLabel(stack, g)}
              valueFormatter={thousandsOfTonnes}
              width={width}
              height={CHART_HEIGHT}
              yAxisWidth={56}
              marginLeft={8}
            />
          )
        )}
      </div>
      <Legend items={keyItems} />
    </ChartCard>
  );
}
