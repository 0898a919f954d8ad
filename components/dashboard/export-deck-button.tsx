"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { cardSlide, loadPptx, slideImage, slideSource, slideWords } from "@/components/charts/export-pptx";
import { useFilterState } from "@/components/filters/filters-provider";
import { briefingYears, headlineFigureTexts, joinMaterialNames } from "@/lib/dependence-briefing";
import { downloadBlob } from "@/lib/export/download";
import { ExportError } from "@/lib/export/errors";
import { exportFileName } from "@/lib/export/naming";
import type { Figure } from "@/lib/export/pptx/deck";
import type { SlideSize } from "@/lib/export/pptx/model";
import type { SlideImage } from "@/lib/export/pptx/render";
import { withExportWords } from "@/lib/export/words";
import { formatDate } from "@/lib/format";
import { materialName } from "@/lib/i18n/localized";
import { summaryQuery } from "@/lib/queries";

/**
 * "Briefing deck (PPTX)" beside the print briefing: the overview as three to five slides, built
 * from the page's query cache (the headline figures) and the cards' own export data (the
 * dependence and peers charts), never from the page's text. 16:9 by default, A4 landscape on request.
 */
export function ExportDeckButton() {
  const t = useTranslations("pptx");
  const tOverview = useTranslations("overview");
  const tExport = useTranslations("export");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { filters, materials } = useFilterState();
  const material = filters.materials[0];
  const { data } = useQuery({ ...summaryQuery(material, filters), placeholderData: keepPreviousData });
  const [size, setSize] = useState<SlideSize>("16x9");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const nameOf = (slug: string) => {
    const m = materials.find((x) => x.slug === slug);
    return m ? materialName(m, locale, mark) : slug;
  };

  function figures(): Figure[] {
    if (!data) return [];
    const f = headlineFigureTexts(tOverview, data, { material: nameOf(material), from: filters.from, to: filters.to, locale });
    return [f.latest, f.change, f.events, f.capacity];
  }

  async function run() {
    setBusy(true);
    setStatus("");
    try {
      const dependence = slideSource("dependence");
      const peers = slideSource("peers");
      if (!data || !dependence) throw new Error(t("deck.notReady"));
      const words = { locale, t: tExport };
      const lib = await loadPptx();
      // The cards' metadata builders write the page's language only inside withExportWords.
      const dependenceModel = withExportWords(words, () => cardSlide(lib, dependence, t, locale));
      const peersModel = peers ? withExportWords(words, () => cardSlide(lib, peers, t, locale)) : null;
      const allEvents = withExportWords(words, () => dependence.getMeta().legendItems);
      const today = new Date().toISOString().slice(0, 10);
      const deck = lib.deckModel({
        heading: tOverview("briefing.title", { materials: joinMaterialNames(filters.materials.map(nameOf), locale) }),
        subtitle: t("deck.subtitle", { years: briefingYears(filters.from, filters.to, locale), date: formatDate(today, locale) }),
        figures: figures(),
        dependence: { model: dependenceModel, allEvents },
        peers: peersModel,
        words: { ...slideWords(t), figuresTitle: t("deck.figuresTitle"), eventsTitle: t("deck.eventsTitle"), noEvents: t("deck.noEvents"), sourcesTitle: t("deck.sourcesTitle") },
        locale,
      });
      const images: Record<string, SlideImage | null> = {
        dependence: await slideImage(dependence.getSvg(), withExportWords(words, dependence.getMeta), words),
        peers: peers && peersModel ? await slideImage(peers.getSvg(), withExportWords(words, peers.getMeta), words) : null,
      };
      const blob = await lib.deckPptx({ deck, images, size, head: slideWords(t) });
      const name = exportFileName({ chart: "briefing", materials: filters.materials, from: filters.from, to: filters.to });
      downloadBlob(blob, `${name}${size === "a4" ? "-a4" : ""}.pptx`);
    } catch (err) {
      console.warn("[export] deck failed", err);
      const reason = err instanceof ExportError ? tExport(`errors.${err.code}`, { detail: err.detail }) : err instanceof Error ? err.message : String(err);
      setStatus(t("deck.failed", { reason }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-1.5 print:hidden">
      <div className="flex items-center gap-1.5">
        <button
          type="button"
          data-testid="export-deck"
          disabled={busy}
          aria-busy={busy}
          title={t("deck.buttonTitle")}
          onClick={run}
          className="h-9 whitespace-nowrap rounded-md border border-line bg-white px-3 text-sm text-ink shadow-sm hover:border-accent disabled:opacity-50"
        >
          {t("deck.button")}
        </button>
        <select
          aria-label={t("deck.sizeLabel")}
          title={t("deck.sizeLabel")}
          data-testid="export-deck-size"
          value={size}
          onChange={(e) => setSize(e.target.value === "a4" ? "a4" : "16x9")}
          className="h-9 rounded-md border border-line bg-white px-1.5 text-xs text-ink"
        >
          <option value="16x9">{t("deck.size16x9")}</option>
          <option value="a4">{t("deck.sizeA4")}</option>
        </select>
      </div>
      <span aria-live="polite" data-testid="export-deck-status" className={status || busy ? "max-w-xs text-right text-xs text-muted" : "sr-only"}>
        {busy ? t("deck.busy") : status}
      </span>
    </div>
  );
}
