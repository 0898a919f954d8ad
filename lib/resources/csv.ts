// CSV columns of the list resources, one definition each: the API's `format=csv` and the charts'
// "CSV" exports write the same columns, and the importer reads them back (kind=incidents|projects|trade_shares).
import type { IncidentDto, MaterialDto, ProjectDto, TradeShareDto } from "../types";

export const TRADE_SHARE_CSV_COLUMNS = [
  "id", "year", "period", "month", "half", "material", "importer", "partner", "hsCode", "sharePct", "low", "high", "bound",
  "volumeTonnes", "valueUsd", "basis", "estimate", "derived", "mirror", "headline", "sourceId",
] as const satisfies readonly (keyof TradeShareDto)[];

// Each Japanese text (empty: none yet) follows the English one it translates; the names stay English.
export const INCIDENT_CSV_COLUMNS = [
  "id", "date", "datePrecision", "title", "titleJa", "category", "actor", "actorJa", "target", "targetJa", "severity", "materials",
  "summary", "summaryJa",
  "sourceId", "duplicateOf",
] as const satisfies readonly (keyof IncidentDto)[];

export const incidentCsvRow = (d: IncidentDto) => ({ ...d, materials: d.materials.join(";") });

export const PROJECT_CSV_COLUMNS = [
  "id", "name", "nameJa", "countries", "partners", "type", "status", "materials", "investmentUsd",
  "capacityTonnesPerYear", "startYear", "summary", "summaryJa", "sourceId", "duplicateOf",
  "japaneseParticipation", "capacityKind", "expansionOf",
] as const satisfies readonly (keyof ProjectDto)[];

export const projectCsvRow = (d: ProjectDto) => ({ ...d, countries: d.countries.join(";"), materials: d.materials.join(";") });

export const MATERIAL_CSV_COLUMNS = ["slug", "name", "nameJa", "group", "hsCodes", "description", "descriptionJa"] as const satisfies readonly (keyof MaterialDto)[];

export const materialCsvRow = (m: MaterialDto) => ({ ...m, hsCodes: m.hsCodes.join(";") });
