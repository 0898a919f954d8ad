"use client";

import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";
import { unpack } from "@/lib/packed-rows";

const OPTIONS = { defaultOptions: { deserializeData: unpack } };

/** HydrationBoundary for state whose data PrefetchBoundary packed (lib/packed-rows): unpacked as it enters the cache. */
export function PackedHydrationBoundary({ state, children }: { state: DehydratedState; children: React.ReactNode }) {
  return (
    <HydrationBoundary state={state} options={OPTIONS}>
      {children}
    </HydrationBoundary>
  );
}
