"use client";

import { useQueryState } from "nuqs";
import { DEFAULT_VIEW, parseView } from "@/lib/dependence-view";
import type { DependenceView } from "@/lib/enums";

/** The overview's `view` parameter (share or value), read as the server parses it; the notice names an invalid value. */
export function useDependenceView(): [DependenceView, (v: DependenceView) => void] {
  const [raw, setRaw] = useQueryState("view", { history: "push", shallow: true, scroll: false });
  return [parseView(raw), (v) => void setRaw(v === DEFAULT_VIEW ? null : v)];
}

const OPTIONS: { view: DependenceView; label: string }[] = [
  { view: "share", label: "Share of imports" },
  { view: "value", label: "Value from China (US$)" },
];

/**
 * Share or value: two pressed-state buttons. Without values for the filtered materials the value
 * button is disabled and says why (its title and the screen reader's description).
 */
export function DependenceViewToggle({ view, onChange, available }: { view: DependenceView; onChange: (v: DependenceView) => void; available: boolean }) {
  return (
    <div role="group" aria-label="Show the chart as" data-testid="view-toggle" className="inline-flex overflow-hidden rounded-md border border-line text-xs">
      {OPTIONS.map((o) => {
        const on = view === o.view || (!available && o.view === "share");
        const disabled = o.view === "value" && !available;
        return (
          <button
            key={o.view}
            type="button"
            data-view={o.view}
            aria-pressed={on}
            disabled={disabled}
            title={disabled ? "No source gives the value of these imports from China in the years shown" : undefined}
            onClick={() => onChange(o.view)}
            className={`px-2.5 py-1 ${on ? "bg-ink text-white" : "bg-white text-ink hover:bg-canvas"} disabled:cursor-not-allowed disabled:text-muted disabled:hover:bg-white`}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
