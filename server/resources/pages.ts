import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { monthlySeriesFor } from "@/lib/bilateral/codes";
import { DEFAULT_IMPORTER, type Filters } from "@/lib/validation/filter-params";
import { prefetchResource } from "./define";
import { concentration, dependence, eventStudy, incidents, materialsSummary, monthly, peers, projects, summary } from "./index";

// What each page prefetches, with the keys its client components query, so the first paint needs
// no client fetch. Independent reads run together.

type PageFilters = Pick<Filters, "materials" | "from" | "to" | "categories" | "minSeverity">;

/** The overview: one series per material, and the primary material's figures, study and concentration. */
export function prefetchOverview(qc: QueryClient, f: PageFilters, window: number, peersYear: number | null = null): Promise<unknown> {
  const range = { from: f.from, to: f.to };
  const [primary] = f.materials;
  return Promise.all([
    ...f.materials.map((material) => prefetchResource(qc, dependence, { material, ...range, categories: f.categories, importer: DEFAULT_IMPORTER })),
    prefetchResource(qc, summary, { material: primary, ...range }),
    // The overview's timeline and markers list every severity.
    prefetchResource(qc, incidents, { materials: f.materials, ...range, categories: f.categories, minSeverity: 1 }),
    prefetchResource(qc, eventStudy, { material: primary, ...range, window }),
    prefetchResource(qc, concentration, { material: primary, ...range }),
    // The year a shared link names (`peersYear`), so it too paints without a client fetch.
    prefetchResource(qc, peers, { material: primary, year: peersYear }),
    prefetchResource(qc, projects, { materials: f.materials }),
    ...(monthlySeriesFor(primary).length ? [prefetchResource(qc, monthly, { material: primary })] : []),
  ]);
}

/** The incidents page: the list at the page's minimum severity. */
export function prefetchIncidents(qc: QueryClient, f: PageFilters): Promise<unknown> {
  return prefetchResource(qc, incidents, { materials: f.materials, from: f.from, to: f.to, categories: f.categories, minSeverity: f.minSeverity });
}

/** The materials page: every material's latest China share, read once (it takes no filters). */
export function prefetchMaterialsSummary(qc: QueryClient): Promise<void> {
  return prefetchResource(qc, materialsSummary, {});
}
