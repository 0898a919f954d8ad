import type { UploadPhase } from "@/lib/import-flow";

/** The upload's progress, then an indeterminate bar while the server validates and writes. */
export function ImportProgress({ phase }: { phase: UploadPhase }) {
  if (phase.state === "idle") return null;
  return (
    <div className="flex items-center gap-3 text-xs text-muted" data-testid="import-progress">
      <progress className="h-2 w-64" max={100} value={phase.state === "uploading" ? phase.pct : undefined} aria-label="Import progress" />
      {phase.state === "uploading" ? `Uploading… ${phase.pct}%` : "Validating and processing…"}
    </div>
  );
}
