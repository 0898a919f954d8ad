// Every resource of the read API (`/api/v1/*`), with its parameters. Adding a filter to a resource
// means adding it to its parameters and its `search` here, and to its loader in server/resources/.
import type { ConcentrationResponse, DependenceResponse, EventStudyResponse, HeadlineFigures, IncidentDto, MaterialDto, ProjectDto, TradeShareDto } from "../types";
import type { PeersResponse } from "../peers";
import type { MonthlyResponse } from "../monthly";
import { DEFAULT_IMPORTER, type Category } from "../validation/filter-params";
import { defineResource } from "./define";
import type { MaterialsSummary } from "../materials-summary";
import type { VersionsParams, VersionsResponse } from "../changes";

export { resourceKey, resourceSearch, resourceUrl, type ResourceDef } from "./define";

type Range = { from: number; to: number };
const sorted = (values: readonly string[]) => [...values].sort();

/** The importer only in URLs that are not about Japan, so Japan's keys and links stay as they were. */
const importerParam = (importer: string) => (importer === DEFAULT_IMPORTER ? undefined : importer);

export type DependenceParams = Range & { material: string; categories: Category[]; importer: string };
export const dependenceResource = defineResource<DependenceParams, DependenceResponse>({
  name: "dependence",
  path: "/api/v1/dependence",
  envelope: "none",
  search: (p) => ({ material: p.material, from: p.from, to: p.to, category: sorted(p.categories), importer: importerParam(p.importer) }),
});

export type SummaryParams = Range & { material: string };
export const summaryResource = defineResource<SummaryParams, HeadlineFigures>({
  name: "summary",
  path: "/api/v1/summary",
  envelope: "none",
  search: (p) => ({ material: p.material, from: p.from, to: p.to }),
});

export type IncidentsParams = Range & { materials: string[]; categories: Category[]; minSeverity: number };
export const incidentsResource = defineResource<IncidentsParams, IncidentDto[]>({
  name: "incidents",
  path: "/api/v1/incidents",
  envelope: "data",
  search: (p) => ({
    material: p.materials,
    from: p.from,
    to: p.to,
    category: sorted(p.categories),
    severity: p.minSeverity > 1 ? p.minSeverity : undefined,
  }),
});

/** `materials: null` is every project, whatever its materials. */
export type ProjectsParams = { materials: string[] | null };
export const projectsResource = defineResource<ProjectsParams, ProjectDto[]>({
  name: "projects",
  path: "/api/v1/projects",
  envelope: "data",
  search: (p) => ({ material: p.materials ?? undefined }),
});

export type EventStudyParams = Range & { material: string; window: number };
export const eventStudyResource = defineResource<EventStudyParams, EventStudyResponse>({
  name: "event-study",
  path: "/api/v1/event-study",
  envelope: "none",
  search: (p) => ({ material: p.material, from: p.from, to: p.to, window: p.window }),
});

export type ConcentrationParams = Range & { material: string };
export const concentrationResource = defineResource<ConcentrationParams, ConcentrationResponse>({
  name: "concentration",
  path: "/api/v1/concentration",
  envelope: "none",
  search: (p) => ({ material: p.material, from: p.from, to: p.to }),
});

export type TradeSharesParams = Range & { materials: string[]; partner: string | null; importer: string };
export const tradeSharesResource = defineResource<TradeSharesParams, TradeShareDto[]>({
  name: "trade-shares",
  path: "/api/v1/trade-shares",
  envelope: "data",
  search: (p) => ({ material: p.materials, from: p.from, to: p.to, partner: p.partner, importer: importerParam(p.importer) }),
});

export const materialsResource = defineResource<Record<string, never>, MaterialDto[]>({
  name: "materials",
  path: "/api/v1/materials",
  envelope: "data",
  search: () => ({}),
});

/** Every material with China's latest share of Japan's imports (the materials page). */
export const materialsSummaryResource = defineResource<Record<string, never>, MaterialsSummary>({
  name: "materials-summary",
  path: "/api/v1/materials/summary",
  envelope: "none",
  search: () => ({}),
});

/** `year: null` asks for the latest year with peer data. */
export type PeersParams = { material: string; year: number | null };
export const peersResource = defineResource<PeersParams, PeersResponse>({
  name: "peers",
  path: "/api/v1/peers",
  envelope: "none",
  search: (p) => ({ material: p.material, year: p.year }),
});

/** China's monthly exports to Japan (mirror) of a material's HS codes, with the events on the same months. */
export type MonthlyParams = { material: string };
export const monthlyResource = defineResource<MonthlyParams, MonthlyResponse>({
  name: "monthly",
  path: "/api/v1/monthly",
  envelope: "none",
  search: (p) => ({ material: p.material }),
});

/** The data versions after `since` with the changes they recorded (the /changes page, the v=N notice). */
export const versionsResource = defineResource<VersionsParams, VersionsResponse>({
  name: "versions",
  path: "/api/v1/versions",
  envelope: "none",
  search: (p) => ({
    since: p.since,
    until: p.until,
    material: p.materials ? sorted(p.materials) : undefined,
    from: p.from,
    to: p.to,
    entity: p.entities ? sorted(p.entities) : undefined,
  }),
});
