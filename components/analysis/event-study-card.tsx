"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useQueryState } from "nuqs";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { sourceHref } from "@/components/sources/source-citation";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { DEFAULT_WINDOW, parseWindow, type EventStudyRow, type StudySide } from "@/lib/analysis/event-study";
import { EVENT_STUDY_CSV_COLUMNS, eventStudyCsvRows } from "@/lib/analysis/csv";
import { chartInk, okabeIto } from "@/lib/colors";
import { categoryLabel } from "@/lib/labels";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatDate, formatPp, formatShare } from "@/lib/format";
import { eventStudyQuery } from "@/lib/queries";
import type { SourceRef } from "@/lib/types";

const WINDOWS = [1, 2, 3, 4, 5] as const;
const ROW = 30;
const TOP = 26;
const BOTTOM = 30;
const LABEL = 128;
const RIGHT = 170;
const DOWN = okabeIto.blue;
const UP = okabeIto.vermillion;

/** Studied events grouped by year: events in one year share their before/after values. */
type YearGroup = { year: number; rows: EventStudyRow[]; before: StudySide | null; after: StudySide | null; deltaPp: number | null; approximate: boolean };

function groupByYear(rows: EventStudyRow[]): YearGroup[] {
  const map = new Map<number, EventStudyRow[]>();
  for (const r of rows) {
    const y = Number(r.date.slice(0, 4));
    map.set(y, [...(map.get(y) ?? []), r]);
  }
  return [...map].map(([year, rs]) => ({ year, rows: rs, before: rs[0].before, after: rs[0].after, deltaPp: rs[0].deltaPp, approximate: rs[0].approximate }));
}

/** The chart's narrow right column: the value only (its year is in the table). */
const shortSide = (s: StudySide | null) => (s ? formatShare({ sharePct: s.sharePct, low: null, high: null, bound: s.bound, estimate: s.estimate }) : "no value");
const sideText = (s: StudySide | null) => (s ? `${formatShare({ sharePct: s.sharePct, low: null, high: null, bound: s.bound, estimate: s.estimate })} (${s.year})` : "no value");

