"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFilterState } from "@/components/filters/filters-provider";
import { capacitySummary } from "@/lib/analysis/capacity";
import { capacityPrintDetail } from "@/lib/dependence-briefing";
import { formatChangePp, formatShare } from "@/lib/format";
import { summaryQuery } from "@/lib/queries";

/** One figure; `printDetail`, when given, replaces the detail on paper (shorter, for the one-page briefing). */
function Figure({ label, value, detail, printDetail, testId }: { label: string; value: React.ReactNode; detail: React.ReactNode; printDetail?: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-panel p-4 shadow-sm print:rounded print:px-2 print:py-1 print:shadow-none" data-testid={testId}>
      <p className="text-xs font-medium uppercase tracking-wide text-muted print:text-[7.5pt] print:leading-tight">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-ink print:mt-0 print:text-[14pt] print:leading-tight">{value}</p>
      <p className={`mt-1 text-xs text-muted print:mt-0 print:text-[7.5pt] print:leading-tight ${printDetail ? "print:hidden" : ""}`}>{detail}</p>
      {printDetail && <p className="hidden text-[7.5pt] leading-tight text-muted print:block">{printDetail}</p>}
    </div>
  );
}

export function HeadlineFigures() {
  const { filters, materials } = useFilterState();
  const material = filters.materials[0];
  const { data } = useQuery({ ...summaryQuery(material, filters), placeholderData: keepPreviousData });
  const name = materials.find((m) => m.slug === material)?.name ?? material;
  if (!data) return <div className="grid h-[116px] gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-hidden />;
  const latest = data.latest;
  const change = data.changeSince2010;
  const capacity = capacitySummary(data.capacity);
  return (
    <section aria-label={`Headline figures for ${name}`} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4 print:gap-1.5">
      <Figure
        testId="figure-latest"
        label={`China's latest share · ${name}`}
        value={latest ? formatShare(latest) : "no data"}
        detail={
          latest ? (
            <>
              {latest.year}
              {latest.estimate ? " (estimate)" : ""} · {[latest.source.publisher, latest.source.title].filter(Boolean).join(": ")}
            </>
          ) : (
            "No sourced China share in this range."
          )
        }
        printDetail={latest ? `${latest.year}${latest.estimate ? " (estimate)" : ""} · ${latest.source.publisher ?? latest.source.title}` : undefined}
      />
      <Figure
        testId="figure-change"
        label="Change since 2010"
        value={change ? formatChangePp(change.deltaPp, change.estimate) : "n/a"}
        detail={
          change
            ? `${formatShare({ sharePct: change.fromPct, low: null, high: null, bound: null })} (2010) → ${formatShare({ sharePct: change.toPct, low: null, high: null, bound: null, estimate: change.estimate })} (${change.toYear})${change.estimate ? ", partly estimated" : ""}`
            : "Needs a 2010 value and a later point value in range."
        }
      />
      <Figure
        testId="figure-events"
        label="Escalation events in range"
        value={data.escalationEvents}
        detail={`Export controls, retaliation, diplomatic, military and legal steps, ${filters.from}–${filters.to}.`}
        printDetail={`Escalation steps, ${filters.from}–${filters.to}.`}
      />
      <Figure testId="figure-projects" label="Japan's capacity outside China" value={capacity.value} detail={capacity.detail} printDetail={capacityPrintDetail(data.capacity)} />
    </section>
  );
}
