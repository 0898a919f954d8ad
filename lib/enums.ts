// Every enumeration of the product, one list each: the schema's CHECK constraints, the validators,
// the API types and the labels (lib/tokens) all read them from here.

export const SOURCE_KINDS = ["official_statistics", "official_statement", "report", "news", "seed_article", "dataset", "user_import"] as const;
export const MATERIAL_GROUPS = ["ree_aggregate", "light_ree", "heavy_ree", "magnets", "other_critical"] as const;
export const PERIODS = ["annual", "half_year", "monthly", "point_in_time", "range"] as const;
export const HALVES = ["H1", "H2"] as const;
export const BOUNDS = ["lower", "upper"] as const;
export const BASES = ["value", "volume", "unspecified"] as const;
export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type MaterialGroup = (typeof MATERIAL_GROUPS)[number];
export type Period = (typeof PERIODS)[number];
export type Half = (typeof HALVES)[number];
export type Bound = (typeof BOUNDS)[number];
export type Basis = (typeof BASES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const INCIDENT_CATEGORIES = [
  "export_control", "trade_retaliation", "diplomatic", "military", "legal", "agreement",
  "de_escalation", "other",
] as const;

export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const PROJECT_TYPES = [
  "mining", "refining", "magnet_manufacturing", "recycling", "deep_sea", "offtake", "stockpile",
  "agreement", "substitution_rnd",
] as const;
export const PROJECT_STATUSES = ["operating", "construction", "development", "testing", "planned", "stalled", "cancelled"] as const;

/**
 * What a project's stated tonnes a year measure: a plant's `output` capacity, an `offtake`
 * (tonnes contracted from someone else's output), or a `one_off` purchase that is no yearly
 * capacity at all. Different kinds are never summed into one figure.
 */
export const CAPACITY_KINDS = ["output", "offtake", "one_off"] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];

export type ProjectType = (typeof PROJECT_TYPES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const IMPORT_KINDS = ["comtrade", "mof", "trade_shares", "incidents", "projects", "baci"] as const;
export const IMPORT_OUTCOMES = ["accepted", "rejected", "dry_run"] as const;
/**
 * Which imported annual shares become the line's headline value: by `precedence` (the default:
 * where the imported value outranks the current one, lib/analysis/precedence), only in `gaps`
 * (years without one), always (`replace`), or never (`none`).
 */
export const PROMOTE_MODES = ["precedence", "gaps", "replace", "none"] as const;

export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export type PromoteMode = (typeof PROMOTE_MODES)[number];

/** Why a material has no latest China share on the materials page (lib/labels.ts says it in words). */
export const NO_SHARE_REASONS = ["no_china_rows", "values_only", "outside_headline"] as const;
export type NoShareReason = (typeof NO_SHARE_REASONS)[number];

/** What the overview's dependence chart draws (`view=` in the URL): China's share, or the value of imports from China. */
export const DEPENDENCE_VIEWS = ["share", "value"] as const;
export type DependenceView = (typeof DEPENDENCE_VIEWS)[number];

/** How a data version came about: the store as found when versions began, a seed load, an import. */
export const VERSION_KINDS = ["baseline", "seed", "import"] as const;
/** What a data version did to one row. */
export const CHANGE_ACTIONS = ["add", "change", "remove"] as const;
/** The tables whose rows are versioned (the change record names the one a row came from). */
export const VERSIONED_ENTITIES = ["trade_share", "incident", "project", "material", "source"] as const;
