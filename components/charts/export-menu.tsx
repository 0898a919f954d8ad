"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore } from "react";
import { useDataVersion } from "@/components/ui/data-version";
import { appendCsvColumn } from "@/lib/csv";
import type { ExportMeta } from "@/lib/export/compose-markup";
import { canCopyPng, copyPng, downloadBlob } from "@/lib/export/download";
import { ExportError } from "@/lib/export/errors";
import type { PptxChartData } from "@/lib/export/pptx/chart-data";
import { withExportWords } from "@/lib/export/words";
import { withVersionParam } from "@/lib/versions";
import { CiteButton } from "./cite-button";
import { EmbedButton, type EmbedChart } from "./embed-button";
import { PptxButton } from "./export-pptx";

declare global {
  interface Window {
    /** Milliseconds from click to PNG blob of the last export, for measurement and tests. */
    __lastExportMs?: number;
  }
}

type Format = "png" | "svg" | "csv" | "copy";

export type ExportMenuProps = {
  /** File name without extension, e.g. `dependence-rare-earths-2008-2026`. */
  fileName: string;
  /** The chart's live <svg>; read at click time. */
  getSvg: () => SVGSVGElement | null | undefined;
  /**
   * Title, filters, legend, sources, footer and permalink; read at click time, in the page's
   * language: the footer and sources line that chartExportMeta and exportFooter write follow it.
   */
  getMeta: () => ExportMeta;
  /** The CSV of exactly the values drawn (with BOM). */
  getCsv: () => string;
  /** The chart's embeddable route (`/embed/<chart>`), for the four charts that have one. */
  embed?: EmbedChart;
  /** The drawn values as a native PowerPoint chart (lib/export/pptx), for the cards whose shape allows one. */
  getChartData?: () => PptxChartData | null;
};

const noSubscribe = () => () => {};

/**
 * The composer (SVG cloning, inline styles, font embedding) and the rasteriser are needed only
 * when someone exports, so they load on first use instead of with the page. Pointing at or
 * focusing the menu starts the load, so a click rarely waits for it; the import is cached after.
 */
const loadExporter = () => Promise.all([import("@/lib/export/compose"), import("@/lib/export/png")]).then(([compose, png]) => ({ ...compose, ...png }));
const preloadExporter = () => {
  // A failed preload is not an error yet: the click loads again and reports a failure there.
  loadExporter().catch(() => {});
};

const button =
  "rounded-md border border-line bg-white px-2 py-1 text-xs font-medium text-ink hover:bg-canvas disabled:cursor-not-allowed disabled:opacity-50";

/**
 * Export actions for any chart card: PNG (2× or 4×), SVG, CSV and copy-to-clipboard. The image
 * is composed from the chart's SVG by `lib/export`, never screenshotted, in the page's language.
 * File names stay ASCII in every language (the card's `fileName`).
 */