export function EventStudyCard() {
  const { filters, materials } = useFilterState();
  // Read as text and parsed as the server parses it (an invalid value is named by the page's notice).
  const [rawWindow, setWindow] = useQueryState("window", { history: "push", shallow: true, scroll: false });
  const window = parseWindow(rawWindow);
  const material = filters.materials[0];
  const range = { from: filters.from, to: filters.to };
  const { data, isFetching, error } = useQuery({ ...eventStudyQuery(material, range, window), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const groups = useMemo(() => groupByYear(data?.rows ?? []), [data]);
  const sources = useMemo(() => new Map((data?.sources ?? []).map((s) => [s.id, s] as const)), [data]);
  const materialName = materials.find((m) => m.slug === material)?.name ?? material;
  const title = `China's share before and after escalations: ${materialName.toLowerCase()}, ${range.from}–${range.to}`;

  return (
    <ChartCard
      title="Did escalation move dependence? Event study"
      data-testid="event-study"
      aria-busy={isFetching}
      subtitle={
        <>
          For each escalation of severity ≥ 3 ({(data?.categories ?? []).map(categoryLabel).join(", ").toLowerCase()}), China&apos;s headline share in the
          latest year before the event&apos;s year and the earliest year after it, at most {window} {window === 1 ? "year" : "years"} away. Events in the
          same year share their values; this shows co-movement, not cause.
        </>
      }
      actions={
        <div className="flex flex-wrap items-center justify-end gap-2">
          <label className="flex items-center gap-1.5 text-xs text-muted">
            Window
            <select
              data-testid="event-study-window"
              className="rounded-md border border-line bg-white px-1.5 py-1 text-xs text-ink"
              value={window}
              onChange={(e) => void setWindow(Number(e.target.value) === DEFAULT_WINDOW ? null : e.target.value)}
            >
              {WINDOWS.map((w) => (
                <option key={w} value={w}>
                  ±{w} {w === 1 ? "year" : "years"}
                </option>
              ))}
            </select>
          </label>
          <ExportMenu
            fileName={`${exportFileName({ chart: "event-study", materials: [material], from: range.from, to: range.to })}-window${window}`}
            getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
            getMeta={() =>
              chartExportMeta({
                title,
                filters: [`Material: ${materialName}`, `Years: ${range.from}–${range.to}`, `Window: ±${window} years`, "Severity ≥ 3 escalations", "China's headline share, %"],
                keyItems: [
                  { label: "hollow circle: before · filled: after", color: chartInk.muted, shape: "none" },
                  { label: "after, share fell", color: DOWN, shape: "line" },
                  { label: "after, share rose", color: UP, shape: "line" },
                  { label: "estimate or bound on either side", color: chartInk.muted, shape: "dashed" },
                ],
                sources: data?.sources ?? [],
                permalink: globalThis.location.href,
              })
            }
            getCsv={() => (data ? toCsv(EVENT_STUDY_CSV_COLUMNS, eventStudyCsvRows(data)) : "")}
          />
        </div>
      }
    >
      {error && <p className="text-sm text-red-700">Could not load the event study: {error.message}</p>}
      {data && (
        <p className="mb-2 text-sm text-ink" data-testid="event-study-summary">
          {data.rows.length} {data.rows.length === 1 ? "event" : "events"} in {groups.length} {groups.length === 1 ? "year" : "years"};{" "}
          {data.rowsWithData} with a value on both sides
          {data.medianDeltaPp !== null ? (
            <>
              ; median change <strong>{formatPp(data.medianDeltaPp)}</strong>
            </>
          ) : (
            ""
          )}
          .
        </p>
      )}
      <div ref={ref} className="w-full" style={{ minHeight: TOP + BOTTOM + Math.max(1, groups.length) * ROW }}>
        {width && data && groups.length > 0 && <Dumbbells groups={groups} width={width} />}
        {data && groups.length === 0 && (
          <p className="py-6 text-center text-sm text-muted">No escalation of severity ≥ 3 touches {materialName.toLowerCase()} in {range.from}–{range.to}.</p>
        )}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-ink">Events and the values used ({data?.rows.length ?? 0})</summary>
        <StudyTable rows={data?.rows ?? []} sources={sources} />
      </details>
    </ChartCard>
  );
}

function Dumbbells({ groups, width }: { groups: YearGroup[]; width: number }) {
  const height = TOP + BOTTOM + groups.length * ROW;
  const x0 = LABEL;
  const x1 = Math.max(x0 + 120, width - RIGHT);
  const x = (v: number) => x0 + (v / 100) * (x1 - x0);
  return (
    <svg width={width} height={height} role="img" aria-label="Event study: China's share before and after each year's escalations" style={{ fontFamily: "inherit" }} data-testid="event-study-chart">
      {[0, 20, 40, 60, 80, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - BOTTOM + 4} stroke={chartInk.grid} />
          <text x={x(t)} y={height - BOTTOM + 18} textAnchor="middle" fontSize={12} fill={chartInk.muted}>
            {t}%
          </text>
        </g>
      ))}
      <text x={x0} y={14} fontSize={11} fill={chartInk.muted}>
        event year · events
      </text>
      <text x={x1 + 8} y={14} fontSize={11} fill={chartInk.muted}>
        before → after
      </text>
      {groups.map((g, i) => {
        const cy = TOP + i * ROW + ROW / 2;
        const color = g.deltaPp === null ? chartInk.muted : g.deltaPp < 0 ? DOWN : g.deltaPp > 0 ? UP : chartInk.text;
        return (
          <g key={g.year} data-testid="event-study-row" data-year={g.year} data-delta={g.deltaPp ?? ""}>
            <text x={8} y={cy + 4} fontSize={12} fill={chartInk.text}>
              {g.year} · {g.rows.length} {g.rows.length === 1 ? "event" : "events"}
            </text>
            {g.before && g.after && (
              <line x1={x(g.before.sharePct)} x2={x(g.after.sharePct)} y1={cy} y2={cy} stroke={color} strokeWidth={3} strokeDasharray={g.approximate ? "4 3" : undefined} />
            )}
            {g.before && <circle cx={x(g.before.sharePct)} cy={cy} r={5} fill="#ffffff" stroke={chartInk.text} strokeWidth={1.5} />}
            {g.after && <circle cx={x(g.after.sharePct)} cy={cy} r={5.5} fill={color} stroke={color} />}
            <text x={x1 + 8} y={cy + 4} fontSize={12} fill={g.deltaPp === null ? chartInk.muted : chartInk.text}>
              {g.deltaPp === null ? (g.before || g.after ? `${shortSide(g.before)} → ${shortSide(g.after)}` : "no data within window") : `${formatPp(g.deltaPp)}${g.approximate ? " (approx.)" : ""}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function StudyTable({ rows, sources }: { rows: EventStudyRow[]; sources: Map<number, SourceRef> }) {
  const side = (s: StudySide | null) =>
    s ? (
      <>
        {sideText(s)} <SourceTag id={s.sourceId} source={sources.get(s.sourceId)} />
      </>
    ) : (
      <span className="text-muted">no data within window</span>
    );
  return (
    <div className="mt-2 max-h-96 overflow-auto">
      <table className="w-full text-left text-xs" data-testid="event-study-table">
        <thead className="sticky top-0 bg-white text-muted">
          <tr>
            <th className="py-1 pr-3 font-medium">Date</th>
            <th className="py-1 pr-3 font-medium">Event</th>
            <th className="py-1 pr-3 font-medium">Before</th>
            <th className="py-1 pr-3 font-medium">After</th>
            <th className="py-1 pr-3 font-medium">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.incidentId} className="border-t border-line align-top" data-incident-id={r.incidentId}>
              <td className="py-1 pr-3 tabular-nums whitespace-nowrap">{formatDate(r.date)}</td>
              <td className="py-1 pr-3">
                <Link href={`/incidents/${r.incidentId}`} className="hover:underline">
                  {r.title}
                </Link>{" "}
                <span className="text-muted">
                  ({categoryLabel(r.category)}, sev. {r.severity})
                </span>
              </td>
              <td className="py-1 pr-3">{side(r.before)}</td>
              <td className="py-1 pr-3">{side(r.after)}</td>
              <td className="py-1 pr-3 tabular-nums whitespace-nowrap">
                {r.deltaPp === null ? <span className="text-muted">—</span> : `${formatPp(r.deltaPp)}${r.approximate ? " (approx.)" : ""}`}
                {r.note && <span className="block text-muted">{r.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "[source 8]", linking to the source's entry; the full title on hover. */
function SourceTag({ id, source }: { id: number; source: SourceRef | undefined }) {
  return (
    <span className="text-muted" title={source?.title}>
      [
      <Link href={sourceHref(id)} className="text-accent hover:underline">
        source {id}
      </Link>
      ]
    </span>
  );
}
