import "server-only";
import { getConcentration, getEventStudy } from "@/db/queries/analysis";
import { getDependenceSeries, getHeadlineFigures } from "@/db/queries/dependence";
import { listIncidents } from "@/db/queries/incidents";
import { listMaterials } from "@/db/queries/materials";
import { getPeers } from "@/db/queries/peers";
import { getMonthlySeries } from "@/db/queries/monthly";
import { listProjects } from "@/db/queries/projects";
import { listTradeShares } from "@/db/queries/trade-shares";
import { concentrationCsvRows, CONCENTRATION_CSV_COLUMNS, eventStudyCsvRows, EVENT_STUDY_CSV_COLUMNS } from "@/lib/analysis/csv";
import { DEFAULT_WINDOW, MAX_WINDOW } from "@/lib/analysis/event-study";
import { dependenceCsvRows, DEPENDENCE_CSV_COLUMNS } from "@/lib/dependence-csv";
import { MONTHLY_CSV_COLUMNS, monthlyCsvRows } from "@/lib/monthly";
import {
  concentrationResource,
  dependenceResource,
  eventStudyResource,
  incidentsResource,
  materialsResource,
  peersResource,
  monthlyResource,
  projectsResource,
  summaryResource,
  tradeSharesResource,
} from "@/lib/resources";
import {
  INCIDENT_CSV_COLUMNS,
  incidentCsvRow,
  MATERIAL_CSV_COLUMNS,
  materialCsvRow,
  PROJECT_CSV_COLUMNS,
  projectCsvRow,
  TRADE_SHARE_CSV_COLUMNS,
} from "@/lib/resources/csv";
import { ALL_MATERIALS, MAX_YEAR, MIN_YEAR, YEAR_PATTERN } from "@/lib/validation/filter-params";
import { PEER_YEARS } from "@/lib/bilateral/codes";
import { PEERS_CSV_COLUMNS, peersCsvRows } from "@/lib/peers";
import { intParam } from "../api";
import { ApiError } from "../api-error";
import { serverResource } from "./define";
import { getMaterialsSummary } from "@/db/queries/materials-summary";
import { MATERIALS_SUMMARY_CSV_COLUMNS, materialsSummaryCsvRows } from "@/lib/materials-summary";
import { materialsSummaryResource, versionsResource } from "@/lib/resources";
import { getVersionsWithChanges } from "@/db/queries/versions";
import { VERSIONS_CSV_COLUMNS, versionsCsvRows } from "@/lib/changes";
import { VERSIONED_ENTITIES } from "@/lib/enums";
import type { VersionedEntity } from "@/lib/versions";

// The read API's resources on the server. Analysis and series routes answer for one material: the
// first, when several are asked (SPEC).

export { prefetchResource, resourceRoute } from "./define";

export const dependence = serverResource({
  ...dependenceResource,
  accepts: { filters: ["importer"] },
  fromRequest: (f) => ({ material: f.materials[0], from: f.from, to: f.to, categories: f.categories, importer: f.importer }),
  load: getDependenceSeries,
  csv: {
    fileName: (p, s) => `dependence-${s.material}-${p.from}-${p.to}`,
    columns: DEPENDENCE_CSV_COLUMNS,
    rows: dependenceCsvRows,
  },
});

export const summary = serverResource({
  ...summaryResource,
  fromRequest: (f) => ({ material: f.materials[0], from: f.from, to: f.to }),
  load: getHeadlineFigures,
});

export const incidents = serverResource({
  ...incidentsResource,
  // `severity`: the minimum severity (1–5) to list, read by the shared filter parser; `material=all` lists every incident.
  accepts: { filters: ["severity"], allowAll: true },
  fromRequest: (f) => ({ materials: f.materials, from: f.from, to: f.to, categories: f.categories, minSeverity: f.minSeverity }),
  load: (p) => listIncidents({ ...p, includeDuplicates: true }),
  csv: { fileName: (p) => `incidents-${p.from}-${p.to}`, columns: INCIDENT_CSV_COLUMNS, rows: (data) => data.map(incidentCsvRow) },
});

export const projects = serverResource({
  ...projectsResource,
  accepts: { allowAll: true },
  fromRequest: (f) => ({ materials: f.materials.includes(ALL_MATERIALS) ? null : f.materials }),
  load: (p) => listProjects({ materials: p.materials, includeDuplicates: true }),
  csv: { fileName: (p) => `projects-${(p.materials ?? ["all"]).join("+")}`, columns: PROJECT_CSV_COLUMNS, rows: (data) => data.map(projectCsvRow) },
});

export const eventStudy = serverResource({
  ...eventStudyResource,
  accepts: { own: ["window"] },
  fromRequest: (f, request) => ({
    material: f.materials[0],
    from: f.from,
    to: f.to,
    window: intParam(request, "window", { min: 1, max: MAX_WINDOW, fallback: DEFAULT_WINDOW }),
  }),
  load: getEventStudy,
  csv: {
    fileName: (p, s) => `event-study-${s.material}-${p.from}-${p.to}-window${p.window}`,
    columns: EVENT_STUDY_CSV_COLUMNS,
    rows: eventStudyCsvRows,
  },
});

