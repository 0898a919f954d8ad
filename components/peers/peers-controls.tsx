"use client";

import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/bilateral/country-name";

const chip = "rounded-md border px-2 py-1 text-xs font-medium";

/** 2022 | 2024: the years with peer data, the one shown pressed. */
export function PeersYearSwitch({ years, year, onChange }: { years: number[]; year: number | null; onChange: (year: number) => void }) {
  const t = useTranslations("peers");
  if (years.length === 0) return null;
  return (
    <div role="group" aria-label={t("year")} className="flex" data-testid="peers-year">
      {years.map((y, i) => (
        <button
          key={y}
          type="button"
          aria-pressed={y === year}
          onClick={() => onChange(y)}
          className={`${chip} ${i > 0 ? "-ml-px" : ""} ${y === year ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:bg-canvas"}`}
        >
          {y}
        </button>
      ))}
    </div>
  );
}

/** The "Add importer" select and a remove button for each importer added. */
export function PeersPicker({
  options,
  added,
  onAdd,
  onRemove,
}: {
  options: { code: string; name: string }[];
  added: string[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}) {
  const t = useTranslations("peers");
  const locale = useLocale();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 print:hidden">
      <label className="flex items-center gap-1.5 text-xs text-muted">
        {t("addImporter")}
        <select
          data-testid="peers-add"
          className="max-w-48 rounded-md border border-line bg-white px-1.5 py-1 text-xs text-ink"
          value=""
          onChange={(e) => e.target.value && onAdd(e.target.value)}
          disabled={options.length === 0}
        >
          <option value="">{t("choose")}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {added.map((code) => (
        <button
          key={code}
          type="button"
          data-testid="peers-remove"
          data-importer={code}
          onClick={() => onRemove(code)}
          aria-label={t("remove", { name: countryName(code, locale) })}
          className={`${chip} border-line bg-canvas text-ink hover:bg-white`}
        >
          {countryName(code, locale)} <span aria-hidden="true">×</span>
        </button>
      ))}
    </div>
  );
}
