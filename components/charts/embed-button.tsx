"use client";

import type { EmbedChart } from "@/lib/embed";

export type { EmbedChart };

/** "Embed": an iframe snippet for this view. Placeholder until the embeds land. */
export function EmbedButton(_props: { chart: EmbedChart; className: string }) {
  return null;
}
