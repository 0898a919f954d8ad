import { queryOptions } from "@tanstack/react-query";
import type { Category } from "./validation/filter-params";
import type { ConcentrationResponse, DependenceResponse, EventStudyResponse, HeadlineFigures, IncidentDto, ProjectDto } from "./types";

// Query option factories shared by the server prefetch (which swaps in a direct database read)
// and the client (which fetches the API when the filters change).

type Range = { from: number; to: number };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  }
  return (await res.json()) as T;
}

function qs(params: Record<string, string | number | string[] | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    sp.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return sp.toString();
}

export const dependenceKey = (material: string, r: Range, categories: Category[]) =>
  ["dependence", material, r.from, r.to, [...categories].sort().join(",")] as const;

export function dependenceQuery(material: string, r: Range, categories: Category[]) {
  return queryOptions({
    queryKey: dependenceKey(material, r, categories),
    queryFn: () => getJson<DependenceResponse>(`/api/v1/dependence?${qs({ material, from: r.from, to: r.to, category: categories })}`),
  });
}

export const summaryKey = (material: string, r: Range) => ["summary", material, r.from, r.to] as const;

export function summaryQuery(material: string, r: Range) {
  return queryOptions({
    queryKey: summaryKey(material, r),
    queryFn: () => getJson<HeadlineFigures>(`/api/v1/summary?${qs({ material, from: r.from, to: r.to })}`),
  });
}

export const incidentsKey = (materials: string[], r: Range, categories: Category[], minSeverity = 1) =>
  ["incidents", materials.join(","), r.from, r.to, [...categories].sort().join(","), minSeverity] as const;

export function incidentsQuery(materials: string[], r: Range, categories: Category[], minSeverity = 1) {
  return queryOptions({
    queryKey: incidentsKey(materials, r, categories, minSeverity),
    queryFn: async () =>
      (
        await getJson<{ data: IncidentDto[] }>(
          `/api/v1/incidents?${qs({ material: materials, from: r.from, to: r.to, category: categories, severity: minSeverity > 1 ? minSeverity : undefined })}`,
        )
      ).data,
  });
}

export const projectsKey = (materials: string[]) => ["projects", materials.join(",")] as const;

export function projectsQuery(materials: string[]) {
  return queryOptions({
    queryKey: projectsKey(materials),
    queryFn: async () => (await getJson<{ data: ProjectDto[] }>(`/api/v1/projects?${qs({ material: materials })}`)).data,
  });
}

export const eventStudyKey = (material: string, r: Range, window: number) => ["event-study", material, r.from, r.to, window] as const;

export function eventStudyQuery(material: string, r: Range, window: number) {
  return queryOptions({
    queryKey: eventStudyKey(material, r, window),
    queryFn: () => getJson<EventStudyResponse>(`/api/v1/event-study?${qs({ material, from: r.from, to: r.to, window })}`),
  });
}

export const concentrationKey = (material: string, r: Range) => ["concentration", material, r.from, r.to] as const;

export function concentrationQuery(material: string, r: Range) {
  return queryOptions({
    queryKey: concentrationKey(material, r),
    queryFn: () => getJson<ConcentrationResponse>(`/api/v1/concentration?${qs({ material, from: r.from, to: r.to })}`),
  });
}
