// The charts that have an embeddable, framable route: `/embed/<chart>?<filters>`.
export const EMBED_CHARTS = ["dependence", "peers", "materials", "monthly"] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