export const concentration = serverResource({
  ...concentrationResource,
  fromRequest: (f) => ({ material: f.materials[0], from: f.from, to: f.to }),
  load: getConcentration,
  csv: {
    fileName: (p, c) => `concentration-${c.material}-${p.from}-${p.to}`,
    columns: CONCENTRATION_CSV_COLUMNS,
    rows: concentrationCsvRows,
  },
});

export const tradeShares = serverResource({
  ...tradeSharesResource,
  accepts: { filters: ["importer"] },
  fromRequest: (f) => ({ materials: f.materials, from: f.from, to: f.to, partner: f.partner, importer: f.importer }),
  load: listTradeShares,
  csv: {
    fileName: (p) => `trade-shares-${p.materials.join("+")}-${p.from}-${p.to}`,
    columns: TRADE_SHARE_CSV_COLUMNS,
    rows: (data) => data,
  },
});

export const materials = serverResource({
  ...materialsResource,
  fromRequest: () => ({}),
  load: () => listMaterials(),
  csv: { fileName: () => "materials", columns: MATERIAL_CSV_COLUMNS, rows: (data) => data.map(materialCsvRow) },
});

export const materialsSummary = serverResource({
  ...materialsSummaryResource,
  fromRequest: () => ({}),
  load: () => getMaterialsSummary(),
  csv: { fileName: () => "materials-china-share", columns: MATERIALS_SUMMARY_CSV_COLUMNS, rows: (data) => materialsSummaryCsvRows(data) },
});

/** `year`: one four-digit year in the valid range, else a 400; absent, the latest year with peer data. A valid year without data answers 200 with no rows and the reason. */
function peersYear(request: Request): number | null {
  const all = new URL(request.url).searchParams.getAll("year");
  if (all.length === 0) return null;
  const raw = all.join(",");
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  const n = Number(raw);
  if (all.length > 1 || !YEAR_PATTERN.test(raw) || n < MIN_YEAR || n > MAX_YEAR) {
    throw new ApiError(400, "bad_request", `Invalid query parameter: year=“${shown}”: must be one four-digit year from ${MIN_YEAR} to ${MAX_YEAR} (BACI peer data: ${PEER_YEARS.join(", ")}).`);
  }
  return n;
}

export const peers = serverResource({
  ...peersResource,
  accepts: { own: ["year"] },
  fromRequest: (f, request) => ({ material: f.materials[0], year: peersYear(request) }),
  load: getPeers,
  csv: {
    fileName: (_p, d) => `peers-${d.material}-${d.year ?? "none"}`,
    columns: PEERS_CSV_COLUMNS,
    rows: (d) => peersCsvRows(d),
  },
});

export const monthly = serverResource({
  ...monthlyResource,
  fromRequest: (f) => ({ material: f.materials[0] }),
  load: getMonthlySeries,
  csv: { fileName: (p) => `monthly-${p.material}`, columns: MONTHLY_CSV_COLUMNS, rows: monthlyCsvRows },
});

/** A version number parameter (`since`, `until`): one whole number from 0, else a 400 naming it; absent, the fallback. */
function versionParam(request: Request, name: string, fallback: number | null): number | null {
  const all = new URL(request.url).searchParams.getAll(name);
  if (all.length === 0) return fallback;
  const raw = all.join(",");
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  if (all.length > 1 || !/^\d{1,9}$/.test(raw)) throw new ApiError(400, "bad_request", `Invalid query parameter: ${name}=“${shown}”: must be one data version number (a whole number from 0).`);
  return Number(raw);
}

/** `entity`: a comma-separated list of trade_share, incident, project, material, source; else a 400. */
function entityParam(request: Request): VersionedEntity[] | null {
  const all = new URL(request.url).searchParams.getAll("entity");
  if (all.length === 0) return null;
  const list = all.flatMap((v) => v.split(",")).map((v) => v.trim());
  const bad = list.filter((v) => !(VERSIONED_ENTITIES as readonly string[]).includes(v));
  if (bad.length || !list.length) {
    const shown = (bad[0] ?? "").slice(0, 30);
    throw new ApiError(400, "bad_request", `Invalid query parameter: entity=“${shown}”: must be one or more of ${VERSIONED_ENTITIES.join(", ")}.`);
  }
  return [...new Set(list)] as VersionedEntity[];
}

export const versions = serverResource({
  ...versionsResource,
  accepts: { own: ["since", "until", "entity"] },
  fromRequest: (f, request) => {
    const sp = new URL(request.url).searchParams;
    for (const name of ["category", "partner"]) {
      if (sp.has(name)) throw new ApiError(400, "bad_request", `Unknown query parameter: ${name}. Allowed: material, from, to, since, until, entity, format.`);
    }
    const since = versionParam(request, "since", 0)!;
    const until = versionParam(request, "until", null);
    if (until !== null && until < since) throw new ApiError(400, "bad_request", `Invalid query parameters: until=${until} is before since=${since}.`);
    return {
      since,
      until,
      materials: sp.has("material") ? f.materials : null,
      from: sp.has("from") ? f.from : null,
      to: sp.has("to") ? f.to : null,
      entities: entityParam(request),
    };
  },
  load: (p) => getVersionsWithChanges(p),
  csv: {
    fileName: (p) => `changes-after-v${p.since}${p.until !== null ? `-to-v${p.until}` : ""}${p.materials ? `-${p.materials.join("+")}` : ""}`,
    columns: VERSIONS_CSV_COLUMNS,
    rows: versionsCsvRows,
  },
});
