import { useMemo } from "react";
import { Table, type TableColumn } from "@/components/ui/table";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import { byHostCountry, type CountryRow } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";

/** Projects, stated capacity and investment per host country; a host's name filters the page to it. */
export function HostBreakdown({ projects, onPick }: { projects: ProjectDto[]; onPick: (country: string) => void }) {
  const rows = useMemo(() => byHostCountry(projects), [projects]);
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
      cell: (r) => (
        <span className="flex items-center gap-2">
          <span aria-hidden className="inline-block h-2 rounded-sm bg-accent" style={{ width: `${(r.projects / max) * 60}px` }} />
          <span className="tabular-nums">{r.projects}</span>
        </span>
      ),
    },
    {
      key: "capacity",
      header: "Stated capacity",
      className: "text-right",
      cellClassName: "tabular-nums",
      cell: (r) => (
        <>
          {r.withCapacity ? `${formatTonnes(r.capacityTonnes)}/yr` : "unknown"}
          <PartlyStated stated={r.withCapacity} of={r.projects} />
        </>
      ),
    },
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
      <p className="text-sm text-muted">A project with several hosts counts under each, so rows do not add up.</p>
      <Table
        className="mt-3 w-full text-left text-xs"
        headClassName="text-muted"
        padClassName="py-1 pr-2"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.country}
        rowProps={(r) => ({ "data-country": r.country })}
      />
    </section>
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
