"use client";

import { useEffect, useRef } from "react";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/embed";

/**
 * Posts the element's height to the page that frames this one, on every change
 * (`{ type: "ree-monitor:height", height }`), for the snippet's script to resize the iframe. Any
 * origin may listen: the height is no secret, and the allowed framers are set by frame-ancestors.
 * Also sends the embed's links to the top window.
 */
export function useEmbedRoot<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let last = -1;
    const post = () => {
      if (window.parent === window) return;
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    // A link inside the embed (a material, a source, an incident) opens the site in the top
    // window: in the frame, the page would be refused (frame-ancestors 'none'), and a client-side
    // navigation would bring the site's other pages into another site's frame. Marking the link
    // before the click reaches React lets the browser navigate instead of the router.
    const toTop = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (a instanceof HTMLAnchorElement && !a.hasAttribute("download") && (!a.target || a.target === "_self")) a.target = "_top";
    };
    el.addEventListener("click", toTop, true);
    return () => {
      observer.disconnect();
      el.removeEventListener("click", toTop, true);
    };
  }, []);
  return ref;
}
