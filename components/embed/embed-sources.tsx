"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { parseAsString, useQueryState } from "nuqs";
import { useDependenceData } from "@/components/dashboard/use-dependence-data";
import { useFilterState } from "@/components/filters/filters-provider";
import { monthlySeriesFor } from "@/lib/bilateral/codes";
import type { EmbedChart } from "@/lib/embed";
import { sourcesSentence } from "@/lib/export/chart-meta";
import { materialsSummaryQuery, monthlyQuery, peersQuery } from "@/lib/queries";
import type { SourceRef } from "@/lib/types";
import { YEAR_PATTERN } from "@/lib/validation/filter-params";

/**
 * The embed's sources line: "Sources: …" for the values the chart draws, in the page's language,
 * read from the same queries as the card (already in the cache: no fetch of its own).
 */
export function EmbedSources({ chart }: { chart: EmbedChart }) {
  if (chart === "dependence") return <DependenceSources />;
  if (chart === "peers") return <PeersSources />;
  if (chart === "monthly") return <MonthlySources />;
  return <MaterialsSources />;
}

function SourcesLine({ sources }: { sources: SourceRef[] | undefined }) {
  const t = useTranslations("export");
  const locale = useLocale();
  if (!sources) return null;
  const used = [...new Map(sources.map((s) => [s.id, s])).values()].sort((a, b) => a.id - b.id);
  return (
    <p className="text-xs text-muted" data-testid="embed-sources">
      {used.length ? sourcesSentence(used, { locale, t }) : t("image.noSources")}
    </p>
  );
}

function DependenceSources() {
  const { responses } = useDependenceData();
  return <SourcesLine sources={responses.length ? responses.flatMap((r) => r.sources) : undefined} />;
}

function PeersSources() {
  const { filters } = useFilterState();
  const [rawYear] = useQueryState("peersYear", parseAsString);
  const year = rawYear !== null && YEAR_PATTERN.test(rawYear) ? Number(rawYear) : null;
  const { data } = useQuery(peersQuery(filters.materials[0], year));
  return <SourcesLine sources={data?.sources} />;
}

function MonthlySources() {
  const { filters } = useFilterState();
  // A material without China's monthly figures draws nothing (MonthlyEmbed says so): no line.
  const drawn = monthlySeriesFor(filters.materials[0]).length > 0;
  const { data } = useQuery({ ...monthlyQuery(filters.materials[0]), enabled: drawn });
  return drawn ? <SourcesLine sources={data?.sources} /> : null;
}

function MaterialsSources() {
  const { data } = useQuery(materialsSummaryQuery());
  return <SourcesLine sources={data?.sources} />;
}
