"use client";

import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { StackedBar } from "@/components/charts/stacked-bar";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { useElementWidth } from "@/components/ui/use-element-width";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { rowsChartData } from "@/lib/export/pptx/chart-data";
import { exportFileName } from "@/lib/export/naming";
import { enumLabel } from "@/lib/labels";
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
import { useProjectWords } from "./use-project-words";

const CHART_HEIGHT = 260;

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
  const w = useProjectWords();
  const { t, enums } = w;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const c = useMemo(() => capacityChart(projects, standings, measure, stack), [projects, standings, measure, stack]);
  const kind = enumLabel(enums.capacityKind, measure);
  const title = t("chart.title", { kind, stack });
  const keyItems = c.groups.map((g) => ({ key: g, label: stackLabel(w, stack, g), color: stackColor(stack, g) }));
  const measureOptions = CAPACITY_MEASURES.map((m) => ({ value: m, label: enumLabel(enums.capacityKind, m) }));
  const stackOptions = [
    { value: "type" as const, label: t("chart.byType") },
    { value: "status" as const, label: t("chart.byStatus") },
  ];
  const thousandsOfTonnes = (v: number) => t("chart.axisThousands", { value: v / 1000 });
  return (
    <ChartCard
      title={title}
      data-testid="capacity-chart-card"
      subtitle={capacityChartSubtitle(w, c)}
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: `capacity-${measure}-by-${stack}`, materials: [], from: c.rows[0]?.year ?? 0, to: c.rows.at(-1)?.year ?? 0 })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            chartExportMeta({
              title,
              filters: [...filterText, t("chart.exportMeasure", { kind })],
              keyItems: keyItems.map((k) => ({ ...k, shape: "disc" as const })),
              sources: [],
              sourceNote: capacitySourceNote(w, c),
              dataAsOf: null,
              permalink: window.location.href,
            })
          }
          getCsv={() => toCsv(CAPACITY_CSV_COLUMNS, capacityCsvRows(c))}
          getChartData={() => rowsChartData({ kind: "capacity", type: "bar", stacked: true, rows: c.rows, index: "year", keys: c.groups, name: (g) => stackLabel(w, stack, g), color: (g) => stackColor(stack, g), unit: "tonnes" })}
        />
      }
    >
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
        <ToggleGroup label={t("chart.measure")} value={measure} options={measureOptions} onChange={(m) => onChange({ measure: m })} testIdPrefix="measure" />
        <ToggleGroup label={t("chart.stack")} value={stack} options={stackOptions} onChange={(s) => onChange({ stack: s })} testIdPrefix="stack" />
      </div>
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="capacity-chart">
        {c.rows.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted">{t("chart.empty", { measure })}</p>
        ) : (
          width && (
            <StackedBar
              data={c.rows}
              index="year"
              categories={c.groups}
              colors={stackPalette(stack)}
              labels={(g) => stackLabel(w, stack, g)}
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
