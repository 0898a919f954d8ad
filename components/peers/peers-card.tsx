"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { parseAsArrayOf, parseAsString, useQueryState } from "nuqs";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { useElementWidth } from "@/components/ui/use-element-width";
import { countryName } from "@/lib/bilateral/country-name";
import { peerColors } from "@/lib/colors";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import type { KeyItem } from "@/lib/export/compose-markup";
import { peersChartData } from "@/lib/export/pptx/chart-data";
import { materialName } from "@/lib/i18n/localized";
import type { Translator } from "@/lib/i18n/translator";
import { addableImporters, DEFAULT_SHOWN, hsArgs, peerBars, PEERS_CSV_COLUMNS, peersCsvRows, peersEmptyReason } from "@/lib/peers";
import { peersQuery } from "@/lib/queries";
import { YEAR_PATTERN } from "@/lib/validation/filter-params";
import { barsHeight, PeersBars } from "./peers-bars";
import { PeersPicker, PeersYearSwitch } from "./peers-controls";

const peersKey = (t: Translator<"peers">): KeyItem[] => [
  { label: t("keyJapan"), color: peerColors.japan, shape: "disc" },
  { label: t("keyOthers"), color: peerColors.peer, shape: "disc" },
];
const CODE = /^[A-Z]{3}$/;
const url = { history: "push", shallow: true, scroll: false } as const;

/**
 * Japan beside its peers: China's share of each importer's imports of the selected material in
 * one year (CEPII BACI). The year (`peersYear`) and the importers added (`peers`) live in the URL
 * as shallow parameters, so a link reproduces the view without a server round trip on each click.
 */
export function PeersCard() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("peers");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const material = filters.materials[0];
  const [rawYear, setYear] = useQueryState("peersYear", url);
  const [rawAdded, setAdded] = useQueryState("peers", parseAsArrayOf(parseAsString).withOptions(url));
  const askedYear = rawYear !== null && YEAR_PATTERN.test(rawYear) ? Number(rawYear) : null;
  const { data, isFetching, error } = useQuery({ ...peersQuery(material, askedYear), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();

  const added = useMemo(() => [...new Set((rawAdded ?? []).filter((c) => CODE.test(c) && !DEFAULT_SHOWN.includes(c)))], [rawAdded]);
  const shown = useMemo(() => [...DEFAULT_SHOWN, ...added], [added]);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const { bars, missing } = useMemo(() => peerBars(rows, shown, locale), [rows, shown, locale]);
  const options = useMemo(() => addableImporters(rows, shown, locale), [rows, shown, locale]);
  const key = useMemo(() => peersKey(t), [t]);
  const m = materials.find((x) => x.slug === material);
  const name = m ? materialName(m, locale, mark) : (data?.materialName ?? material);
  // A well-formed year without data is the API's to explain (its reason); a malformed one is ignored here.
  const ignoredYear = rawYear !== null && askedYear === null ? rawYear : null;
  const latest = data?.years.at(-1) ?? null;
  const empty = !data || data.rows.length === 0;

  // The latest year is the default: choosing it clears the parameter, so the URL stays as shared.
  const chooseYear = (y: number) => void setYear(y === latest ? null : String(y));
  const add = (code: string) => void setAdded([...added, code]);
  const remove = (code: string) => void setAdded(added.filter((c) => c !== code).length ? added.filter((c) => c !== code) : null);

  return (
    <div data-testid="peers-chart" className="print:hidden">
      <ChartCard
        title={t("title")}
        aria-busy={isFetching}
        subtitle={t("subtitle")}
        actions={
          <div className="flex flex-wrap items-center justify-end gap-2">
            <PeersYearSwitch years={data?.years ?? []} year={data?.year ?? null} onChange={chooseYear} />
            <ExportMenu
              embed="peers"
              fileName={`peers-${material}-${data?.year ?? "none"}`}
              getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
              getMeta={() =>
                chartExportMeta({
                  title: t("exportTitle", { material: name, year: String(data?.year ?? "") }),
                  filters: [
                    t("exportMaterial", { material: name, ...hsArgs(data?.hsCodes ?? []) }),
                    data?.year ? t("exportYear", { year: String(data.year) }) : t("exportNoYear"),
                    t("exportMeasure"),
                  ],
                  keyItems: key,
                  sources: data?.sources ?? [],
                  dataAsOf: bars.length && data?.year ? String(data.year) : null,
                  permalink: globalThis.location.href,
                })
              }
              getCsv={() => (data ? toCsv(PEERS_CSV_COLUMNS, peersCsvRows(data, shown)) : "")}
              getChartData={() => peersChartData(bars, t("exportMeasure"), peerColors)}
            />
          </div>
        }
      >
        {error && <p className="text-sm text-red-700">{t("loadError", { message: error.message })}</p>}
        {ignoredYear !== null && (
          <p role="status" className="mb-2 text-xs text-amber-900" data-testid="peers-year-notice">
            {t("yearIgnored", { value: ignoredYear.slice(0, 20), hasYear: data?.year ? "yes" : "no", year: String(data?.year ?? "") })}
          </p>
        )}
        {data && data.rows.length === 0 && (
          <p className="py-6 text-center text-sm text-muted" data-testid="peers-empty">
            {peersEmptyReason(t, data, m?.hsCodes ?? [], name, locale)}
          </p>
        )}
        {/* Always mounted, so its width is known when a material with data follows one without. */}
        <div ref={ref} className="w-full" style={{ minHeight: empty ? 0 : barsHeight(bars.length) }}>
          {width && !empty && <PeersBars bars={bars} width={width} />}
        </div>
        {width && data && !empty && (
          <>
            <Legend items={key} shape="disc" />
            {missing.length > 0 && (
              <p className="mt-1 text-xs text-muted" data-testid="peers-missing">
                {t("missing", { importers: missing.map((c) => countryName(c, locale)).join(locale === "ja" ? "、" : ", "), material: name, year: String(data.year) })}
              </p>
            )}
            <p className="mt-2 text-xs text-muted" data-testid="peers-note">
              {t("note", { material: name, ...hsArgs(data.hsCodes), year: String(data.year) })}
            </p>
            <PeersPicker options={options} added={added} onAdd={add} onRemove={remove} />
          </>
        )}
      </ChartCard>
    </div>
  );
}
