import "server-only";
import { listIncidents } from "@/db/queries/incidents";
import { listMaterials } from "@/db/queries/materials";
import { listProjects } from "@/db/queries/projects";
import { listAllSources } from "@/db/queries/sources";
import { listTradeShares } from "@/db/queries/trade-shares";
import { toCsv, type CsvValue } from "@/lib/csv";
import { INCIDENT_CSV_COLUMNS, incidentCsvRow, MATERIAL_CSV_COLUMNS, materialCsvRow, PROJECT_CSV_COLUMNS, projectCsvRow, TRADE_SHARE_CSV_COLUMNS } from "@/lib/resources/csv";
import type { SourceRef } from "@/lib/types";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";
import { ApiError, handle } from "../api-error";
import { ALL_DATA_README } from "./all-data-readme";
import { zip } from "./zip";

// "All data": every trade share of every material with its source spelled out (CSV), or the whole
// store as one ZIP (trade shares, incidents, projects, sources, materials and a README of the
// columns), as OWID bundles its data.

/** The source columns added to each record, so a row can be read without the sources file. */
export const SOURCE_COLUMNS = ["sourceTitle", "sourcePublisher", "sourcePublished", "sourceUrl", "sourceKind"] as const;
export const SOURCE_CSV_COLUMNS = ["id", "title", "publisher", "published", "url", "kind", "locator"] as const satisfies readonly (keyof SourceRef)[];

type WithSource = { sourceId: number };

function withSource<T extends WithSource>(rows: readonly T[], sources: Map<number, SourceRef>) {
  return rows.map((r) => {
    const s = sources.get(r.sourceId);
    return { ...r, sourceTitle: s?.title ?? null, sourcePublisher: s?.publisher ?? null, sourcePublished: s?.published ?? null, sourceUrl: s?.url ?? null, sourceKind: s?.kind ?? null };
  });
}

function tables() {
  const sources = listAllSources();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const materials = listMaterials();
  const slugs = materials.map((m) => m.slug);
  const tradeShares = withSource(listTradeShares({ materials: slugs, from: MIN_YEAR, to: MAX_YEAR, partner: null, importer: null }), byId);
  const incidents = withSource(listIncidents({ materials: ["all"], from: MIN_YEAR, to: MAX_YEAR, categories: [], includeDuplicates: true }).map(incidentCsvRow), byId);
  const projects = withSource(listProjects({ materials: null, includeDuplicates: true }).map(projectCsvRow), byId);
  return { sources, materials, tradeShares, incidents, projects };
}

const csv = (columns: readonly string[], rows: readonly Record<string, CsvValue>[]) => toCsv(columns, rows);

export function allTradeSharesCsv(): string {
  return csv([...TRADE_SHARE_CSV_COLUMNS, ...SOURCE_COLUMNS], tables().tradeShares);
}

export function allDataZip(): Buffer {
  const t = tables();
  return zip([
    { name: "README.md", data: ALL_DATA_README },
    { name: "trade_shares.csv", data: csv([...TRADE_SHARE_CSV_COLUMNS, ...SOURCE_COLUMNS], t.tradeShares) },
    { name: "incidents.csv", data: csv([...INCIDENT_CSV_COLUMNS, ...SOURCE_COLUMNS], t.incidents) },
    { name: "projects.csv", data: csv([...PROJECT_CSV_COLUMNS, ...SOURCE_COLUMNS], t.projects) },
    { name: "sources.csv", data: csv(SOURCE_CSV_COLUMNS, t.sources) },
    { name: "materials.csv", data: csv([...MATERIAL_CSV_COLUMNS, "seriesYears"], t.materials.map(materialCsvRow)) },
  ]);
}

/** GET /api/v1/all-data[?format=csv|zip] */
export const getAllData = handle((request: Request) => {
  const sp = new URL(request.url).searchParams;
  const unknown = [...new Set(sp.keys())].filter((k) => k !== "format");
  if (unknown.length) throw new ApiError(400, "bad_request", `Unknown query parameter: ${unknown.slice(0, 3).map((k) => k.slice(0, 30)).join(", ")}. Allowed: format.`);
  const formats = sp.getAll("format");
  if (formats.length > 1) throw new ApiError(400, "bad_request", "format given more than once.");
  const format = formats[0] ?? "csv";
  if (format === "csv") {
    return new Response(allTradeSharesCsv(), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="ree-monitor-trade-shares-all.csv"', "cache-control": "public, max-age=0, must-revalidate" },
    });
  }
  if (format === "zip") {
    return new Response(new Uint8Array(allDataZip()), {
      headers: { "content-type": "application/zip", "content-disposition": 'attachment; filename="ree-monitor-all-data.zip"', "cache-control": "public, max-age=0, must-revalidate" },
    });
  }
  throw new ApiError(400, "bad_request", `Invalid query parameter: format=“${format.slice(0, 20)}”: must be csv or zip.`);
});
