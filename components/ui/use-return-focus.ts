"use client";

import { useCallback, useRef } from "react";

/**
 * Keeps what opened a panel, to give it the focus back when the panel closes: closing by Escape or
 * Close would otherwise drop the focus to <body>, and the next Tab would start the page over.
 * `remember(fallback)` at open: the focused element, and a selector that finds the same control
 * again should it have been redrawn; `restore()` at close, before the panel unmounts.
 */
export function useReturnFocus(root: React.RefObject<HTMLElement | null>) {
  const opener = useRef<{ el: Element | null; selector: string } | null>(null);
  const remember = useCallback((selector: string) => {
    opener.current = { el: document.activeElement, selector };
  }, []);
  const restore = useCallback(() => {
    const o = opener.current;
    opener.current = null;
    if (!o) return;
    const target = o.el && o.el !== document.body && o.el.isConnected ? o.el : root.current?.querySelector(o.selector);
    if (target instanceof HTMLElement || target instanceof SVGElement) target.focus({ preventScroll: true });
  }, [root]);
  return { remember, restore };
}
