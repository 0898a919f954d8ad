// Data versions (see the schema's dataVersions): writers open one inside their transaction, the
// triggers of migration 0007 record every row added, changed or removed under it, and the writer
// closes it with a one-line summary, or drops it when nothing changed. Readers get the current
// version, the list, and the recorded changes.
import type Database from "better-sqlite3";
import { VERSIONED_ENTITIES } from "@/lib/enums";
import { MAX_API_CHANGES, type VersionsParams, type VersionsResponse } from "@/lib/changes";
import type { ChangeAction, DataChangeDto, DataVersionDto, DataVersionInfo, VersionedEntity, VersionKind } from "@/lib/versions";
import { getDb, type Db } from "../index";

type Client = Database.Database;

/**
 * Opens the next data version; call inside the write's transaction, before its first write.
 * Returns its number. Throws when another version is open (a writer that did not close its own).
 */
export function openVersion(client: Client, kind: VersionKind, importId: number | null = null): number {
  if (!client.inTransaction) throw new Error("openVersion: a data version is opened inside the write's transaction");
  const open = client.prepare("SELECT id FROM data_versions WHERE open = 1").get() as { id: number } | undefined;
  if (open) throw new Error(`openVersion: version ${open.id} is still open`);
  const next = (client.prepare("SELECT coalesce(max(id), 0) + 1 AS n FROM data_versions").get() as { n: number }).n;
  client.prepare("INSERT INTO data_versions (id, created_at, kind, import_id, open) VALUES (?, ?, ?, ?, 1)").run(next, new Date().toISOString(), kind, importId);
  return next;
}

export type VersionCounts = { added: number; changed: number; removed: number };

/**
 * Closes version `id` with its summary (written from its counts), in the same transaction. A
 * version that recorded no change is removed instead, and null is returned: only a committed
 * change gets a number.
 */
export function closeVersion(client: Client, id: number, summarize: (counts: VersionCounts) => string): VersionCounts | null {
  const rows = client.prepare("SELECT action, count(*) AS n FROM data_changes WHERE version = ? GROUP BY action").all(id) as { action: ChangeAction; n: number }[];
  const counts: VersionCounts = { added: 0, changed: 0, removed: 0 };
  for (const r of rows) counts[r.action === "add" ? "added" : r.action === "change" ? "changed" : "removed"] = r.n;
  if (counts.added + counts.changed + counts.removed === 0) {
    client.prepare("DELETE FROM data_versions WHERE id = ?").run(id);
    return null;
  }
  client.prepare("UPDATE data_versions SET open = 0, summary = ?, added = ?, changed = ?, removed = ? WHERE id = ?").run(summarize(counts), counts.added, counts.changed, counts.removed, id);
  return counts;
}

/** Runs `write` (already inside a transaction) under a new data version; returns its number, or null when nothing changed. */
export function withDataVersion<T>(
  client: Client,
  opts: { kind: VersionKind; importId?: number | null; summarize: (counts: VersionCounts) => string },
  write: () => T,
): { result: T; version: number | null } {
  const id = openVersion(client, opts.kind, opts.importId ?? null);
  const result = write();
  return { result, version: closeVersion(client, id, opts.summarize) ? id : null };
}

/** "3 rows added, 2 changed, 1 removed" (English: the stored summary; pages word it themselves). */
export function countsPhrase({ added, changed, removed }: VersionCounts): string {
  const parts = [added && `${added.toLocaleString("en-US")} added`, changed && `${changed.toLocaleString("en-US")} changed`, removed && `${removed.toLocaleString("en-US")} removed`].filter(Boolean);
  const total = added + changed + removed;
  return `${total === 1 ? "1 row" : `${total.toLocaleString("en-US")} rows`}: ${parts.join(", ")}`;
}

/** The latest committed version (0 and null before anything was stored). */
export function currentDataVersion(db: Db = getDb()): DataVersionInfo {
  const row = db.$client.prepare("SELECT id, created_at FROM data_versions WHERE open = 0 ORDER BY id DESC LIMIT 1").get() as { id: number; created_at: string } | undefined;
  return row ? { version: row.id, at: row.created_at } : { version: 0, at: null };
}

type VersionRow = { id: number; created_at: string; kind: VersionKind; summary: string; added: number; changed: number; removed: number; import_id: number | null; import_kind: string | null };

const versionDto = (r: VersionRow): DataVersionDto => ({
  version: r.id,
  createdAt: r.created_at,
  kind: r.kind,
  summary: r.summary,
  added: r.added,
  changed: r.changed,
  removed: r.removed,
  importId: r.import_id,
  importKind: r.import_kind,
});

/**
 * Committed versions, newest first: all of them, those after `since`, or those that changed a
 * row of `material` (trade shares and the material itself carry it).
 */
export function listVersions({ since = 0, material, limit = 200 }: { since?: number; material?: string | null; limit?: number } = {}, db: Db = getDb()): DataVersionDto[] {
  const byMaterial = material ? "AND EXISTS (SELECT 1 FROM data_changes c WHERE c.version = v.id AND c.material = @material)" : "";
  const rows = db.$client
    .prepare(
      `SELECT v.id, v.created_at, v.kind, v.summary, v.added, v.changed, v.removed, v.import_id, i.kind AS import_kind
       FROM data_versions v LEFT JOIN imports i ON i.id = v.import_id
       WHERE v.open = 0 AND v.id > @since ${byMaterial} ORDER BY v.id DESC LIMIT @limit`,
    )
    .all({ since, material: material ?? null, limit }) as VersionRow[];
  return rows.map(versionDto);
}

