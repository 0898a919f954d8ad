import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { DEFAULT_IMPORTER, type Filters } from "@/lib/validation/filter-params";
import { resourceUrl } from "@/lib/resources";
import type { Locale } from "@/lib/i18n/routing";
import { prefetchResource } from "./define";
import { concentration, dependence, eventStudy, incidents, materialsSummary, monthly, peers, projects, summary } from "./index";

// What each page prefetches, with the keys its client components query, so the first paint needs
// no client fetch. Independent reads run together.

type PageFilters = Pick<Filters, "materials" | "from" | "to" | "categories" | "minSeverity">;

/**
 * The overview's first screen: one series per material and the primary material's headline
 * figures. Not prefetched, so not in the page: the incidents (the chart's markers come with the
 * series; an incident's summary, shown when a marker is opened, is fetched after hydration) and
 * the cards below the first screen (monthly, event study, concentration, peers, timeline,
 * projects), which load when the reader scrolls near them (components/ui/on-demand.tsx).
 */
export function prefetchOverview(qc: QueryClient, f: PageFilters): Promise<unknown> {
  const range = { from: f.from, to: f.to };
  return Promise.all([
    ...f.materials.map((material) => prefetchResource(qc, dependence, { material, ...range, categories: f.categories, importer: DEFAULT_IMPORTER })),
    prefetchResource(qc, summary, { material: f.materials[0], ...range }),
  ]);
}

/** The API address (JSON; `&format=csv` for the CSV) of each card the overview loads on demand, for readers without JavaScript. */
export function overviewOnDemandUrls(f: PageFilters, window: number, peersYear: number | null) {
  const range = { from: f.from, to: f.to };
  const [primary] = f.materials;
  return {
    monthly: resourceUrl(monthly, { material: primary }),
    eventStudy: resourceUrl(eventStudy, { material: primary, ...range, window }),
    concentration: resourceUrl(concentration, { material: primary, ...range }),
    peers: resourceUrl(peers, { material: primary, year: peersYear }),
    incidents: resourceUrl(incidents, { materials: f.materials, ...range, categories: f.categories, minSeverity: 1 }),
    projects: resourceUrl(projects, { materials: f.materials }),
  };
}

const OTHER_LANGUAGE = /Ja$/;

/**
 * A query's data as an English page reads it: the Japanese texts (`titleJa`, `summaryJa`, …) left
 * out, a third of the incidents' bytes. The Japanese page keeps both (its rows fall back to the
 * English text where there is no Japanese). The language switch is a full load, so a browser's
 * cache never mixes the two.
 */
export function forLocale(locale: Locale) {
  if (locale !== "en") return undefined;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!OTHER_LANGUAGE.test(k)) out[k] = strip(v);
    return out;
  };
  return strip;
}

/** The incidents page: the list at the page's minimum severity. */
export function prefetchIncidents(qc: QueryClient, f: PageFilters): Promise<unknown> {
  return prefetchResource(qc, incidents, { materials: f.materials, from: f.from, to: f.to, categories: f.categories, minSeverity: f.minSeverity });
}

/** The materials page: every material's latest China share, read once (it takes no filters). */
export function prefetchMaterialsSummary(qc: QueryClient): Promise<void> {
  return prefetchResource(qc, materialsSummary, {});
}
