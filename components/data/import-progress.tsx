import { useTranslations } from "next-intl";
import type { UploadPhase } from "@/lib/import-flow";

/** The upload's progress, then an indeterminate bar while the server validates and writes. */
export function ImportProgress({ phase }: { phase: UploadPhase }) {
  const t = useTranslations("data.progress");
  if (phase.state === "idle") return null;
  return (
    <div className="flex items-center gap-3 text-xs text-muted" data-testid="import-progress">
      <progress className="h-2 w-64" max={100} value={phase.state === "uploading" ? phase.pct : undefined} aria-label={t("label")} />
      {phase.state === "uploading" ? t("uploading", { pct: String(phase.pct) }) : t("processing")}
    </div>
  );
}
