// The overview's briefing deck as a list of slides, built from the same slide models the chart
// cards export (the dependence chart, the peers bars) and the headline figures the page shows.

import type { Locale } from "@/lib/i18n/routing";
import { PPTX_FONT, type ChartSlideModel, type EventRow } from "./model";

export type Figure = { label: string; value: string; detail: string };

export type DeckWords = {
  figuresTitle: string;
  eventsTitle: string;
  noEvents: string;
  sourcesTitle: string;
  eventNumber: string;
  eventDate: string;
  eventTitle: string;
  moreEvents: (count: number) => string;
};

export type DeckSlide =
  | { kind: "figures"; title: string; subtitle: string; figures: Figure[]; notes: string }
  | { kind: "chart"; model: ChartSlideModel; imageKey: string }
  | { kind: "events"; title: string; subtitle: string; rows: EventRow[]; more: (hidden: number) => string; empty: string | null; notes: string }
  | { kind: "sources"; title: string; lines: { text: string; heading: boolean }[]; permalink: string; notes: string };

export type DeckModel = { title: string; fontFace: string; slides: DeckSlide[] };

/** At most this many rows of the events table on its own slide (fewer when they do not fit; the rest are counted in a line under it and listed in the notes). */
export const DECK_EVENT_ROWS = 14;

/**
 * Three to five slides: the headline figures; the dependence chart with its events; the events
 * table; the peers chart (when the material has peer data); the sources.
 */
export function deckModel({
  heading,
  subtitle,
  figures,
  dependence,
  peers,
  words,
  locale,
}: {
  heading: string;
  subtitle: string;
  figures: Figure[];
  dependence: { model: ChartSlideModel; allEvents: EventRow[] } | null;
  peers: ChartSlideModel | null;
  words: DeckWords;
  locale: Locale;
}): DeckModel {
  const slides: DeckSlide[] = [
    { kind: "figures", title: heading, subtitle, figures, notes: figures.map((f) => `${f.label}: ${f.value}\n${f.detail}`).join("\n\n") },
  ];
  if (dependence) {
    slides.push({ kind: "chart", model: dependence.model, imageKey: "dependence" });
    const all = dependence.allEvents;
    slides.push({
      kind: "events",
      title: words.eventsTitle,
      subtitle: dependence.model.title,
      rows: all,
      more: words.moreEvents,
      empty: all.length ? null : words.noEvents,
      notes: all.map((e) => `${e.number}\t${e.date}\t${e.title}`).join("\n"),
    });
  }
  if (peers) slides.push({ kind: "chart", model: peers, imageKey: "peers" });
  const models = [dependence?.model, peers].filter((m): m is ChartSlideModel => m !== null && m !== undefined);
  const lines = models.flatMap((m, i) => [...(i ? [{ text: "", heading: false }] : []), { text: m.title, heading: true }, ...m.footnote.split("\n").map((text) => ({ text, heading: false }))]);
  const permalink = models[0]?.permalink ?? "";
  slides.push({
    kind: "sources",
    title: words.sourcesTitle,
    lines,
    permalink,
    notes: [...lines.map((l) => l.text), "", permalink].join("\n"),
  });
  return { title: heading, fontFace: PPTX_FONT[locale], slides };
}
