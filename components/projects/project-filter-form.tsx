"use client";

import { useMessages, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MaterialOptions } from "@/components/filters/material-options";
import { projectStatusColors, projectTypeColors } from "@/lib/colors";
import { PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/enums";
import { projectStatusLabel, projectTypeLabel } from "@/lib/labels";
import { START_YEARS, toggleValue } from "@/lib/projects-view";
import type { MaterialDto } from "@/lib/types";
import type { ProjectFilters } from "@/lib/validation/projects";
import { FilterChips } from "./filter-chips";

const labelClass = "flex min-w-0 max-w-full flex-col gap-1 text-xs font-medium text-muted";
const selectClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink shadow-sm";

/** Material, host, start years, type and status; every change goes straight to the URL. */
export function ProjectFilterForm({
  filters: f,
  materials,
  hosts,
  onChange,
  onReset,
}: {
  filters: ProjectFilters;
  materials: MaterialDto[];
  /** [code, label] of every host, and of a host asked for that no project has. */
  hosts: [string, string][];
  onChange: (patch: Partial<ProjectFilters>) => void;
  onReset: () => void;
}) {
  const t = useTranslations("projects.filters");
  const enums = useMessages().enums;
  return (
    <form aria-label={t("label")} className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-4">
        <SelectField label={t("material")} testId="material-filter" className="min-w-56" value={f.materials[0] ?? ""} onChange={(v) => onChange({ materials: v ? [v] : [] })}>
          <option value="">{t("allMaterials")}</option>
          <MaterialOptions materials={materials} />
        </SelectField>
        <SelectField label={t("host")} testId="country-filter" value={f.country ?? ""} onChange={(v) => onChange({ country: v || null })}>
          <option value="">{t("allHosts")}</option>
          {options(hosts)}
        </SelectField>
        {(["from", "to"] as const).map((k) => (
          <SelectField key={k} label={k === "from" ? t("yearFrom") : t("yearTo")} testId={`year-${k}`} value={f[k] ?? ""} onChange={(v) => onChange({ [k]: v ? Number(v) : null })}>
            <option value="">{t("anyYear")}</option>
            {options(START_YEARS.map((y) => [String(y), String(y)]))}
          </SelectField>
        ))}
        <button type="button" className="h-9 text-sm text-accent underline" onClick={onReset}>
          {t("reset")}
        </button>
      </div>
      <FilterChips
        legend={t("type")}
        testId="type-filter"
        values={PROJECT_TYPES}
        selected={f.types}
        colors={projectTypeColors}
        label={(v) => projectTypeLabel(enums, v)}
        onToggle={(v) => onChange({ types: toggleValue(f.types, v) })} />
      <FilterChips
        legend={t("status")}
        testId="status-filter"
        values={PROJECT_STATUSES}
        selected={f.statuses}
        colors={projectStatusColors}
        label={(v) => projectStatusLabel(enums, v)}
        onToggle={(v) => onChange({ statuses: toggleValue(f.statuses, v) })}
      />
      <p className="text-xs text-muted">{t("note")}</p>
    </form>
  );
}

/** A labelled select whose every change goes straight to `onChange`. */
function SelectField({
  label,
  testId,
  className,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  className?: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className={labelClass}>
      {label}
      <select data-testid={testId} className={className ? `${selectClass} ${className}` : selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  );
}

/** `<option>`s from [value, label] pairs. */
const options = (pairs: [string, string][]) =>
  pairs.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
