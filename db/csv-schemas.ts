// CSV row shapes shared by the seed loader and the CSV importer (snake_case keys, as in the seed
// files; the importer maps the export's camelCase headers onto them). Cells are strings.
import { z } from "zod";
import { BASES, BOUNDS, CAPACITY_KINDS, DATE_PRECISIONS, INCIDENT_CATEGORIES, MATERIAL_GROUPS, PERIODS, PROJECT_STATUSES, PROJECT_TYPES, SOURCE_KINDS } from "@/lib/enums";

// Empty field = unknown (null), never zero.
export const optText = z.string().transform((v) => (v.trim() === "" ? null : v.trim()));
export const reqText = z.string().trim().min(1);
export const optNumber = z
  .string()
  .transform((v) => (v.trim() === "" ? null : Number(v)))
  .refine((v) => v === null || Number.isFinite(v), "not a number");
export const optInt = optNumber.refine((v) => v === null || Number.isInteger(v), "not an integer");
export const reqInt = z.string().trim().regex(/^-?\d+$/).transform(Number);
export const flag = z.enum(["0", "1"]).transform((v) => v === "1");
/** A flag whose blank cell means yes (a column that older files do not have). */
export const flagDefaultTrue = z.union([z.literal("").transform(() => true), flag]);
/**
 * An optional text column that files may leave out (the English seed files and older exports have
 * no Japanese columns): absent or blank is null, otherwise trimmed.
 */
export const optTextColumn = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? null : v.trim()));
export const list = z.string().transform((v) => v.split(";").map((s) => s.trim()).filter(Boolean));
export const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal("").transform(() => null), z.enum(values)]);

export const sourceRow = z.object({
  id: reqInt,
  title: reqText,
  publisher: optText,
  published: optText,
  url: optText,
  kind: z.enum(SOURCE_KINDS),
  locator: optText,
});

export const materialRow = z.object({
  slug: reqText,
  name: reqText,
  group: z.enum(MATERIAL_GROUPS),
  hs_codes: z.string(),
  description: z.string(),
  // In the seed: db/seed/i18n/materials_ja.csv.
  name_ja: optTextColumn,
  description_ja: optTextColumn,
});

// The seed's Japanese texts (db/seed/i18n), one file per table, keyed as the English seed file.
// actor_ja and target_ja may be absent (a file from before they existed).
export const incidentJaRow = z.object({ id: reqInt, title_ja: optText, summary_ja: optText, actor_ja: optTextColumn, target_ja: optTextColumn });
export const projectJaRow = z.object({ id: reqInt, name_ja: optText, summary_ja: optText });
export const materialJaRow = z.object({ slug: reqText, name_ja: optText, description_ja: optTextColumn });

export const tradeShareRow = z.object({
  id: reqInt,
  year: reqInt,
  month: optInt,
  period: z.enum(PERIODS),
  half: optEnum(["H1", "H2"] as const),
  material: reqText,
  // Older files have neither column: the importer is then Japan, and the row speaks of the whole material.
  importer: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "JPN" : v.trim()))
    .pipe(z.string().regex(/^[A-Z]{3}$/, "not an ISO alpha-3 code").refine((v) => v !== "WLD", "the world is not an importer")),
  partner: z.string().regex(/^[A-Z]{3}$/),
  hs_code: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? null : v.trim()))
    .pipe(z.string().regex(/^\d{6}$/, "not an HS6 code").nullable()),
  share_pct: optNumber,
  low_pct: optNumber,
  high_pct: optNumber,
  bound: optEnum(BOUNDS),
  volume_tonnes: optNumber,
  value_usd: optNumber,
  basis: z.enum(BASES),
  estimate: flag,
  derived: flag,
  mirror: flag,
  headline: flag,
  source_id: reqInt,
  note: optText,
});

export const incidentRow = z.object({
  id: reqInt,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  date_precision: z.enum(DATE_PRECISIONS),
  title: reqText,
  category: z.enum(INCIDENT_CATEGORIES),
  actor: optText,
  target: optText,
  severity: reqInt.pipe(z.number().min(1).max(5)),
  materials: list,
  summary: z.string(),
  // The Japanese texts (null: none yet, the UI falls back to the English one, marked). The seed
  // keeps them in db/seed/i18n/incidents_ja.csv; an import may carry them as columns.
  title_ja: optTextColumn,
  summary_ja: optTextColumn,
  actor_ja: optTextColumn,
  target_ja: optTextColumn,
  source_id: reqInt,
  duplicate_of: optInt,
});

export const projectRow = z.object({
  id: reqInt,
  name: reqText,
  country: z.string(),
  partners: optText,
  type: z.enum(PROJECT_TYPES),
  status: optEnum(PROJECT_STATUSES),
  materials: list,
  investment_usd: optNumber,
  capacity_tonnes_per_year: optNumber,
  start_year: optInt,
  summary: z.string(),
  // As for incidents (db/seed/i18n/projects_ja.csv in the seed).
  name_ja: optTextColumn,
  summary_ja: optTextColumn,
  source_id: reqInt,
  duplicate_of: optInt,
  japanese_participation: flagDefaultTrue,
  capacity_kind: optEnum(CAPACITY_KINDS),
  expansion_of: optInt,
});

/** A parsed trade-share row as the `trade_shares` table's columns (without the id). */
export function tradeShareColumns(t: Omit<z.infer<typeof tradeShareRow>, "id">) {
  return {
    year: t.year,
    month: t.month,
    period: t.period,
    half: t.half,
    material: t.material,
    importer: t.importer,
    partner: t.partner,
    hsCode: t.hs_code,
    sharePct: t.share_pct,
    lowPct: t.low_pct,
    highPct: t.high_pct,
    bound: t.bound,
    volumeTonnes: t.volume_tonnes,
    valueUsd: t.value_usd,
    basis: t.basis,
    estimate: t.estimate,
    derived: t.derived,
    mirror: t.mirror,
    headline: t.headline,
    sourceId: t.source_id,
    note: t.note,
  };
}

/** A parsed incident row as the `incidents` table's columns (without the id and materials). */
export function incidentColumns(e: Omit<z.infer<typeof incidentRow>, "id" | "materials">) {
  return {
    date: e.date,
    datePrecision: e.date_precision,
    year: Number(e.date.slice(0, 4)),
    title: e.title,
    category: e.category,
    actor: e.actor,
    target: e.target,
    severity: e.severity,
    summary: e.summary,
    titleJa: e.title_ja,
    summaryJa: e.summary_ja,
    actorJa: e.actor_ja,
    targetJa: e.target_ja,
    sourceId: e.source_id,
    duplicateOf: e.duplicate_of,
  };
}

/** A parsed project row as the `projects` table's columns (without the id and materials). */
export function projectColumns(p: Omit<z.infer<typeof projectRow>, "id" | "materials">) {
  return {
    name: p.name,
    countries: p.country.split(";").map((c) => c.trim()).filter(Boolean).join(";"),
    partners: p.partners,
    type: p.type,
    status: p.status,
    investmentUsd: p.investment_usd,
    capacityTonnesPerYear: p.capacity_tonnes_per_year,
    startYear: p.start_year,
    summary: p.summary,
    nameJa: p.name_ja,
    summaryJa: p.summary_ja,
    sourceId: p.source_id,
    duplicateOf: p.duplicate_of,
    japaneseParticipation: p.japanese_participation,
    capacityKind: p.capacity_kind,
    expansionOf: p.expansion_of,
  };
}
