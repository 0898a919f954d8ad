"use client";

import type { ExportMeta } from "@/lib/export/compose-markup";

export type CiteButtonProps = {
  /** The card's metadata in the page's language: its title and the permalink with `v=N`. */
  getMeta: () => ExportMeta;
  className: string;
};

/** "Cite this view" (`cite-button`): APA, Chicago and BibTeX. Placeholder until the citation lands. */
export function CiteButton(_props: CiteButtonProps) {
  return null;
}
