import { useMemo } from "react";
import { Table, type TableColumn } from "@/components/ui/table";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import type { CapacityStanding, ProjectWords } from "@/lib/projects-capacity";
import { byHostCountry, hostCapacityLines, type CountryRow } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useProjectWords } from "./use-project-words";

/** Projects, capacity by the overview's measure and investment per host country; a host's name filters the page to it. */
export function HostBreakdown({ projects, standings, onPick }: { projects: ProjectDto[]; standings: ReadonlyMap<number, CapacityStanding>; onPick: (country: string) => void }) {
  const w = useProjectWords();
  const { t, locale } = w;
  const rows = useMemo(() => byHostCountry(projects, standings), [projects, standings]);
  const max = Math.max(1, ...rows.map((r) => r.projects));
  const columns: TableColumn<CountryRow>[] = [
    {
      key: "host",
      header: t("hosts.host"),
      cell: (r) => (
        <button type="button" className="whitespace-nowrap text-left hover:underline" onClick={() => onPick(r.country)}>
          {r.country === "unknown" ? t("unknown") : partnerName(r.country, locale)}
        </button>
      ),
    },
    {
      key: "projects",
      header: t("hosts.projects"),
      className: "min-w-28",
      cellTestId: "host-projects",
      cell: (r) => (
        <>
          <span className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-2 rounded-sm bg-accent" style={{ width: `${(r.projects / max) * 48}px` }} />
            <span className="tabular-nums">{r.projects}</span>
          </span>
          <LeftOut row={r} w={w} />
        </>
      ),
    },
    { key: "committed", header: t("hosts.committed"), className: "text-right", cellClassName: "whitespace-nowrap tabular-nums", cellTestId: "host-committed", cell: (r) => <Lines lines={hostCapacityLines(w, r.capacity.committed)} none={t("none")} /> },
    { key: "pipeline", header: t("hosts.pipeline"), className: "text-right", cellClassName: "whitespace-nowrap tabular-nums", cellTestId: "host-pipeline", cell: (r) => <Lines lines={hostCapacityLines(w, r.capacity.pipeline)} none={t("none")} /> },
    {
      key: "investment",
      header: t("hosts.investment"),
      className: "min-w-24 text-right",
      cellClassName: "tabular-nums",
      padClassName: "py-1",
      cell: (r) => (
        <>
          <span className="whitespace-nowrap">{r.withInvestment ? formatUsd(r.investmentUsd, locale) : t("unknown")}</span>
          <PartlyStated stated={r.withInvestment} of={r.projects} w={w} />
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="country-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid="country-breakdown">
      <h2 id="country-title" className="text-base font-semibold text-ink">
        {t("hosts.title")}
      </h2>
      <p className="text-sm text-muted">{t("hosts.intro")}</p>
      <ScrollRegion label={t("hosts.region")} scrolls="sideways" className="mt-3">
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
function Lines({ lines, none }: { lines: { text: string; muted?: boolean }[]; none: string }) {
  if (!lines.length) return <span className="text-muted">{none}</span>;
  return lines.map((l) => (
    <span key={l.text} className={l.muted ? "block text-muted" : "block"}>
      {l.text}
    </span>
  ));
}

/** The host's projects the measure leaves out, with the tonnes they state (what the old total added). */
function LeftOut({ row: r, w: { t, locale } }: { row: CountryRow; w: ProjectWords }) {
  const n = r.capacity.records - r.capacity.counted;
  if (!n) return null;
  const stated = r.capacity.leftOutTonnes;
  return <span className="block text-muted">{t("hosts.notCounted", { count: n, hasStated: stated ? "yes" : "no", stated: formatTonnes(stated, locale) })}</span>;
}

/** A sum over only some of the host's projects says so, so it is not read as the host's total. */
function PartlyStated({ stated, of, w: { t } }: { stated: number; of: number; w: ProjectWords }) {
  if (stated === 0 || stated >= of) return null;
  return <span className="block text-muted">{t("hosts.partlyStated", { stated, of })}</span>;
}
