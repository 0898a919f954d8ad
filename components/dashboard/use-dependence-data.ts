"use client";

import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useFilterState } from "@/components/filters/filters-provider";
import { drawDependence } from "@/lib/dependence-series";
import { valueSeries } from "@/lib/dependence-values";
import { dependenceQuery, incidentsQuery } from "@/lib/queries";

/** The filtered materials' dependence responses and incidents, shaped for the chart. */
export function useDependenceData() {
  const { filters } = useFilterState();
  const range = { from: filters.from, to: filters.to };
  // `combine` keeps `responses` referentially stable between renders, so hovering a marker does
  // not reshape the series and re-lay the events out.
  const { responses, loading, error } = useQueries({
    queries: filters.materials.map((m) => ({ ...dependenceQuery(m, range, filters.categories), placeholderData: keepPreviousData })),
    combine: (results) => ({
      responses: results.map((r) => r.data).filter((d) => d !== undefined),
      loading: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error,
    }),
  });
  const incidents = useQuery({ ...incidentsQuery(filters.materials, range, filters.categories), placeholderData: keepPreviousData });
  const single = filters.materials.length === 1;
  const drawn = useMemo(() => drawDependence(responses, single), [responses, single]);
  // The value view's series (values of imports from China), shaped beside the shares.
  const values = useMemo(() => responses.map((r, i) => valueSeries(r, i)), [responses]);
  return {
    responses,
    loading,
    error,
    incidents: incidents.data,
    single,
    drawnFrom: responses[0]?.from ?? filters.from,
    drawnTo: responses[0]?.to ?? filters.to,
    ...drawn,
    valueSeries: values,
  };
}
