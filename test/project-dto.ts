import type { ProjectDto } from "@/lib/types";

/** A project record for unit tests: an operating Australian mine with nothing else stated, and what `extra` sets. */
export function projectDto(id: number, extra: Partial<ProjectDto> = {}): ProjectDto {
  return {
    id,
    name: `P${id}`,
    nameJa: null,
    summaryJa: null,
    countries: ["AUS"],
    partners: null,
    type: "mining",
    status: "operating",
    materials: ["rare-earths"],
    investmentUsd: null,
    capacityTonnesPerYear: null,
    startYear: null,
    summary: "",
    sourceId: 1,
    duplicateOf: null,
    japaneseParticipation: true,
    capacityKind: null,
    expansionOf: null,
    ...extra,
  };
}
