"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useRef } from "react";
import { SourceCitation } from "@/components/sources/source-citation";
import { categoryColor } from "@/lib/colors";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import { materialNames, type MaterialInfo } from "@/lib/dependence-materials";
import { formatDate } from "@/lib/format";
import type { PlacedEvent } from "@/lib/dependence-shape";
import type { IncidentDto, SourceRef } from "@/lib/types";

export function EventDetail({
  event,
  incident,
  source,
  materials,
  onClose,
}: {
  event: PlacedEvent;
  incident: IncidentDto | null;
  source: SourceRef | undefined;
  /** For the incident's material names (it lists slugs). */
  materials: readonly MaterialInfo[];
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [event.id]);
  return (
    <section
      data-testid="event-detail"
      aria-labelledby="event-detail-title"
      className="mt-3 rounded-md border-l-4 bg-canvas p-4 text-sm"
      style={{ borderColor: categoryColor(event.category) }}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="flex items-start justify-between gap-4">
        <h3 id="event-detail-title" ref={heading} tabIndex={-1} className="font-semibold text-ink outline-none">
          {event.number}. {event.title}
        </h3>
        <button type="button" onClick={onClose} className="rounded border border-line bg-white px-2 py-0.5 text-xs" aria-label="Close event details">
          Close
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted">Date</dt>
        <dd>
          {formatDate(event.date)} <span className="text-muted">(precision: {event.datePrecision})</span>
        </dd>
        <dt className="text-muted">Category</dt>
        <dd>{categoryLabel(event.category)}</dd>
        <dt className="text-muted">Severity</dt>
        <dd>{event.severity} of 5</dd>
        {event.actor && (
          <>
            <dt className="text-muted">Actor → target</dt>
            <dd>
              {event.actor} → {event.target ?? "unspecified"}
            </dd>
          </>
        )}
        {incident && (
          <>
            <dt className="text-muted">Materials</dt>
            <dd>{incident.materials.length ? materialNames(incident.materials, materials).join(", ") : "all materials / not mineral-specific"}</dd>
          </>
        )}
      </dl>
      {incident?.summary && <p className="mt-2 text-ink">{incident.summary}</p>}
      <p className="mt-2 text-xs">
        <span className="text-muted">Source: </span>
        <SourceCitation source={source} id={event.sourceId} testId="event-source-link" />
      </p>
      <p className="mt-2 text-xs">
        <Link href={`/incidents/${event.id}`} className="font-medium text-accent underline" data-testid="event-page-link">
          Open the incident page (context chart and related incidents) →
        </Link>
      </p>
    </section>
  );
}
