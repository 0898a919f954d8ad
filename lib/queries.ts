import { queryOptions } from "@tanstack/react-query";
import {
  concentrationResource,
  dependenceResource,
  eventStudyResource,
  incidentsResource,
  peersResource,
  monthlyResource,
  projectsResource,
  resourceKey,
  resourceUrl,
  summaryResource,
  type ResourceDef,
} from "./resources";
import { DEFAULT_IMPORTER, type Category } from "./validation/filter-params";
import { materialsSummaryResource } from "./resources";

// Query options for the client, one per resource: the key and the URL come from the resource's
// definition (lib/resources), the same one the server prefetches with, so a hydrated page needs no
// client fetch and a filter change fetches the API.

type Range = { from: number; to: number };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  }
  return (await res.json()) as T;
}

/** The query options of one resource with these parameters. */
export function resourceQuery<P, T>(r: ResourceDef<P, T>, params: P) {
  return queryOptions({
    queryKey: resourceKey(r, params),
    queryFn: async (): Promise<T> => {
      const body = await getJson<unknown>(resourceUrl(r, params));
      return (r.envelope === "data" ? (body as { data: T }).data : body) as T;
    },
  });
}

export const dependenceQuery = (material: string, r: Range, categories: Category[]) =>
  resourceQuery(dependenceResource, { material, from: r.from, to: r.to, categories, importer: DEFAULT_IMPORTER });

export const summaryQuery = (material: string, r: Range) => resourceQuery(summaryResource, { material, from: r.from, to: r.to });

export const incidentsQuery = (materials: string[], r: Range, categories: Category[], minSeverity = 1) =>
  resourceQuery(incidentsResource, { materials, from: r.from, to: r.to, categories, minSeverity });

export const projectsQuery = (materials: string[]) => resourceQuery(projectsResource, { materials });

export const eventStudyQuery = (material: string, r: Range, window: number) =>
  resourceQuery(eventStudyResource, { material, from: r.from, to: r.to, window });

export const concentrationQuery = (material: string, r: Range) => resourceQuery(concentrationResource, { material, from: r.from, to: r.to });

export const materialsSummaryQuery = () => resourceQuery(materialsSummaryResource, {});
export const peersQuery = (material: string, year: number | null) => resourceQuery(peersResource, { material, year });
export const monthlyQuery = (material: string) => resourceQuery(monthlyResource, { material });
