"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SourceCitation } from "@/components/sources/source-citation";
import { Localized } from "@/components/ui/localized";
import { categoryColor } from "@/lib/colors";
import type { MaterialInfo } from "@/lib/dependence-materials";
import { formatDate } from "@/lib/format";
import { materialName } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { categoryLabel } from "@/lib/labels";
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
  /** For the incident's material names (it lists slugs), in the page's language. */
  materials: readonly (MaterialInfo & { nameJa?: string | null })[];
  onClose: () => void;
}) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { enums } = useMessages();
  const mark = useTranslations("common")("untranslated");
  const names = (slugs: string[]) => slugs.map((slug) => materialName(materials.find((m) => m.slug === slug) ?? { name: slug }, locale, mark));
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
          {event.number}. <Localized en={event.title} ja={event.titleJa} />
        </h3>
        <button type="button" onClick={onClose} className="rounded border border-line bg-white px-2 py-0.5 text-xs" aria-label={t("event.closeLabel")}>
          {t("event.close")}
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted">{t("event.date")}</dt>
        <dd>
          {formatDate(event.date, locale)} <span className="text-muted">{t("event.precision", { precision: event.datePrecision })}</span>
        </dd>
        <dt className="text-muted">{t("event.category")}</dt>
        <dd>{categoryLabel(enums, event.category)}</dd>
        <dt className="text-muted">{t("event.severity")}</dt>
        <dd>{t("event.severityValue", { severity: event.severity })}</dd>
        {event.actor && (
          <>
            <dt className="text-muted">{t("event.actor")}</dt>
            <dd>
              <Localized en={event.actor} ja={event.actorJa} />
              {" → "}
              {event.target ? <Localized en={event.target} ja={event.targetJa} /> : t("event.unspecified")}
            </dd>
          </>
        )}
        {incident && (
          <>
            <dt className="text-muted">{t("event.materials")}</dt>
            <dd>{incident.materials.length ? names(incident.materials).join(locale === "ja" ? "、" : ", ") : t("event.allMaterials")}</dd>
          </>
        )}
      </dl>
      {incident?.summary && (
        <p className="mt-2 text-ink">
          <Localized en={incident.summary} ja={incident.summaryJa} />
        </p>
      )}
      <p className="mt-2 text-xs">
        <span className="text-muted">{t("event.source")} </span>
        <SourceCitation source={source} id={event.sourceId} testId="event-source-link" />
      </p>
      <p className="mt-2 text-xs">
        <Link href={`/incidents/${event.id}`} className="font-medium text-accent underline" data-testid="event-page-link">
          {t("event.page")}
        </Link>
      </p>
    </section>
  );
}
