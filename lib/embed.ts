// The charts that have an embeddable, framable route: `/embed/<chart>?<filters>` (and
// `/ja/embed/<chart>`). Which filters each one carries, the full view it links back to, the height
// message it posts to the page that frames it, and the snippet the export menu offers.

export const EMBED_CHARTS = ["dependence", "peers", "materials", "monthly"] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export function isEmbedChart(value: string): value is EmbedChart {
  return (EMBED_CHARTS as readonly string[]).includes(value);
}

/** The query parameters each chart reads (the rest of a page's URL is left out of its embed). */
export const EMBED_PARAMS: Record<EmbedChart, readonly string[]> = {
  dependence: ["material", "from", "to", "category", "view"],
  peers: ["material", "peersYear", "peers"],
  materials: ["sort", "dir"],
  monthly: ["material"],
};

/** The page that shows the chart with the site around it (the embed's "REE Monitor" link). */
export const EMBED_FULL_VIEW: Record<EmbedChart, string> = {
  dependence: "/",
  peers: "/",
  materials: "/materials",
  monthly: "/",
};

/** The iframe's height before the first height message (px), about the chart's usual height at 700 px wide. */
export const EMBED_INITIAL_HEIGHT: Record<EmbedChart, number> = {
  dependence: 760,
  peers: 560,
  materials: 1200,
  monthly: 600,
};

/** `{ type: EMBED_HEIGHT_MESSAGE, height }`: posted by the embed to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = "ree-monitor:height";

/** Marks the snippet's iframes, so its script resizes only those. */
export const EMBED_IFRAME_ATTRIBUTE = "data-ree-monitor-embed";

/** The chart's parameters from a page's query string, in their order there (repeated ones kept). */
export function embedSearch(chart: EmbedChart, search: URLSearchParams | string): string {
  const from = typeof search === "string" ? new URLSearchParams(search) : search;
  const kept = new URLSearchParams();
  for (const [key, value] of from) if (EMBED_PARAMS[chart].includes(key)) kept.append(key, value);
  const text = kept.toString();
  return text ? `?${text}` : "";
}

/** `/embed/peers?material=…` (English) or `/ja/embed/peers?material=…`. */
export function embedPath(chart: EmbedChart, locale: string, search: URLSearchParams | string = ""): string {
  return `${locale === "en" ? "" : `/${locale}`}/embed/${chart}${embedSearch(chart, search)}`;
}

/** The full view's pathname and query (locale-free: the locale-aware Link adds the prefix). */
export function embedFullView(chart: EmbedChart, search: URLSearchParams | string): { pathname: string; query: Record<string, string | string[]> } {
  const from = new URLSearchParams(embedSearch(chart, search));
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(from.keys())) {
    const all = from.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  return { pathname: EMBED_FULL_VIEW[chart], query };
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The HTML a site pastes: the iframe, and a small script that sets the height of the iframe whose
 * window sent a height message from this site's origin (any number of embeds on one page).
 */
export function embedSnippet({ origin, path, title, chart }: { origin: string; path: string; title: string; chart: EmbedChart }): string {
  const src = `${origin}${path}`;
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${EMBED_IFRAME_ATTRIBUTE} ` +
    `width="100%" height="${EMBED_INITIAL_HEIGHT[chart]}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||typeof d.height!=="number")return;` +
    `document.querySelectorAll("iframe[${EMBED_IFRAME_ATTRIBUTE}]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`;
  return `${iframe}\n${script}`;
}
