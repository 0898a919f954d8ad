"use client";

import { Link } from "@/lib/i18n/navigation";
import { useMemo } from "react";
import { sourceHref } from "@/components/sources/source-citation";
import { categoryColor } from "@/lib/colors";
import { materialNames, type MaterialInfo } from "@/lib/dependence-materials";
import { formatDate } from "@/lib/format";
import { incidentsByYear } from "@/lib/incidents-shape";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import type { IncidentDto } from "@/lib/types";

/** The timeline: incidents under their year, each linking to its page and source, second records noted. */
export function IncidentYearGroups({ incidents, duplicatesOf, materials }: { incidents: IncidentDto[]; duplicatesOf: Map<number, IncidentDto[]>; materials: readonly MaterialInfo[] }) {
  const years = useMemo(() => incidentsByYear(incidents), [incidents]);
  if (!incidents.length) return <p className="mt-4 py-6 text-center text-sm text-muted">No incidents match these filters.</p>;
  return (
    <div className="mt-3 flex flex-col gap-4" data-testid="incident-list">
      {years.map(([year, list]) => (
        <section key={year} aria-label={String(year)}>
          <h3 className="sticky top-0 bg-panel py-1 text-sm font-semibold text-ink">
            {year} <span className="font-normal text-muted">· {list.length}</span>
          </h3>
          <ol className="border-l-2 border-line pl-4">
            {list.map((i) => (
              <IncidentItem key={i.id} incident={i} duplicates={duplicatesOf.get(i.id) ?? []} materials={materials} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function IncidentItem({ incident: i, duplicates, materials }: { incident: IncidentDto; duplicates: IncidentDto[]; materials: readonly MaterialInfo[] }) {
  return (
    <li className="relative py-1.5" data-testid="incident-item" data-incident-id={i.id} data-category={i.category} data-severity={i.severity}>
      <span aria-hidden className="absolute -left-[23px] top-3 h-3 w-3 rounded-full border-2 border-white" style={{ background: categoryColor(i.category) }} />
      <p className="text-xs text-muted">
        <span className="tabular-nums">{formatDate(i.date)}</span> · {categoryLabel(i.category)} · severity {i.severity}
        {i.actor ? ` · ${i.actor}${i.target ? ` → ${i.target}` : ""}` : ""}
      </p>
      <p className="text-sm">
        <Link href={`/incidents/${i.id}`} className="font-medium text-ink hover:text-accent hover:underline">
          {i.title}
        </Link>
      </p>
      <p className="text-xs text-muted">
        {i.materials.length ? materialNames(i.materials, materials).join(", ") : "all materials / not mineral-specific"} ·{" "}
        <Link href={sourceHref(i.sourceId)} className="hover:underline">
          source {i.sourceId}
        </Link>
        {duplicates.map((d) => (
          <span key={d.id}>
            {" "}
            · also recorded as{" "}
            <Link href={`/incidents/${d.id}`} className="hover:underline">
              #{d.id}
            </Link>{" "}
            (
            <Link href={sourceHref(d.sourceId)} className="hover:underline">
              source {d.sourceId}
            </Link>
            )
          </span>
        ))}
      </p>
    </li>
  );
}
