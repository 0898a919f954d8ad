// Data versions: every committed change to the store gets the next number (db/queries/versions.ts
// records it, with the rows it added, changed or removed, in the write's own transaction). This
// file holds what both sides need: the shapes the pages and APIs hand around, and how a view's
// permalink carries the version it was shared at (`v=N`).

import type { CHANGE_ACTIONS, VERSION_KINDS, VERSIONED_ENTITIES } from "./enums";

export type VersionKind = (typeof VERSION_KINDS)[number];
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
export type VersionedEntity = (typeof VERSIONED_ENTITIES)[number];

/** The version a page was rendered at: its number (0 before anything was stored) and when it was committed. */
export type DataVersionInfo = { version: number; at: string | null };

/** One data version as the pages, the feed and the API see it. */
export type DataVersionDto = {
  version: number;
  /** ISO timestamp of the commit (UTC). */
  createdAt: string;
  kind: VersionKind;
  /** One line, in English (the pages word it in their language from the fields below). */
  summary: string;
  added: number;
  changed: number;
  removed: number;
  /** The import that made it (its audit row) and the import's kind; null for a seed or the baseline. File names stay in the admin's audit log. */
  importId: number | null;
  importKind: string | null;
};

/** One row added, changed or removed by a version; `before`/`after` are the row's columns (snake_case, as stored). */
export type DataChangeDto = {
  id: number;
  version: number;
  entity: VersionedEntity;
  entityId: string;
  action: ChangeAction;
  material: string | null;
  year: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The query parameter of a view's permalink that names the version it was shared at. */
export const VERSION_PARAM = "v";

/**
 * The permalink with `v=N` (replacing any `v` it had), so a reader months later can ask what
 * changed since. Version 0 (an empty store) adds nothing. Works on absolute and relative URLs.
 */
export function withVersionParam(href: string, version: number): string {
  if (!Number.isInteger(version) || version <= 0) return href;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(href);
  const url = new URL(href, "http://relative.invalid");
  url.searchParams.set(VERSION_PARAM, String(version));
  return absolute ? url.toString() : `${url.pathname}${url.search}${url.hash}`;
}

/** A `v` parameter as given (a positive integer within reason), else null: a bad value is ignored, never an error page. */
export function parseVersionParam(raw: string | string[] | null | undefined): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
