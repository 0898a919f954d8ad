import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { getQueryClient } from "@/lib/query-client";
import { PackedHydrationBoundary } from "./packed-hydration";
import { pack } from "@/lib/packed-rows";

/**
 * A server section that prefetches its queries (with the keys the client uses) and hands them to
 * the client components inside. Wrapped in <Suspense>, the page shell streams first. The data goes
 * into the page packed (lib/packed-rows: each list's keys once) and is unpacked as it hydrates.
 * `lean`, when given, shapes each query's data as this page's client reads it first (the English
 * overview leaves out the Japanese texts).
 */
export async function PrefetchBoundary({ prefetch, lean, children }: { prefetch: (qc: QueryClient) => Promise<unknown>; lean?: (data: unknown) => unknown; children: React.ReactNode }) {
  const queryClient = getQueryClient();
  await prefetch(queryClient);
  const state = dehydrate(queryClient, { serializeData: (data) => pack(lean ? lean(data) : data) });
  return <PackedHydrationBoundary state={state}>{children}</PackedHydrationBoundary>;
}

// Pages not yet moved to ./skeleton (projects) still import it from here.
export { Skeleton } from "./skeleton";
