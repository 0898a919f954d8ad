// Enumerations shared by the schema (server) and the filters (server and browser): one list each.

export const INCIDENT_CATEGORIES = [
  "export_control",
  "trade_retaliation",
  "diplomatic",
  "military",
  "legal",
  "agreement",
  "de_escalation",
  "other",
] as const;

export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const PROJECT_TYPES = [
  "mining",
  "refining",
  "magnet_manufacturing",
  "recycling",
  "deep_sea",
  "offtake",
  "stockpile",
  "agreement",
  "substitution_rnd",
] as const;
export const PROJECT_STATUSES = [
  "operating",
  "construction",
  "development",
  "testing",
  "planned",
  "stalled",
  "cancelled",
] as const;

export type ProjectType = (typeof PROJECT_TYPES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const IMPORT_KINDS = ["comtrade", "mof", "trade_shares", "incidents", "projects"] as const;
export const IMPORT_OUTCOMES = ["accepted", "rejected", "dry_run"] as const;
