import { expect, type APIRequestContext } from "@playwright/test";

/** The shapes of the read API as the SPEC fixes them (only the fields the tests use). */
export type DependencePointJson = {
  id: number;
  year: number;
  period: string;
  month: number | null;
  half: string | null;
  sharePct: number | null;
  low: number | null;
  high: number | null;
  bound: "lower" | "upper" | null;
  estimate: boolean;
  headline: boolean;
  basis: string;
  sourceId: number;
};

export type EventJson = { id: number; date: string; title: string; category: string; severity: number };

export type DependenceJson = {
  material: string;
  from: number;
  to: number;
  points: DependencePointJson[];
  events: EventJson[];
};

export type IncidentJson = EventJson & {
  datePrecision: string;
  actor: string | null;
  target: string | null;
  materials: string[];
  summary: string | null;
  sourceId: number;
  duplicateOf: number | null;
};

/** Incident ids that are second accounts of another incident in the seed (`duplicate_of` set). */
export const DUPLICATE_INCIDENT_IDS = [2, 5, 48, 51] as const;

export const DEFAULT_MATERIAL = "rare-earths";
export const DEFAULT_FROM = 2008;
/** SPEC: the default `to` is the current year (valid years 1990–2035). */
export const DEFAULT_TO = Math.min(2035, Math.max(1990, new Date().getUTCFullYear()));

export type DependenceQuery = { material?: string; from?: number; to?: number; category?: string };

export function dependenceUrl({ material = DEFAULT_MATERIAL, from = DEFAULT_FROM, to = DEFAULT_TO, category }: DependenceQuery = {}) {
  const sp = new URLSearchParams({ material, from: String(from), to: String(to) });
  if (category) sp.set("category", category);
  return `/api/v1/dependence?${sp}`;
}

export async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), `GET ${url}`).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  return (await res.json()) as T;
}

export function getDependence(request: APIRequestContext, query: DependenceQuery = {}) {
  return getJson<DependenceJson>(request, dependenceUrl(query));
}

export const eventIds = (d: DependenceJson) => d.events.map((e) => e.id).sort((a, b) => a - b);
