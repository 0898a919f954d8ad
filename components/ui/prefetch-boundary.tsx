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

// Pages not yet moved to ./skeleton (projects) still import it from here.
export { Skeleton } from "./skeleton";
