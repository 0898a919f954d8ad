import type { KeyboardEvent } from "react";

/** A keydown handler that runs `action` on Enter or Space, as a native button would (for SVG marks with role="button"). */
export function onActivateKey(action: () => void) {
  return (ev: KeyboardEvent) => {
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      action();
    }
  };
}