type ChangeRow = { id: number; version: number; entity: VersionedEntity; entity_id: string; action: ChangeAction; material: string | null; year: number | null; before: string | null; after: string | null };

const changeDto = (r: ChangeRow): DataChangeDto => ({
  id: r.id,
  version: r.version,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  material: r.material,
  year: r.year,
  before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
  after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
});

/**
 * The recorded changes of committed versions after `since` (and up to `until`), oldest first,
 * optionally of some entities, one material, or a year range. At most `limit` rows.
 */
export function listChanges(
  {
    since = 0,
    until,
    versions,
    entities = VERSIONED_ENTITIES,
    material,
    from,
    to,
    limit = 5000,
  }: { since?: number; until?: number; versions?: number[]; entities?: readonly VersionedEntity[]; material?: string | null; from?: number; to?: number; limit?: number } = {},
  db: Db = getDb(),
): DataChangeDto[] {
  const where = ["v.open = 0", "c.version > @since", `c.entity IN (${entities.map((e) => `'${VERSIONED_ENTITIES.includes(e) ? e : ""}'`).join(", ")})`];
  if (until !== undefined) where.push("c.version <= @until");
  if (versions) where.push(`c.version IN (${versions.filter(Number.isInteger).join(", ") || "NULL"})`);
  if (material) where.push("c.material = @material");
  if (from !== undefined) where.push("c.year >= @from");
  if (to !== undefined) where.push("c.year <= @to");
  const rows = db.$client
    .prepare(`SELECT c.* FROM data_changes c JOIN data_versions v ON v.id = c.version WHERE ${where.join(" AND ")} ORDER BY c.version, c.id LIMIT @limit`)
    .all({ since, until: until ?? null, material: material ?? null, from: from ?? null, to: to ?? null, limit }) as ChangeRow[];
  return rows.map(changeDto);
}

/** How many rows of each entity (and material) a version added, changed or removed, with the years they cover. */
export type ChangeTally = { version: number; entity: VersionedEntity; action: ChangeAction; material: string | null; fromYear: number | null; toYear: number | null; count: number };

/**
 * The changes of `versions` counted by entity, action and material (one row each), for summarising
 * a version too large to list row by row (a seed load adds thousands). `material` keeps only its rows.
 */
export function tallyChanges({ versions, material }: { versions: number[]; material?: string | null }, db: Db = getDb()): ChangeTally[] {
  const ids = versions.filter(Number.isInteger);
  if (!ids.length) return [];
  const rows = db.$client
    .prepare(
      `SELECT version, entity, action, material, min(year) AS from_year, max(year) AS to_year, count(*) AS n FROM data_changes
       WHERE version IN (${ids.join(", ")}) ${material ? "AND material = @material" : ""}
       GROUP BY version, entity, action, material ORDER BY version DESC, entity, material, action`,
    )
    .all({ material: material ?? null }) as { version: number; entity: VersionedEntity; action: ChangeAction; material: string | null; from_year: number | null; to_year: number | null; n: number }[];
  return rows.map((r) => ({ version: r.version, entity: r.entity, action: r.action, material: r.material, fromYear: r.from_year, toYear: r.to_year, count: r.n }));
}

/**
 * The read API's versions (`/api/v1/versions`): the committed versions after `since` (up to
 * `until`) with their changes, newest first. With a filter, only versions with a matching change.
 */
export function getVersionsWithChanges(p: VersionsParams, db: Db = getDb()): VersionsResponse {
  const filtered = p.materials !== null || p.from !== null || p.to !== null || p.entities !== null;
  const entities = p.entities ?? (p.materials ? (["trade_share", "material"] as const) : VERSIONED_ENTITIES);
  const range = { from: p.from ?? undefined, to: p.to ?? undefined, until: p.until ?? undefined };
  // Rows that name a material are narrowed to the materials asked for; the others (events, projects, sources) name none.
  const named = entities.filter((e) => e === "trade_share" || e === "material");
  const unnamed = entities.filter((e) => e !== "trade_share" && e !== "material");
  const limit = MAX_API_CHANGES + 1;
  const changes = [
    ...(p.materials ? p.materials.flatMap((material) => (named.length ? listChanges({ since: p.since, ...range, entities: named, material, limit }, db) : [])) : named.length ? listChanges({ since: p.since, ...range, entities: named, limit }, db) : []),
    ...(unnamed.length ? listChanges({ since: p.since, ...range, entities: unnamed, limit }, db) : []),
  ].sort((a, b) => a.version - b.version || a.id - b.id);
  const truncated = changes.length > MAX_API_CHANGES;
  const kept = changes.slice(0, MAX_API_CHANGES);
  const byVersion = new Map<number, DataChangeDto[]>();
  for (const c of kept) {
    const list = byVersion.get(c.version);
    if (list) list.push(c);
    else byVersion.set(c.version, [c]);
  }
  const versions = listVersions({ since: p.since, limit: 100_000 }, db)
    .filter((v) => (p.until === null || v.version <= p.until) && (!filtered || byVersion.has(v.version)))
    .map((v) => ({ ...v, changes: byVersion.get(v.version) ?? [] }));
  return { current: currentDataVersion(db), versions, truncated };
}
