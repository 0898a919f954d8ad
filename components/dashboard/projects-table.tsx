"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFilterState } from "@/components/filters/filters-provider";
import { Localized } from "@/components/ui/localized";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { projectStatusLabel, projectTypeLabel, type EnumLabels } from "@/lib/labels";
import { projectsQuery } from "@/lib/queries";
import type { ProjectDto } from "@/lib/types";

function columns(t: Translator<"overview">, enums: EnumLabels, locale: Locale): TableColumn<ProjectDto>[] {
  const unknown = <span className="text-muted">{t("projects.unknown")}</span>;
  // Host countries by name on a Japanese page (Intl.DisplayNames); the compact ISO codes in English.
  const host = (iso: string) => (locale === "ja" ? partnerName(iso, locale) : iso);
  return [
    { key: "name", header: t("projects.project"), cell: (p) => <Localized en={p.name} ja={p.nameJa} /> },
    { key: "host", header: t("projects.host"), className: "min-w-[5.5em]", cellClassName: "text-xs", cell: (p) => p.countries.map(host).join(locale === "ja" ? "、" : ", ") || "—" },
    { key: "type", header: t("projects.type"), className: "min-w-[5.5em]", cellClassName: "text-xs", cell: (p) => projectTypeLabel(enums, p.type) },
    { key: "status", header: t("projects.status"), className: "whitespace-nowrap", cellClassName: "text-xs", cell: (p) => (p.status ? projectStatusLabel(enums, p.status) : unknown) },
    {
      key: "capacity",
      header: t("projects.capacity"),
      className: "whitespace-nowrap text-right",
      cellClassName: "text-xs tabular-nums",
      cell: (p) => (p.capacityTonnesPerYear !== null ? t("projects.perYear", { tonnes: formatTonnes(p.capacityTonnesPerYear, locale) }) : unknown),
    },
    { key: "investment", header: t("projects.investment"), className: "whitespace-nowrap text-right", cellClassName: "text-xs tabular-nums", cell: (p) => (p.investmentUsd !== null ? formatUsd(p.investmentUsd, locale) : unknown) },
    { key: "start", header: t("projects.start"), padClassName: "py-1.5", className: "whitespace-nowrap", cellClassName: "text-xs tabular-nums", cell: (p) => p.startYear ?? unknown },
  ];
}

export function ProjectsTable() {
  const { filters } = useFilterState();
  const t = useTranslations("overview");
  const locale = useLocale();
  const enums = useMessages().enums;
  const cols = useMemo(() => columns(t, enums, locale), [t, enums, locale]);
  const { data = [] } = useQuery({ ...projectsQuery(filters.materials), placeholderData: keepPreviousData });
  const rows = data.filter((p) => p.duplicateOf === null);
  return (
    <section aria-labelledby="projects-title" className="min-w-0 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="projects-title" className="text-base font-semibold text-ink">
        {t("projects.title")}
      </h2>
      <p className="mt-0.5 text-sm text-muted">{t("projects.summary", { count: rows.length })}</p>
      <ScrollRegion label={t("projects.list")} className="mt-3 max-h-[28rem]">
        <Table
          data-testid="projects-table"
          className="w-full text-left text-sm"
          columns={cols}
          rows={rows}
          rowKey={(p) => p.id}
          headClassName="sticky top-0 bg-white text-xs text-muted"
          rowClassName="border-t border-line align-top"
          padClassName="py-1.5 pr-3"
        />
        {rows.length === 0 && <p className="py-2 text-sm text-muted">{t("projects.empty")}</p>}
      </ScrollRegion>
    </section>
  );
}
