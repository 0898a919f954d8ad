"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ExportMeta } from "@/lib/export/compose-markup";
import { downloadBlob } from "@/lib/export/download";
import { ExportError } from "@/lib/export/errors";
import type { PptxChartData } from "@/lib/export/pptx/chart-data";
import type { ChartSlideModel, SlideWords } from "@/lib/export/pptx/model";
import type { SlideImage } from "@/lib/export/pptx/render";
import type { ExportWords } from "@/lib/export/words";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";

export type PptxButtonProps = {
  fileName: string;
  getSvg: () => SVGSVGElement | null | undefined;
  /** The card's metadata in the page's language, stamped with the data version. */
  getMeta: () => ExportMeta;
  getCsv: () => string;
  /** The drawn values as a native PowerPoint chart, for the cards whose shape allows one. */
  getChartData?: () => PptxChartData | null;
  className: string;
};

/** What a card hands the PowerPoint export; the overview's deck reads the mounted ones. */
export type SlideSource = Omit<PptxButtonProps, "className">;

/** pptxgenjs, the slide layout, the composer and the rasteriser load on first use, never with the page. */
export const loadPptx = () =>
  Promise.all([import("@/lib/export/compose"), import("@/lib/export/png"), import("@/lib/export/pptx/render"), import("@/lib/export/pptx/model"), import("@/lib/export/pptx/deck")]).then(
    ([compose, png, render, model, deck]) => ({ ...compose, ...png, ...render, ...model, ...deck }),
  );
export type PptxLib = Awaited<ReturnType<typeof loadPptx>>;

const mounted = new Set<{ current: SlideSource }>();

/** The mounted card whose native chart is of `kind` (the deck's dependence and peers slides). */
export function slideSource(kind: PptxChartData["kind"]): SlideSource | null {
  for (const ref of mounted) if (ref.current.getChartData?.()?.kind === kind) return ref.current;
  return null;
}

const blobToDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/**
 * The chart alone (its key kept, titles and footer left to the slide's editable text) as a PNG at
 * 3× pixel density: sharp on a projector at full slide width.
 */
export async function slideImage(svg: SVGSVGElement | null | undefined, meta: ExportMeta, words: ExportWords): Promise<SlideImage> {
  if (!svg) throw new ExportError("notDrawn");
  const { composeChartSvg, svgToPng } = await loadPptx();
  const composed = await composeChartSvg({ svg, title: "", subtitle: "", keyItems: meta.keyItems, legendItems: [], sourceLine: "", footer: "", permalink: "", words });
  const png = await svgToPng(composed.markup, { width: composed.width, height: composed.height, scale: 3 });
  return { dataUrl: await blobToDataUrl(png), width: composed.width, height: composed.height };
}

/** The slide words from the `pptx` catalogue. */
export function slideWords(t: Translator<"pptx">): SlideWords {
  return {
    eventNumber: t("table.number"),
    eventDate: t("table.date"),
    eventTitle: t("table.title"),
    moreEvents: (count) => t("moreEvents", { count }),
    notesValues: t("notes.values"),
    notesEvents: t("notes.events"),
    notesSources: t("notes.sources"),
    notesPermalink: t("notes.permalink"),
  };
}

/** A card's slide model, read at click time (synchronously: the cards' metadata follows the export's language only inside withExportWords). */
export function cardSlide(lib: PptxLib, source: SlideSource, t: Translator<"pptx">, locale: Locale): ChartSlideModel {
  return lib.chartSlideModel({ meta: source.getMeta(), csv: source.getCsv(), chart: source.getChartData?.() ?? null, words: slideWords(t), locale });
}

/** One editable PowerPoint slide of the chart (`export-pptx`): texts, image, native chart where it can, events, sources, notes. */
export function PptxButton({ className, ...source }: PptxButtonProps) {
  const t = useTranslations("pptx");
  const tExport = useTranslations("export");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const ref = useRef(source);
  useEffect(() => {
    ref.current = source;
  });
  useEffect(() => {
    mounted.add(ref);
    return () => void mounted.delete(ref);
  }, []);

  async function run() {
    setBusy(true);
    setStatus("");
    try {
      const lib = await loadPptx();
      const model = cardSlide(lib, source, t, locale);
      const image = await slideImage(source.getSvg(), source.getMeta(), { locale, t: tExport });
      const blob = await lib.chartPptx({ model, image, head: slideWords(t) });
      downloadBlob(blob, `${source.fileName}.pptx`);
    } catch (err) {
      console.warn("[export] pptx failed", err);
      const reason = err instanceof ExportError ? tExport(`errors.${err.code}`, { detail: err.detail }) : err instanceof Error ? err.message : String(err);
      setStatus(t("failed", { reason }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={className} data-testid="export-pptx" disabled={busy} aria-busy={busy} title={t("buttonTitle")} onClick={run}>
        {t("button")}
      </button>
      <span aria-live="polite" className={status ? "basis-full text-right text-xs text-red-700" : "sr-only"}>
        {busy ? t("busy") : status}
      </span>
    </>
  );
}
