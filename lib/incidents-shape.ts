// Incidents as the incidents page and the overview's legends show them: categories in use, second
// records folded into their primary, groups and counts per year, the CSV rows. Pure.

import { INCIDENT_CATEGORIES, type IncidentCategory } from "./enums";
import { materialName } from "./i18n/localized";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import type { IncidentDto } from "./types";

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The categories that occur in `items`, in the enum's order (the order of every legend). */
export function usedCategories(items: { category: string }[]): IncidentCategory[] {
  return INCIDENT_CATEGORIES.filter((c) => items.some((i) => i.category === c));
}

/** Primary records, and each primary's second records of the same event (by primary id). */
export function foldDuplicates(incidents: IncidentDto[]): { primary: IncidentDto[]; duplicatesOf: Map<number, IncidentDto[]> } {
  const duplicatesOf = new Map<number, IncidentDto[]>();
  for (const d of incidents) if (d.duplicateOf !== null) duplicatesOf.set(d.duplicateOf, [...(duplicatesOf.get(d.duplicateOf) ?? []), d]);
  return { primary: incidents.filter((i) => i.duplicateOf === null), duplicatesOf };
}

/** Incidents grouped by the year of their date, in the order they arrive. */
export function incidentsByYear(incidents: IncidentDto[]): [number, IncidentDto[]][] {
  const years = new Map<number, IncidentDto[]>();
  for (const i of incidents) years.set(yearOf(i.date), [...(years.get(yearOf(i.date)) ?? []), i]);
  return [...years];
}

/** One row per year from `from` to `to`: the year and, per category, how many incidents fall in it. */
export function countsPerYear(incidents: IncidentDto[], from: number, to: number, categories: readonly string[]): Record<string, number>[] {
  return Array.from({ length: to - from + 1 }, (_, k) => {
    const year = from + k;
    const row: Record<string, number> = { year };
    for (const c of categories) row[c] = incidents.filter((i) => i.category === c && i.date.startsWith(String(year))).length;
    return row;
  });
}

/**
 * The count line under the timeline's title: "12 incidents touching Rare earths (all) or all
 * materials, severity 3 or above; 2 second records of the same events folded in." (Japanese:
 * 「レアアース（希土類）全体に関わる事案（鉱種を特定しないものを含む）：12件（深刻度3以上）。…」);
 * `null` names: every material. `names` are already in the page's language.
 */
export function incidentCountText(t: Translator<"incidents">, shown: number, total: number, materialNames: string[] | null, minSeverity: number): string {
  return t("timeline.count", {
    shown,
    scope: materialNames ? "some" : "all",
    names: (materialNames ?? []).join(t("listSeparator")),
    severity: minSeverity > 1 ? String(minSeverity) : "any",
    folded: total - shown,
  });
}

/** Material names for slugs in the page's language (an English name marked when there is no Japanese one; the slug when unknown). */
export function localMaterialNames(slugs: readonly string[], materials: readonly { slug: string; name: string; nameJa?: string | null }[], locale: Locale, mark: string): string[] {
  return slugs.map((slug) => {
    const m = materials.find((x) => x.slug === slug);
    return m ? materialName(m, locale, mark) : slug;
  });
}
