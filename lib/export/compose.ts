// The browser half of the export: make the live chart SVG standalone, embed the fonts its text
// needs, and compose title, filters, legend, sources and footer around it. One module for every
// chart card; a card passes its <svg> and its metadata.

import { composeSvgMarkup, metaTextRuns, type ComposedSvg, type ExportMeta } from "./compose-markup";
import { formatFamilyList } from "./css-values";
import { collectPageFonts, embeddedFontCss, exportFamilies, loadFontsFor } from "./fonts";
import { cloneWithInlineStyles } from "./inline-styles";
import type { Measure } from "./text-layout";
import type { ExportWords } from "./words";

export type ComposeChartOptions = ExportMeta & {
  svg: SVGSVGElement;
  /** Output width in px (default: the chart's width plus margins). */
  width?: number;
  /** The page's language for the words the composition writes itself (the menu passes its own). */
  words?: ExportWords;
};

function canvasMeasure(familyList: string): Measure | undefined {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return undefined;
  return (text, { size, weight }) => {
    ctx.font = `${weight} ${size}px ${familyList}`;
    return ctx.measureText(text).width;
  };
}

/** A standalone SVG document of the chart with its title, filters, legend, sources and footer. */
export async function composeChartSvg({ svg, width, words, ...meta }: ComposeChartOptions): Promise<ComposedSvg> {
  const fonts = collectPageFonts();
  const families = exportFamilies(getComputedStyle(svg).fontFamily, fonts);
  const familyList = formatFamilyList(families);
  const { clone, width: chartWidth, height: chartHeight, texts } = cloneWithInlineStyles(svg, {
    fontFamily: (computed) => formatFamilyList(exportFamilies(computed, fonts)),
  });
  const runs = [...metaTextRuns(meta, words), ...texts];
  // Fetch and encode the embedded fonts while the page loads the same faces for measuring.
  const [{ css }] = await Promise.all([embeddedFontCss(fonts, families, runs), loadFontsFor(familyList, runs)]);
  return composeSvgMarkup({
    meta,
    chart: { markup: new XMLSerializer().serializeToString(clone), width: chartWidth, height: chartHeight },
    width,
    fontFamily: familyList,
    fontCss: css,
    measure: canvasMeasure(familyList),
    words,
  });
}
