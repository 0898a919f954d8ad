"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Tracks an element's content width (null until mounted), for charts that lay out in pixels. A
 * hidden element (0 wide, e.g. the screen chart while printing) keeps its last width, so what it
 * draws stays drawn.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
