import type { CapacityStack } from "@/lib/projects-view";

/** Two pressed-state buttons choosing what the capacity bars are stacked by. */
export function StackToggle({ stack, onStack }: { stack: CapacityStack; onStack: (s: CapacityStack) => void }) {
  return (
    <span className="inline-flex" role="group" aria-label="Stack by">
      {(["type", "status"] as const).map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={stack === s}
          data-testid={`stack-${s}`}
          onClick={() => onStack(s)}
          className={`border border-line px-2 py-1 text-xs first:rounded-l-md last:-ml-px last:rounded-r-md ${stack === s ? "bg-ink text-white" : "bg-white text-ink"}`}
        >
          by {s}
        </button>
      ))}
    </span>
  );
}
