// Labels, the one home of every word shown for an enum value (categories, project types and
// statuses, capacity kinds and stages, source kinds, import kinds, outcomes and promote modes).
import type { CapacityStage, ExcludedProject } from "./analysis/capacity";
import type { CapacityKind, ImportKind, ImportOutcome, IncidentCategory, PromoteMode, SourceKind } from "./enums";
import type { Basis, MaterialGroup, NoShareReason } from "./enums";

export const categoryLabels = {
  export_control: "Export control",
  trade_retaliation: "Trade retaliation",
  diplomatic: "Diplomatic",
  military: "Military",
  legal: "Legal",
  agreement: "Agreement",
  de_escalation: "De-escalation",
  other: "Other",
} as const satisfies Record<IncidentCategory, string>;

/** A value's label from one of these maps; a value the map does not name (a stored string from an import) is shown as it is. */
const labelIn = (labels: Readonly<Record<string, string>>, value: string): string => labels[value] ?? value;

export const categoryLabel = (category: string): string => labelIn(categoryLabels, category);

const projectLabels: Record<string, string> = {
  magnet_manufacturing: "Magnet manufacturing",
  deep_sea: "Deep-sea",
  substitution_rnd: "Substitution R&D",
};

/** "magnet_manufacturing" → "Magnet manufacturing"; also for statuses. */
export function projectLabel(value: string | null): string {
  if (value === null) return "unknown";
  return projectLabels[value] ?? value.charAt(0).toUpperCase() + value.slice(1);
}

/** What a project's tonnes a year measure. */
export const capacityKindLabels = { output: "Output", offtake: "Offtake", one_off: "One-off purchase" } as const satisfies Record<CapacityKind, string>;

/** How far counted capacity has got: operating or being built, or not yet committed. */
export const capacityStageLabels = { committed: "Committed", pipeline: "Pipeline" } as const satisfies Record<CapacityStage, string>;

/** Why a record's tonnes are not counted, read after a count ("2 with no Japanese participant"); in the order they are listed. */
export const capacityLeftOutLabels = {
  not_japanese: "with no Japanese participant",
  cancelled_or_stalled: "cancelled or stalled",
  one_off: "one-off purchase",
  status_unknown: "status unknown",
  starts_later: "starting after the end year",
  in_china: "hosted in China",
} as const satisfies Record<ExcludedProject["reason"] | "in_china", string>;

export const sourceKindLabels = {
  official_statistics: "Official statistics",
  official_statement: "Official statement",
  report: "Report",
  news: "News",
  seed_article: "Seed article",
  dataset: "Dataset",
  user_import: "User import",
} as const satisfies Record<SourceKind, string>;

export const sourceKindLabel = (kind: string): string => labelIn(sourceKindLabels, kind);

export const importKindLabels = {
  comtrade: "UN Comtrade (Plus CSV/TSV or legacy CSV)",
  mof: "Japan Customs, commodity by country",
  trade_shares: "REE Monitor trade-shares CSV",
  incidents: "REE Monitor incidents CSV",
  projects: "REE Monitor projects CSV",
  baci: "CEPII BACI yearly file (t,i,j,k,v,q)",
} as const satisfies Record<ImportKind, string>;

export const importOutcomeLabels = { accepted: "accepted", rejected: "rejected", dry_run: "dry run" } as const satisfies Record<ImportOutcome, string>;

/** The import form's choices of what imported annual shares do to the line's headline values. */
export const promoteModeLabels = {
  precedence: "Where it ranks higher (official first)",
  gaps: "Fill years without a line value",
  replace: "Replace existing line values",
  none: "Never (draw as other sources)",
} as const satisfies Record<PromoteMode, string>;

/** What a share is a share of: value (USD) or volume (tonnes); "not stated" when the source does not say. */
export const basisLabels = { value: "value", volume: "volume", unspecified: "not stated" } as const satisfies Record<Basis, string>;

/** Material groups as the materials page marks them. */
export const materialGroupLabels = {
  ree_aggregate: "Rare earths",
  light_ree: "Rare earths",
  heavy_ree: "Rare earths",
  magnets: "Magnets",
  other_critical: "Other critical minerals",
} as const satisfies Record<MaterialGroup, string>;

/** Why the materials page shows no latest China share for a material (never a 0). */
export const noShareReasonLabels = {
  no_china_rows: "No source gives China's share of Japan's imports of it.",
  values_only: "Only China's reported exports to Japan (tonnes or USD): no total to take a share of.",
  outside_headline: "Shares only outside the headline series (another period, or another source's declaration); see the overview.",
} as const satisfies Record<NoShareReason, string>;

/** The material selector's option groups (lib/material-groups.ts), by the material groups they gather. */
export const materialOptionGroupLabels = {
  rare_earths: "Rare earths",
  magnets: "Magnets",
  other: "Other critical minerals",
} as const;
