"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { materialName } from "@/lib/i18n/localized";
import { groupMaterialOptions } from "@/lib/material-groups";
import type { MaterialDto } from "@/lib/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Status = (m: MaterialDto) => { kind: string };

/**
 * "Compare with": one toggle per other material, in the selector's groups (rare earths, magnets,
 * other critical minerals by name). Forty-odd materials would push the chart a screen down, so the
 * chips sit in a box of about four rows that scrolls (a focusable region, so the keyboard scrolls it too).
 */
export function CompareChips({ materials, primary, compared, status, onToggle }: { materials: readonly MaterialDto[]; primary: string; compared: readonly string[]; status: Status; onToggle: (slug: string) => void }) {
  const t = useTranslations("filters.compare");
  const locale = useLocale();
  const labels = useMessages().enums.materialOptionGroup;
  const mark = useTranslations("common")("untranslated");
  const name = (m: MaterialDto) => materialName(m, locale, mark);
  const others = materials.filter((m) => m.slug !== primary);
  const groups = groupMaterialOptions(others, { labels, name, locale });
  const chip = (m: MaterialDto) => {
    const on = compared.includes(m.slug);
    const none = status(m).kind.startsWith("none");
    return (
      <button
        key={m.slug}
        type="button"
        aria-pressed={on}
        onClick={() => onToggle(m.slug)}
        className={`rounded-full border px-2.5 py-1 text-xs ${on ? "border-accent bg-accent text-white" : "border-line bg-white text-ink hover:border-accent"}`}
      >
        {name(m)}
        {none && <span className={on ? "text-white/85" : "text-muted"}> · {t("noSeries")}</span>}
      </button>
    );
  };
  return (
    <ScrollRegion label={t("region")} className="max-h-32 rounded-md border border-line bg-white/60 p-2" data-testid="compare-chips">
      <div className="flex flex-col gap-1.5">
        {groups.map((g) => (
          <div key={g.label || "other"} className="flex flex-wrap items-center gap-1.5">
            {g.label && <span className="mr-1 text-[11px] font-medium uppercase tracking-wide text-muted">{g.label}</span>}
            {g.materials.map(chip)}
          </div>
        ))}
      </div>
    </ScrollRegion>
  );
}
