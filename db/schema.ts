import { sql } from "drizzle-orm";
import {
  BASES,
  BOUNDS,
  CAPACITY_KINDS,
  CHANGE_ACTIONS,
  DATE_PRECISIONS,
  HALVES,
  IMPORT_KINDS,
  IMPORT_OUTCOMES,
  INCIDENT_CATEGORIES,
  MATERIAL_GROUPS,
  PERIODS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  SOURCE_KINDS,
  VERSION_KINDS,
  VERSIONED_ENTITIES,
} from "../lib/enums";
import { type AnySQLiteColumn, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";


/** `col IN ('a','b')` for a CHECK constraint; the values are our own constants, never user input. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(", ")})`);
}

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    // YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source states.
    published: text("published"),
    url: text("url"),
    kind: text("kind", { enum: SOURCE_KINDS }).notNull(),
    locator: text("locator"),
  },
  (t) => [
    check("sources_kind_check", oneOf("kind", SOURCE_KINDS)),
    check("sources_title_check", sql`length(trim(${t.title})) > 0`),
    check(
      "sources_published_check",
      sql`${t.published} IS NULL OR ${t.published} GLOB '[12][0-9][0-9][0-9]' OR ${t.published} GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR ${t.published} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`,
    ),
  ],
);

export const materials = sqliteTable(
  "materials",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull(),
    // Japanese name (null: none yet; the UI then shows the English one, marked).
    nameJa: text("name_ja"),
    group: text("material_group", { enum: MATERIAL_GROUPS }).notNull(),
    // HS6 codes separated by ';' (empty when the material has no code of its own).
    hsCodes: text("hs_codes").notNull().default(""),
    description: text("description").notNull().default(""),
    // Japanese description (null: none yet; the UI then shows the English one, marked).
    descriptionJa: text("description_ja"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    check("materials_group_check", oneOf("material_group", MATERIAL_GROUPS)),
    check("materials_slug_check", sql`${t.slug} GLOB '[a-z]*' AND ${t.slug} NOT GLOB '*[^a-z0-9-]*'`),
  ],
);

export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fileName: text("file_name").notNull(),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    sha256: text("sha256").notNull(),
    rowsRead: integer("rows_read").notNull().default(0),
    rowsWritten: integer("rows_written").notNull().default(0),
    rowsSkipped: integer("rows_skipped").notNull().default(0),
    actor: text("actor").notNull(),
    createdAt: text("created_at").notNull(),
    outcome: text("outcome", { enum: IMPORT_OUTCOMES }).notNull(),
    // JSON: [{line, column, message}] (first 100) and the total count.
    errors: text("errors"),
    errorCount: integer("error_count").notNull().default(0),
  },
  (t) => [
    check("imports_kind_check", oneOf("kind", IMPORT_KINDS)),
    check("imports_outcome_check", oneOf("outcome", IMPORT_OUTCOMES)),
    check("imports_sha_check", sql`length(${t.sha256}) = 64`),
    index("imports_created_idx").on(t.createdAt),
  ],
);

export const tradeShares = sqliteTable(
  "trade_shares",
  {
    id: integer("id").primaryKey(),
    year: integer("year").notNull(),
    period: text("period", { enum: PERIODS }).notNull(),
    month: integer("month"),
    half: text("half", { enum: HALVES }),
    material: text("material")
      .notNull()
      .references(() => materials.slug),
    // The importing country (ISO alpha-3). Everything that names no importer is about Japan.
    importer: text("importer").notNull().default("JPN"),
    partner: text("partner").notNull(),
    // The one HS6 code a row was derived from; null when the source speaks of the whole material.
    hsCode: text("hs_code"),
    sharePct: real("share_pct"),
    lowPct: real("low_pct"),
    highPct: real("high_pct"),
    bound: text("bound", { enum: BOUNDS }),
    volumeTonnes: real("volume_tonnes"),
    valueUsd: real("value_usd"),
    basis: text("basis", { enum: BASES }).notNull(),
    estimate: integer("estimate", { mode: "boolean" }).notNull().default(false),
    derived: integer("derived", { mode: "boolean" }).notNull().default(false),
    mirror: integer("mirror", { mode: "boolean" }).notNull().default(false),
    headline: integer("headline", { mode: "boolean" }).notNull().default(false),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
    importId: integer("import_id").references(() => imports.id),
  },
  (t) => [
    check("trade_shares_year_check", sql`${t.year} BETWEEN 1990 AND 2035`),
    check("trade_shares_period_check", oneOf("period", PERIODS)),
    check("trade_shares_month_check", sql`${t.month} IS NULL OR (${t.month} BETWEEN 1 AND 12 AND ${t.period} = 'monthly')`),
    check("trade_shares_half_check", sql`${t.half} IS NULL OR (${t.half} IN ('H1', 'H2') AND ${t.period} = 'half_year')`),
    check("trade_shares_partner_check", sql`${t.partner} GLOB '[A-Z][A-Z][A-Z]'`),
    check("trade_shares_importer_check", sql`${t.importer} GLOB '[A-Z][A-Z][A-Z]' AND ${t.importer} <> 'WLD'`),
    check("trade_shares_hs_check", sql`${t.hsCode} IS NULL OR ${t.hsCode} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'`),
    check("trade_shares_share_check", sql`${t.sharePct} IS NULL OR ${t.sharePct} BETWEEN 0 AND 100`),
    check(
      "trade_shares_range_check",
      sql`(${t.lowPct} IS NULL AND ${t.highPct} IS NULL) OR (${t.lowPct} BETWEEN 0 AND 100 AND ${t.highPct} BETWEEN 0 AND 100 AND ${t.lowPct} <= ${t.highPct})`,
    ),
    check("trade_shares_bound_check", sql`${t.bound} IS NULL OR (${t.bound} IN ('lower', 'upper') AND ${t.sharePct} IS NOT NULL)`),
    check("trade_shares_basis_check", oneOf("basis", BASES)),
    check("trade_shares_volume_check", sql`${t.volumeTonnes} IS NULL OR ${t.volumeTonnes} >= 0`),
    check("trade_shares_value_check", sql`${t.valueUsd} IS NULL OR ${t.valueUsd} >= 0`),
    check(
      "trade_shares_measure_check",
      sql`${t.sharePct} IS NOT NULL OR ${t.lowPct} IS NOT NULL OR ${t.volumeTonnes} IS NOT NULL OR ${t.valueUsd} IS NOT NULL`,
    ),
    check("trade_shares_flags_check", sql`${t.estimate} IN (0, 1) AND ${t.derived} IN (0, 1) AND ${t.mirror} IN (0, 1) AND ${t.headline} IN (0, 1)`),
    check("trade_shares_headline_check", sql`${t.headline} = 0 OR ${t.period} <> 'monthly'`),
    // An observation's identity (SPEC): importing a corrected file from the same dataset updates it.
    uniqueIndex("trade_shares_observation_uq").on(
      t.importer,
      t.material,
      t.partner,
      t.year,
      t.period,
      // CASE rather than coalesce(): drizzle-kit splits index expressions at commas.
      sql`(CASE WHEN ${t.month} IS NULL THEN 0 ELSE ${t.month} END)`,
      sql`(CASE WHEN ${t.half} IS NULL THEN '' ELSE ${t.half} END)`,
      sql`(CASE WHEN ${t.hsCode} IS NULL THEN '' ELSE ${t.hsCode} END)`,
      t.basis,
      t.sourceId,
    ),
    // The line draws one value per material, partner and year.
    uniqueIndex("trade_shares_headline_uq").on(t.importer, t.material, t.partner, t.year).where(sql`${t.headline} = 1`),
    index("trade_shares_filter_idx").on(t.material, t.partner, t.year),
    // The peers card: China's share of every importer's imports of one material in one year.
    index("trade_shares_importer_idx").on(t.material, t.year, t.partner, t.importer),
    // The dependence chart's other partners: ranks them by their largest annual or point share in a
    // year range from the index alone (covering), whatever the number of monthly rows.
    index("trade_shares_period_idx").on(t.material, t.importer, t.period, t.year, t.partner, t.sharePct, t.highPct),
    index("trade_shares_source_idx").on(t.sourceId),
  ],
);

export const incidents = sqliteTable(
  "incidents",
  {
    id: integer("id").primaryKey(),
    date: text("date").notNull(),
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    category: text("category", { enum: INCIDENT_CATEGORIES }).notNull(),
    actor: text("actor"),
    target: text("target"),
    severity: integer("severity").notNull(),
    summary: text("summary").notNull().default(""),
    // Japanese title and summary (null: none yet; the UI then shows the English text, marked).
    titleJa: text("title_ja"),
    summaryJa: text("summary_ja"),
    // Japanese actor and target (null: none yet, or no English one).
    actorJa: text("actor_ja"),
    targetJa: text("target_ja"),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    duplicateOf: integer("duplicate_of").references((): AnySQLiteColumn => incidents.id),
  },
  (t) => [
    check("incidents_category_check", oneOf("category", INCIDENT_CATEGORIES)),
    check("incidents_precision_check", oneOf("date_precision", DATE_PRECISIONS)),
    check("incidents_severity_check", sql`${t.severity} BETWEEN 1 AND 5`),
    check("incidents_year_check", sql`${t.year} BETWEEN 1990 AND 2035 AND substr(${t.date}, 1, 4) = CAST(${t.year} AS TEXT)`),
    check(
      "incidents_date_check",
      sql`(${t.datePrecision} = 'year' AND ${t.date} GLOB '[12][0-9][0-9][0-9]') OR (${t.datePrecision} = 'month' AND ${t.date} GLOB '[12][0-9][0-9][0-9]-[01][0-9]') OR (${t.datePrecision} = 'day' AND ${t.date} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`,
    ),
    check("incidents_duplicate_check", sql`${t.duplicateOf} IS NULL OR ${t.duplicateOf} <> ${t.id}`),
    index("incidents_year_idx").on(t.year, t.category),
  ],
);

export const incidentMaterials = sqliteTable(
  "incident_materials",
  {
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    material: text("material")
      .notNull()
      .references(() => materials.slug),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.material] }), index("incident_materials_material_idx").on(t.material)],
);

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey(),
    name: text("name").notNull(),
    // Host countries, ISO 3166 alpha-3, separated by ';'.
    countries: text("countries").notNull().default(""),
    partners: text("partners"),
    type: text("type", { enum: PROJECT_TYPES }).notNull(),
    status: text("status", { enum: PROJECT_STATUSES }),
    investmentUsd: real("investment_usd"),
    capacityTonnesPerYear: real("capacity_tonnes_per_year"),
    startYear: integer("start_year"),
    summary: text("summary").notNull().default(""),
    // Japanese name and summary (null: none yet; the UI then shows the English text, marked).
    nameJa: text("name_ja"),
    summaryJa: text("summary_ja"),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    duplicateOf: integer("duplicate_of").references((): AnySQLiteColumn => projects.id),
    // False for projects recorded for context that have no Japanese participant (a Korean
    // offtake, a US plant): they are listed, never counted as Japan's capacity.
    japaneseParticipation: integer("japanese_participation", { mode: "boolean" }).notNull().default(true),
    // What the stated capacity measures (lib/enums CAPACITY_KINDS); null: read from the type.
    capacityKind: text("capacity_kind", { enum: CAPACITY_KINDS }),
    // An expansion of another plant: its stated capacity is the plant's total after it, and it
    // counts as the increment over that plant's.
    expansionOf: integer("expansion_of").references((): AnySQLiteColumn => projects.id),
  },
  (t) => [
    check("projects_type_check", oneOf("type", PROJECT_TYPES)),
    check("projects_capacity_kind_check", sql`${t.capacityKind} IS NULL OR ${oneOf("capacity_kind", CAPACITY_KINDS)}`),
    check("projects_expansion_check", sql`${t.expansionOf} IS NULL OR ${t.expansionOf} <> ${t.id}`),
    check("projects_status_check", sql`${t.status} IS NULL OR ${oneOf("status", PROJECT_STATUSES)}`),
    check("projects_investment_check", sql`${t.investmentUsd} IS NULL OR ${t.investmentUsd} >= 0`),
    check("projects_capacity_check", sql`${t.capacityTonnesPerYear} IS NULL OR ${t.capacityTonnesPerYear} >= 0`),
    check("projects_start_check", sql`${t.startYear} IS NULL OR ${t.startYear} BETWEEN 1950 AND 2050`),
    check("projects_duplicate_check", sql`${t.duplicateOf} IS NULL OR ${t.duplicateOf} <> ${t.id}`),
    index("projects_type_idx").on(t.type, t.status),
  ],
);

export const projectMaterials = sqliteTable(
  "project_materials",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    material: text("material")
      .notNull()
      .references(() => materials.slug),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.material] }), index("project_materials_material_idx").on(t.material)],
);

/**
 * Data versions: every committed change to the store gets the next number. A writer (the seed,
 * an import) opens one (`open = 1`) inside its transaction; triggers on the versioned tables
 * (migration 0007) record each row it adds, changes or removes in `data_changes`, in that same
 * transaction; the writer then closes it with its summary and counts, or deletes it when nothing
 * changed. Writes outside an open version (tests' fixtures, the bench's scaling script) are not
 * recorded. See db/queries/versions.ts.
 */
export const dataVersions = sqliteTable(
  "data_versions",
  {
    // The version number: 1, 2, 3… (no AUTOINCREMENT: a version deleted because it changed nothing frees its number).
    id: integer("id").primaryKey(),
    createdAt: text("created_at").notNull(),
    kind: text("kind", { enum: VERSION_KINDS }).notNull(),
    summary: text("summary").notNull().default(""),
    added: integer("added").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    importId: integer("import_id").references(() => imports.id),
    open: integer("open", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [check("data_versions_kind_check", oneOf("kind", VERSION_KINDS)), index("data_versions_open_idx").on(t.open)],
);

export const dataChanges = sqliteTable(
  "data_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    version: integer("version")
      .notNull()
      .references(() => dataVersions.id, { onDelete: "cascade" }),
    entity: text("entity", { enum: VERSIONED_ENTITIES }).notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action", { enum: CHANGE_ACTIONS }).notNull(),
    // For grouping and filtering: the row's material and year where it has them.
    material: text("material"),
    year: integer("year"),
    // The row's columns as JSON, before and after (null for an addition's before, a removal's after).
    before: text("before"),
    after: text("after"),
  },
  (t) => [
    check("data_changes_entity_check", oneOf("entity", VERSIONED_ENTITIES)),
    check("data_changes_action_check", oneOf("action", CHANGE_ACTIONS)),
    index("data_changes_version_idx").on(t.version, t.entity),
    index("data_changes_material_idx").on(t.material, t.year),
  ],
);

export type Source = typeof sources.$inferSelect;
export type Material = typeof materials.$inferSelect;
export type TradeShare = typeof tradeShares.$inferSelect;
export type Incident = typeof incidents.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ImportRecord = typeof imports.$inferSelect;
