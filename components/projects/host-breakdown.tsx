import { useMemo } from "react";
import { Table, type TableColumn } from "@/components/ui/table";
import { ScrollRegion } from "./scroll-region";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import type { CapacityStanding } from "@/lib/projects-capacity";
import { byHostCountry, hostCapacityLines, type CountryRow } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";

/** Projects, capacity by the overview's measure and investment per host country; a host's name filters the page to it. */
export function HostBreakdown({ projects, standings, onPick }: { projects: ProjectDto[]; standings: ReadonlyMap<number, CapacityStanding>; onPick: (country: string) => void }) {
  const rows = useMemo(() => byHostCountry(projects, standings), [projects, standings]);
  const max = Math.max(1, ...rows.map((r) => r.projects));
  const columns: TableColumn<CountryRow>[] = [
    {
      key: "host",
      header: "Host",
      cell: (r) => (
        <button type="button" className="text-left hover:underline" onClick={() => onPick(r.country)}>
          {partnerName(r.country)}
        </button>
      ),
    },
    {
      key: "projects",
      header: "Projects",
      cellTestId: "host-projects",
      cell: (r) => (
        <>
          <span className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-2 rounded-sm bg-accent" style={{ width: `${(r.projects / max) * 48}px` }} />
            <span className="tabular-nums">{r.projects}</span>
          </span>
          <LeftOut row={r} />
        </>
      ),
    },
    { key: "committed", header: "Committed a year", className: "text-right", cellClassName: "whitespace-nowrap tabular-nums", cellTestId: "host-committed", cell: (r) => <Lines lines={hostCapacityLines(r.capacity.committed)} /> },
    { key: "pipeline", header: "Pipeline a year", className: "text-right", cellClassName: "whitespace-nowrap tabular-nums", cellTestId: "host-pipeline", cell: (r) => <Lines lines={hostCapacityLines(r.capacity.pipeline)} /> },
    {
      key: "investment",
      header: "Investment",
      className: "text-right",
      cellClassName: "tabular-nums",
      padClassName: "py-1",
      cell: (r) => (
        <>
          {r.withInvestment ? formatUsd(r.investmentUsd) : "unknown"}
          <PartlyStated stated={r.withInvestment} of={r.projects} />
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="country-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid="country-breakdown">
      <h2 id="country-title" className="text-base font-semibold text-ink">
        By host country
      </h2>
      <p className="text-sm text-muted">
        Capacity by the overview&apos;s measure: committed is operating or under construction, pipeline is planned, MOU, testing or development; output and
        offtake apart. A project with several hosts counts under each, so rows do not add up.
      </p>
      <ScrollRegion label="Projects by host country" className="mt-3">
        <Table
          className="w-full text-left text-xs"
          headClassName="text-muted"
          padClassName="py-1 pr-2"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.country}
          rowProps={(r) => ({ "data-country": r.country })}
        />
      </ScrollRegion>
    </section>
  );
}

/** Each kind on its own line ("3,200 t output"), never summed; "none" in grey when nothing is counted. */
function Lines({ lines }: { lines: { text: string; muted?: boolean }[] }) {
  if (!lines.length) return <span className="text-muted">none</span>;
  return lines.map((l) => (
    <span key={l.text} className={l.muted ? "block text-muted" : "block"}>
      {l.text}
    </span>
  ));
}

/** The host's projects the measure leaves out, with the tonnes they state (what the old total added). */
function LeftOut({ row: r }: { row: CountryRow }) {
  const n = r.capacity.records - r.capacity.counted;
  if (!n) return null;
  return (
    <span className="block text-muted">
      {n} not counted{r.capacity.leftOutTonnes ? ` (${formatTonnes(r.capacity.leftOutTonnes)} stated)` : ""}
    </span>
  );
}

/** A sum over only some of the host's projects says so, so it is not read as the host's total. */
function PartlyStated({ stated, of }: { stated: number; of: number }) {
  if (stated === 0 || stated >= of) return null;
  return (
    <span className="block text-muted">
      {stated} of {of} stated
    </span>
  );
}
