"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import { sourceHref } from "@/components/sources/source-citation";
import { Localized } from "@/components/ui/localized";
import { categoryColor } from "@/lib/colors";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { incidentsByYear, localMaterialNames } from "@/lib/incidents-shape";
import { categoryLabel } from "@/lib/labels";
import type { IncidentDto, MaterialDto } from "@/lib/types";

/** The timeline: incidents under their year, each linking to its page and source, second records noted. */
export function IncidentYearGroups({ incidents, duplicatesOf, materials }: { incidents: IncidentDto[]; duplicatesOf: Map<number, IncidentDto[]>; materials: readonly MaterialDto[] }) {
  const t = useTranslations("incidents.timeline");
  const years = useMemo(() => incidentsByYear(incidents), [incidents]);
  if (!incidents.length) return <p className="mt-4 py-6 text-center text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="mt-3 flex flex-col gap-4" data-testid="incident-list">
      {years.map(([year, list]) => (
        <section key={year} aria-label={t("year", { year })}>
          <h3 className="sticky top-0 bg-panel py-1 text-sm font-semibold text-ink">
            {t("year", { year })} <span className="font-normal text-muted">{t("yearCount", { count: list.length })}</span>
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

function IncidentItem({ incident: i, duplicates, materials }: { incident: IncidentDto; duplicates: IncidentDto[]; materials: readonly MaterialDto[] }) {
  const t = useTranslations("incidents");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const enums = useMessages().enums;
  return (
    <li className="relative py-1.5" data-testid="incident-item" data-incident-id={i.id} data-category={i.category} data-severity={i.severity}>
      <span aria-hidden className="absolute -left-[23px] top-3 h-3 w-3 rounded-full border-2 border-white" style={{ background: categoryColor(i.category) }} />
      <p className="text-xs text-muted">
        <span className="tabular-nums">{t("timeline.meta", { date: formatDate(i.date, locale), category: categoryLabel(enums, i.category), severity: i.severity })}</span>
        {i.actor && (
          <span>
            {" · "}
            <Localized en={i.actor} ja={i.actorJa} />
            {i.target && (
              <>
                {" → "}
                <Localized en={i.target} ja={i.targetJa} />
              </>
            )}
          </span>
        )}
      </p>
      <p className="text-sm">
        <Link href={`/incidents/${i.id}`} className="inline-block leading-6 font-medium text-ink hover:text-accent hover:underline">
          <Localized en={i.title} ja={i.titleJa} />
        </Link>
      </p>
      <p className="text-xs text-muted">
        {t.rich("timeline.materialsLine", {
          materials: i.materials.length ? localMaterialNames(i.materials, materials, locale, mark).join(t("listSeparator")) : t("notMineralSpecific"),
          id: i.sourceId,
          source: (chunks) => (
            <Link href={sourceHref(i.sourceId)} className="hover:underline">
              {chunks}
            </Link>
          ),
        })}
        {duplicates.map((d) => (
          <span key={d.id}>
            {t.rich("timeline.duplicate", {
              id: d.id,
              sourceId: d.sourceId,
              incident: (chunks) => (
                <Link href={`/incidents/${d.id}`} className="hover:underline">
                  {chunks}
                </Link>
              ),
              source: (chunks) => (
                <Link href={sourceHref(d.sourceId)} className="hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        ))}
      </p>
    </li>
  );
}
