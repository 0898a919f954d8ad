"use client";

import { useEffect, useRef } from "react";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/embed";

/**
 * Posts the element's height to the page that frames this one, on every change
 * (`{ type: "ree-monitor:height", height }`), for the snippet's script to resize the iframe. Any
 * origin may listen: the height is no secret, and the allowed framers are set by frame-ancestors.
 */
export function usePostHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, []);
  return ref;
}
