import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DependenceCard } from "@/components/dashboard/dependence-card";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { MonthlyEmbed } from "@/components/embed/monthly-embed";
import { FilterNotice, OverviewNotice } from "@/components/filters/filter-notice";
import { FiltersProvider } from "@/components/filters/filters-provider";
import { MaterialsView } from "@/components/materials/materials-view";
import { PeersCard } from "@/components/peers/peers-card";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { listMaterials } from "@/db/queries/materials";
import { isEmbedChart, type EmbedChart } from "@/lib/embed";
import { materialIndex, YEAR_PATTERN, type RawParams } from "@/lib/validation/filter-params";
import { parseFilters } from "@/server/validation/filters";
import { prefetchEmbed } from "./prefetch";

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<RawParams> };

// Read from the database on each request (the response cache keeps the answer until the next import).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isEmbedChart(chart)) return {};
  const t = await getTranslations("embed.frameTitle");
  // The frame title names the product already: no " · REE Monitor" template.
  return { title: { absolute: t(chart) } };
}

/** The card itself, as on its page, with the notice for ignored filter values above it. */
function EmbedCard({ chart }: { chart: EmbedChart }) {
  switch (chart) {
    case "dependence":
      return (
        <>
          <OverviewNotice />
          <DependenceCard />
        </>
      );
    case "peers":
      return (
        <>
          <FilterNotice />
          <PeersCard />
        </>
      );
    case "monthly":
      return (
        <>
          <FilterNotice />
          <MonthlyEmbed />
        </>
      );
    case "materials":
      return <MaterialsView />;
  }
}

/** `/embed/<chart>?<filters>`: one chart card without the site around it, for other sites' iframes. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isEmbedChart(chart)) notFound();
  const raw = await searchParams;
  const materials = listMaterials();
  const { filters } = parseFilters(raw, materialIndex(materials));
  const peersYear = typeof raw.peersYear === "string" && YEAR_PATTERN.test(raw.peersYear) ? Number(raw.peersYear) : null;
  return (
    <FiltersProvider materials={materials}>
      <PrefetchBoundary prefetch={(qc) => prefetchEmbed(qc, chart, filters, peersYear)}>
        <EmbedFrame chart={chart}>
          <EmbedCard chart={chart} />
        </EmbedFrame>
      </PrefetchBoundary>
    </FiltersProvider>
  );
}
