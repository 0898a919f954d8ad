import { dehydrate, HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import { getQueryClient } from "@/lib/query-client";

/**
 * A server section that prefetches its queries (with the keys the client uses) and hands them to
 * the client components inside. Wrapped in <Suspense>, the page shell streams first.
 */
export async function PrefetchBoundary({ prefetch, children }: { prefetch: (qc: QueryClient) => Promise<unknown>; children: React.ReactNode }) {
  const queryClient = getQueryClient();
  await prefetch(queryClient);
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}

/** A grey block of the final layout's size, for loading states. */
export function Skeleton({ height, className = "" }: { height: number; className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-lg border border-line bg-panel ${className}`} style={{ height }} />;
}
