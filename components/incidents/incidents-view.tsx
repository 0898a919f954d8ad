"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFilterState } from "@/components/filters/filters-provider";
import { foldDuplicates, incidentCountText, localMaterialNames } from "@/lib/incidents-shape";
import { incidentsQuery } from "@/lib/queries";
import { ALL_MATERIALS } from "@/lib/validation/filter-params";
import { IncidentYearGroups } from "./incident-year-groups";
import { IncidentsPerYearChart } from "./incidents-per-year-chart";

/** Incidents page: events per year by category (exportable), then the timeline, each linking to its page. */
export function IncidentsView() {
  const t = useTranslations("incidents");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { filters, materials } = useFilterState();
  const range = { from: filters.from, to: filters.to };
  const { data = [], isFetching } = useQuery({ ...incidentsQuery(filters.materials, range, filters.categories, filters.minSeverity), placeholderData: keepPreviousData });
  const { primary, duplicatesOf } = useMemo(() => foldDuplicates(data), [data]);
  const all = filters.materials.includes(ALL_MATERIALS);
  const names = all ? null : localMaterialNames(filters.materials, materials, locale, mark);

  return (
    <div className="flex flex-col gap-4" aria-busy={isFetching}>
      <IncidentsPerYearChart incidents={primary} from={range.from} to={range.to} materialNames={names ?? [t("allMaterials")]} />
      <section aria-labelledby="incident-list-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
        <h2 id="incident-list-title" className="text-base font-semibold text-ink">
          {t("timeline.title", range)}
        </h2>
        <p className="mt-0.5 text-sm text-muted" data-testid="incident-count">
          {incidentCountText(t, primary.length, data.length, names, filters.minSeverity)}
        </p>
        <IncidentYearGroups incidents={primary} duplicatesOf={duplicatesOf} materials={materials} />
      </section>
    </div>
  );
}
