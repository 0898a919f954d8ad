// Labels, the one home of every word shown for an enum value (categories, project types and
// statuses, source kinds, import kinds and outcomes).
import type { ImportKind, ImportOutcome, IncidentCategory, SourceKind } from "./enums";

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

export function categoryLabel(category: string): string {
  return (categoryLabels as Record<string, string>)[category] ?? category;
}

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

export const sourceKindLabels = {
  official_statistics: "Official statistics",
  official_statement: "Official statement",
  report: "Report",
  news: "News",
  seed_article: "Seed article",
  dataset: "Dataset",
  user_import: "User import",
} as const satisfies Record<SourceKind, string>;

export function sourceKindLabel(kind: string): string {
  return (sourceKindLabels as Record<string, string>)[kind] ?? kind;
}

export const importKindLabels = {
  comtrade: "UN Comtrade (Plus CSV/TSV or legacy CSV)",
  mof: "Japan Customs, commodity by country",
  trade_shares: "REE Monitor trade-shares CSV",
  incidents: "REE Monitor incidents CSV",
  projects: "REE Monitor projects CSV",
} as const satisfies Record<ImportKind, string>;

export const importOutcomeLabels = {
  accepted: "accepted",
  rejected: "rejected",
  dry_run: "dry run",
} as const satisfies Record<ImportOutcome, string>;
