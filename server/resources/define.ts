import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { resourceKey, type ResourceDef } from "@/lib/resources";
import type { CsvValue } from "@/lib/csv";
import type { Filters } from "@/lib/validation/filter-params";
import { handle } from "../api-error";
import { csvResponse, jsonResponse, parseApiFilters, type ExtraParams } from "../api";

/**
 * A read API resource on the server: the shared definition (lib/resources) plus what only the
 * server has: which extra query parameters it accepts, how a request becomes its parameters, its
 * loader (a db query) and its CSV. The route, the pages' prefetch and the CSV all come from here.
 */
export type ServerResource<P, T> = ResourceDef<P, T> & {
  accepts?: ExtraParams;
  /** The parameters of a request whose shared filters are parsed; own parameters are read (and rejected with a 400) here. */
  fromRequest: (f: Filters, request: Request) => P;
  load: (params: P) => T;
  csv?: {
    fileName: (params: P, data: T) => string;
    columns: readonly string[];
    rows: (data: T) => Record<string, CsvValue>[];
  };
};

export function serverResource<P, T>(r: ServerResource<P, T>): ServerResource<P, T> {
  return r;
}

/** The GET handler of a resource: parse → load → JSON or CSV. An API route is this one call. */
export function resourceRoute<P, T>(r: ServerResource<P, T>) {
  return handle((request: Request) => {
    const f = parseApiFilters(request, r.accepts);
    const params = r.fromRequest(f, request);
    const data = r.load(params);
    if (f.format === "csv" && r.csv) return csvResponse(r.csv.fileName(params, data), r.csv.columns, r.csv.rows(data));
    return jsonResponse(r.envelope === "data" ? { data } : data);
  });
}

/** Prefetches a resource into a page's query client with the key the browser uses, read straight from the store. */
export function prefetchResource<P, T>(queryClient: QueryClient, r: ServerResource<P, T>, params: P): Promise<void> {
  return queryClient.prefetchQuery({ queryKey: resourceKey(r, params), queryFn: () => r.load(params) });
}
