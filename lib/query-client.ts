import { isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data changes only on import, and the import page invalidates these queries itself. Never
      // stale otherwise: the server may send a page from its response cache minutes after it was
      // rendered, and a refetch-on-mount of its "old" data would render `isFetching` during
      // hydration, unlike the server (React error 418).
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per server request; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
