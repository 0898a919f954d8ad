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
