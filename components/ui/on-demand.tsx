"use client";

import { useEffect, useRef, useState } from "react";

/** How far ahead of the viewport a card starts loading: about a screen, so it is drawn before the reader gets there. */
export const ON_DEMAND_MARGIN = "800px 0px";

/**
 * A card below the first screen, mounted (and so its query run) only when it comes within
 * ON_DEMAND_MARGIN of the viewport: its data is not in the page's HTML. Until then it holds the
 * card's height (`reserve`, Tailwind min-height classes per breakpoint), so nothing below jumps,
 * and, with JavaScript off, says so and links the card's data (`fallback`, in a <noscript>).
 */
export function OnDemand({ name, reserve, fallback, className = "", children }: { name: string; reserve: string; fallback: React.ReactNode; className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setShown(true);
          io.disconnect();
        }
      },
      { rootMargin: ON_DEMAND_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [shown]);
  return (
    <div ref={ref} data-on-demand={name} data-shown={shown} className={`min-w-0 ${shown ? "" : reserve} ${className}`}>
      {shown ? (
        children
      ) : (
        <div className={`rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5 ${reserve}`} data-testid="on-demand-placeholder">
          <noscript>{fallback}</noscript>
        </div>
      )}
    </div>
  );
}