export function ExportMenu({ fileName, getSvg, getMeta: getCardMeta, getCsv: getCardCsv, embed, getChartData }: ExportMenuProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<2 | 4>(2);
  const [busy, setBusy] = useState<Format | null>(null);
  const [status, setStatus] = useState("");
  const canCopy = useSyncExternalStore(noSubscribe, canCopyPng, () => false);
  const t = useTranslations("export");
  const locale = useLocale();
  const { version } = useDataVersion();

  // Every export names the data version it was drawn from: the footer says it, the permalink
  // carries `v=N`, and the CSV has a dataVersion column.
  const getMeta = (): ExportMeta => {
    const meta = getCardMeta();
    if (version <= 0) return meta;
    return { ...meta, footer: t("image.footerVersion", { footer: meta.footer, version }), permalink: withVersionParam(meta.permalink, version) };
  };
  const getCsv = () => (version > 0 ? appendCsvColumn(getCardCsv(), "dataVersion", version) : getCardCsv());

  async function compose() {
    const svg = getSvg();
    if (!svg) throw new ExportError("notDrawn");
    const words = { locale, t };
    const meta = withExportWords(words, getMeta);
    const { composeChartSvg } = await loadExporter();
    return composeChartSvg({ svg, ...meta, words });
  }

  const reason = (err: unknown) => (err instanceof ExportError ? t(`errors.${err.code}`, { detail: err.detail }) : err instanceof Error ? err.message : String(err));

  async function makePng(): Promise<Blob> {
    const t0 = performance.now();
    const composed = await compose();
    const { svgToPng } = await loadExporter();
    const blob = await svgToPng(composed.markup, { width: composed.width, height: composed.height, scale });
    const ms = Math.round(performance.now() - t0);
    window.__lastExportMs = ms;
    rootRef.current?.closest('[data-testid="chart-card"]')?.setAttribute("data-last-export-ms", String(ms));
    console.info(`[export] ${fileName}.png: ${composed.width}×${composed.height} at ${scale}× in ${ms} ms`);
    return blob;
  }

  async function run(format: Format) {
    setBusy(format);
    setStatus("");
    try {
      if (format === "png") {
        downloadBlob(await makePng(), `${fileName}.png`);
      } else if (format === "svg") {
        const { markup } = await compose();
        downloadBlob(new Blob([markup], { type: "image/svg+xml;charset=utf-8" }), `${fileName}.svg`);
      } else if (format === "csv") {
        downloadBlob(new Blob([getCsv()], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`);
      } else {
        await copyPng(makePng());
        setStatus(t("menu.copied"));
      }
    } catch (err) {
      console.warn("[export] failed", err);
      setStatus(t("menu.failed", { reason: reason(err) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div
      ref={rootRef}
      role="group"
      aria-label={t("menu.label")}
      className="flex flex-wrap items-center justify-end gap-1.5"
      data-testid="export-menu"
      onPointerEnter={preloadExporter}
      onFocus={preloadExporter}
    >
      <span className="inline-flex">
        <button type="button" className={`${button} rounded-r-none`} data-testid="export-png" disabled={busy !== null} aria-busy={busy === "png"} title={t("menu.pngTitle", { scale })} onClick={() => run("png")}>
          PNG
        </button>
        {([2, 4] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={`${button} -ml-px rounded-none last:rounded-r-md ${scale === s ? "bg-canvas text-ink" : "text-muted"}`}
            aria-pressed={scale === s}
            aria-label={t("menu.scaleLabel", { scale: s })}
            data-testid={`export-scale-${s}`}
            onClick={() => setScale(s)}
          >
            {s}×
          </button>
        ))}
      </span>
      <button type="button" className={button} data-testid="export-svg" disabled={busy !== null} aria-busy={busy === "svg"} title={t("menu.svgTitle")} onClick={() => run("svg")}>
        SVG
      </button>
      <button type="button" className={button} data-testid="export-csv" disabled={busy !== null} aria-busy={busy === "csv"} title={t("menu.csvTitle")} onClick={() => run("csv")}>
        CSV
      </button>
      <button
        type="button"
        className={button}
        data-testid="export-copy"
        disabled={!canCopy || busy !== null}
        aria-busy={busy === "copy"}
        title={canCopy ? t("menu.copyTitle") : t("menu.copyUnsupported")}
        onClick={() => run("copy")}
      >
        {t("menu.copy")}
      </button>
      <PptxButton fileName={fileName} getSvg={getSvg} getMeta={() => withExportWords({ locale, t }, getMeta)} getCsv={getCsv} getChartData={getChartData} className={button} />
      <CiteButton getMeta={() => withExportWords({ locale, t }, getMeta)} fileName={fileName} className={button} />
      {embed && <EmbedButton chart={embed} className={button} />}
      <span aria-live="polite" className={status ? "basis-full text-right text-xs text-muted" : "sr-only"}>
        {busy ? t("menu.busy") : status}
      </span>
    </div>
  );
}
