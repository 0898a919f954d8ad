import { capacityFigures, leftOutText, type CapacityTotals } from "@/lib/projects-capacity";

/** The listed projects' capacity by the overview's measure, in one line above the chart and the table. */
export function CapacitySummary({ totals }: { totals: CapacityTotals }) {
  const f = capacityFigures(totals);
  const leftOut = leftOutText(totals.leftOut);
  return (
    <p className="rounded-lg border border-line bg-panel px-4 py-3 text-sm text-ink shadow-sm" data-testid="capacity-summary">
      <span className="font-medium">Japan&apos;s capacity outside China in these projects, by the overview&apos;s measure:</span> committed output{" "}
      <strong data-testid="committed-output">{f.committedOutput}</strong> · committed offtake <strong data-testid="committed-offtake">{f.committedOfftake}</strong>{" "}
      (a different measure, never added to output) · pipeline <strong data-testid="pipeline">{f.pipeline}</strong>.{" "}
      <span className="mt-1 block text-xs text-muted">
        Committed is operating or under construction; pipeline is planned, MOU, testing or development. Japanese participation only, each plant once, an
        expansion as its increment. {f.counted}
        {leftOut ? ` (${leftOut})` : ""}.
      </span>
    </p>
  );
}
