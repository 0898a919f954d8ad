"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { sourceHref } from "@/components/sources/source-citation";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import type { ConcentrationYear } from "@/lib/analysis/concentration";
import { CONCENTRATION_CSV_COLUMNS, concentrationCsvRows } from "@/lib/analysis/csv";
import { chartInk, partnerColors } from "@/lib/colors";
import { toCsv } from "@/lib/csv";
import type { KeyItem } from "@/lib/export/compose-markup";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatPct, partnerName } from "@/lib/format";
import { concentrationQuery } from "@/lib/queries";

const BAR = 22;
const ROW = 40;
const TOP = 8;
const BOTTOM = 26;
const LABEL = 48;
const UNALLOCATED = "#c5ccd6";
const hhiText = (y: ConcentrationYear) => `HHI ${y.hhiIsLowerBound ? "≥ " : ""}${Math.round(y.hhi).toLocaleString("en-GB")}`;
const colorOf = (partner: string, i: number) => partnerColors[partner] ?? ["#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"][i % 5];

/** Top-1 share and HHI for the years where one source breaks imports down by partner. */
export function ConcentrationCard() {
  const { filters, materials } = useFilterState();
  const material = filters.materials[0];
  const range = { from: filters.from, to: filters.to };
  const { data, isFetching, error } = useQuery({ ...concentrationQuery(material, range), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const years = useMemo(() => data?.years ?? [], [data]);
  const partners = useMemo(() => [...new Set(years.flatMap((y) => y.partners.map((p) => p.partner)))], [years]);
  const materialName = materials.find((m) => m.slug === material)?.name ?? material;
  const keyItems: KeyItem[] = [
    ...partners.map((p, i): KeyItem => ({ label: partnerName(p), color: colorOf(p, i), shape: "disc" })),
    { label: "not attributed to a named partner", color: UNALLOCATED, shape: "disc" },
  ];

  return (
    <ChartCard
      title="Supplier concentration"
      data-testid="concentration"
      aria-busy={isFetching}
      subtitle="Years where one source names several partners: the top supplier's share and the Herfindahl–Hirschman index (Σ share², 0–10,000) over the named partners. The unattributed rest is not counted as a partner, so the HHI is then a lower bound."
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "concentration", materials: [material], from: range.from, to: range.to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
          getMeta={() =>
            chartExportMeta({
              title: `Supplier concentration of Japan's ${materialName.toLowerCase()} imports`,
              filters: [`Material: ${materialName}`, `Years: ${range.from}–${range.to}`, "Share of imports by partner, %; HHI over named partners"],
              keyItems,
              sources: data?.sources ?? [],
              permalink: globalThis.location.href,
            })
          }
          getCsv={() => (data ? toCsv(CONCENTRATION_CSV_COLUMNS, concentrationCsvRows(data)) : "")}
        />
      }
    >
      {error && <p className="text-sm text-red-700">Could not load the concentration: {error.message}</p>}
      {data && years.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted" data-testid="concentration-empty">
          No source breaks Japan&apos;s {materialName.toLowerCase()} imports down by several partners in {range.from}–{range.to}, so no concentration is
          shown (a China share alone is not a breakdown).
        </p>
      ) : (
        <>
          <div ref={ref} className="w-full" style={{ minHeight: TOP + BOTTOM + Math.max(1, years.length) * ROW }}>
            {width && <Bars years={years} width={width} />}
          </div>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
            {keyItems.map((k) => (
              <span key={k.label} className="inline-flex items-center gap-1.5">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: k.color }} />
                {k.label}
              </span>
            ))}
          </div>
          <table className="mt-3 w-full text-left text-xs" data-testid="concentration-table">
            <thead className="text-muted">
              <tr>
                <th className="py-1 pr-2 font-medium">Year</th>
                <th className="py-1 pr-2 font-medium">Top supplier</th>
                <th className="py-1 pr-2 font-medium">HHI</th>
                <th className="py-1 pr-2 font-medium">Unattributed</th>
                <th className="py-1 pr-2 font-medium">Source</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year} className="border-t border-line align-top" data-year={y.year}>
                  <td className="py-1 pr-2 tabular-nums">{y.year}</td>
                  <td className="py-1 pr-2">
                    {partnerName(y.top.partner)} {formatPct(y.top.sharePct)}
                  </td>
                  <td className="py-1 pr-2 tabular-nums" data-testid="hhi">
                    {hhiText(y).replace("HHI ", "")}
                    {y.hhiIsLowerBound ? <span className="block text-muted">lower bound</span> : null}
                  </td>
                  <td className="py-1 pr-2 tabular-nums">{formatPct(y.unallocatedPct)}</td>
                  <td className="py-1 pr-2">
                    <Link href={sourceHref(y.sourceId)} className="text-accent hover:underline">
                      source {y.sourceId}
                    </Link>
                    {y.notes.length > 0 && <span className="block text-muted">{y.notes.join("; ")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}

function Bars({ years, width }: { years: ConcentrationYear[]; width: number }) {
  const height = TOP + BOTTOM + years.length * ROW;
  const x0 = LABEL;
  const x1 = width - 8;
  const x = (v: number) => x0 + (Math.min(100, v) / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label="Shares of imports by partner, per year" style={{ fontFamily: "inherit" }} data-testid="concentration-chart">
      {[0, 25, 50, 75, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - BOTTOM + 2} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 16} textAnchor={t === 100 ? "end" : "middle"} fontSize={11} fill={chartInk.muted}>
            {t}%
          </text>
        </g>
      ))}
      {years.map((y, i) => {
        const top = TOP + i * ROW;
        let acc = 0;
        return (
          <g key={y.year} data-year={y.year}>
            <text x={0} y={top + BAR / 2 + 4} fontSize={12} fill={chartInk.text}>
              {y.year}
            </text>
            {y.partners.map((p, j) => {
              const left = x(acc);
              acc += p.sharePct;
              const w = Math.max(0, x(acc) - left);
              return (
                <g key={p.partner}>
                  <rect x={left} y={top} width={w} height={BAR} fill={colorOf(p.partner, j)} stroke="#ffffff" strokeWidth={1} fillOpacity={p.bound || p.estimate ? 0.6 : 1}>
                    <title>{`${partnerName(p.partner)} ${p.bound === "upper" ? "<" : p.bound === "lower" ? ">" : ""}${formatPct(p.sharePct)}`}</title>
                  </rect>
                  {w > 34 && (
                    <text x={left + 4} y={top + BAR / 2 + 4} fontSize={11} fill="#ffffff" fontWeight={600}>
                      {p.partner}
                    </text>
                  )}
                </g>
              );
            })}
            {y.unallocatedPct > 0 && <rect x={x(acc)} y={top} width={Math.max(0, x(acc + y.unallocatedPct) - x(acc))} height={BAR} fill={UNALLOCATED} />}
            <text x={x0} y={top + BAR + 13} fontSize={11} fill={chartInk.muted}>
              {`${hhiText(y)} · top ${partnerName(y.top.partner)} ${formatPct(y.top.sharePct)}${y.unallocatedPct > 0 ? ` · ${formatPct(y.unallocatedPct)} unattributed` : ""}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
