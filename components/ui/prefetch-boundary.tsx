import { dehydrate, HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import { getQueryClient } from "@/lib/query-client";

/**
 * A server section that prefetches its queries (with the keys the client uses) and hands them to
 * the client components inside. Wrapped in <Suspense>, the page shell streams first. `lean`, when
 * given, shapes each query's data as this page's client reads it before it goes into the page
 * (the English page leaves out the Japanese texts).
 */
export async function PrefetchBoundary({ prefetch, lean, children }: { prefetch: (qc: QueryClient) => Promise<unknown>; lean?: (data: unknown) => unknown; children: React.ReactNode }) {
  const queryClient = getQueryClient();
  await prefetch(queryClient);
  return <HydrationBoundary state={dehydrate(queryClient, lean ? { serializeData: lean } : undefined)}>{children}</HydrationBoundary>;
}

// Pages not yet moved to ./skeleton (projects) still import it from here.
export { Skeleton } from "./skeleton";
