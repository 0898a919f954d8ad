"use client";

import { useTranslations } from "next-intl";
import { useQueryState } from "nuqs";
import { DEFAULT_VIEW, parseView } from "@/lib/dependence-view";
import type { DependenceView } from "@/lib/enums";

/** The overview's `view` parameter (share or value), read as the server parses it; the notice names an invalid value. */
export function useDependenceView(): [DependenceView, (v: DependenceView) => void] {
  const [raw, setRaw] = useQueryState("view", { history: "push", shallow: true, scroll: false });
  return [parseView(raw), (v) => void setRaw(v === DEFAULT_VIEW ? null : v)];
}

const OPTIONS: DependenceView[] = ["share", "value"];

/**
 * Share or value: two pressed-state buttons. Without values for the filtered materials the value
 * button is disabled and says why (its title and the screen reader's description).
 */
export function DependenceViewToggle({ view, onChange, available }: { view: DependenceView; onChange: (v: DependenceView) => void; available: boolean }) {
  const t = useTranslations("dashboard");
  return (
    <div role="group" aria-label={t("view.label")} data-testid="view-toggle" className="inline-flex overflow-hidden rounded-md border border-line text-xs">
      {OPTIONS.map((o) => {
        const on = view === o || (!available && o === "share");
        const disabled = o === "value" && !available;
        return (
          <button
            key={o}
            type="button"
            data-view={o}
            aria-pressed={on}
            disabled={disabled}
            title={disabled ? t("view.unavailable") : undefined}
            onClick={() => onChange(o)}
            className={`px-2.5 py-1 ${on ? "bg-ink text-white" : "bg-white text-ink hover:bg-canvas"} disabled:cursor-not-allowed disabled:text-muted disabled:hover:bg-white`}
          >
            {t(o === "share" ? "view.share" : "view.value")}
          </button>
        );
      })}
    </div>
  );
}
