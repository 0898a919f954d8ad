"use client";

import { capacityFigures, leftOutText, type CapacityTotals } from "@/lib/projects-capacity";
import { useProjectWords } from "./use-project-words";

/** The listed projects' capacity by the overview's measure, in one line above the chart and the table. */
export function CapacitySummary({ totals }: { totals: CapacityTotals }) {
  const w = useProjectWords();
  const { t } = w;
  const f = capacityFigures(w, totals);
  const leftOut = leftOutText(w, totals.leftOut);
  return (
    <p className="rounded-lg border border-line bg-panel px-4 py-3 text-sm text-ink shadow-sm" data-testid="capacity-summary">
      {t.rich("summary.line", {
        output: f.committedOutput,
        offtake: f.committedOfftake,
        pipeline: f.pipeline,
        lead: (chunks) => <span className="font-medium">{chunks}</span>,
        outputFigure: (chunks) => <strong data-testid="committed-output">{chunks}</strong>,
        offtakeFigure: (chunks) => <strong data-testid="committed-offtake">{chunks}</strong>,
        pipelineFigure: (chunks) => <strong data-testid="pipeline">{chunks}</strong>,
      })}{" "}
      <span className="mt-1 block text-xs text-muted">{t("summary.note", { counted: f.counted, hasLeftOut: leftOut ? "yes" : "no", leftOut })}</span>
    </p>
  );
}
