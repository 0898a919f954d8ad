// The message catalogues, the one home of every word the UI shows, one JSON file per namespace and
// language. English is the reference: its shape types every key (lib/i18n/types.d.ts), and
// lib/i18n/messages.test.ts fails when a key exists in one language and not the other.
// Server only in practice: pages hand the client the catalogue of their language through
// NextIntlClientProvider; a client component never imports this file (it would ship both languages).
import type { Locale } from "../routing";
import en_common from "./en/common.json";
import en_enums from "./en/enums.json";
import en_ui from "./en/ui.json";
import en_filters from "./en/filters.json";
import en_overview from "./en/overview.json";
import en_dashboard from "./en/dashboard.json";
import en_export from "./en/export.json";
import en_analysis from "./en/analysis.json";
import en_peers from "./en/peers.json";
import en_monthly from "./en/monthly.json";
import en_materials from "./en/materials.json";
import en_incidents from "./en/incidents.json";
import en_projects from "./en/projects.json";
import en_sources from "./en/sources.json";
import en_data from "./en/data.json";
import en_pptx from "./en/pptx.json";
import en_cite from "./en/cite.json";
import en_versions from "./en/versions.json";
import en_feed from "./en/feed.json";
import en_embed from "./en/embed.json";
import en_accessibility from "./en/accessibility.json";
import en_onDemand from "./en/onDemand.json";
import ja_common from "./ja/common.json";
import ja_enums from "./ja/enums.json";
import ja_ui from "./ja/ui.json";
import ja_filters from "./ja/filters.json";
import ja_overview from "./ja/overview.json";
import ja_dashboard from "./ja/dashboard.json";
import ja_export from "./ja/export.json";
import ja_analysis from "./ja/analysis.json";
import ja_peers from "./ja/peers.json";
import ja_monthly from "./ja/monthly.json";
import ja_materials from "./ja/materials.json";
import ja_incidents from "./ja/incidents.json";
import ja_projects from "./ja/projects.json";
import ja_sources from "./ja/sources.json";
import ja_data from "./ja/data.json";
import ja_pptx from "./ja/pptx.json";
import ja_cite from "./ja/cite.json";
import ja_versions from "./ja/versions.json";
import ja_feed from "./ja/feed.json";
import ja_embed from "./ja/embed.json";
import ja_accessibility from "./ja/accessibility.json";
import ja_onDemand from "./ja/onDemand.json";

export const en = {
  common: en_common,
  enums: en_enums,
  ui: en_ui,
  filters: en_filters,
  overview: en_overview,
  dashboard: en_dashboard,
  export: en_export,
  analysis: en_analysis,
  peers: en_peers,
  monthly: en_monthly,
  materials: en_materials,
  incidents: en_incidents,
  projects: en_projects,
  sources: en_sources,
  data: en_data,
  pptx: en_pptx,
  cite: en_cite,
  versions: en_versions,
  feed: en_feed,
  embed: en_embed,
  accessibility: en_accessibility,
  onDemand: en_onDemand,
};

export type Messages = typeof en;

export const ja = {
  common: ja_common,
  enums: ja_enums,
  ui: ja_ui,
  filters: ja_filters,
  overview: ja_overview,
  dashboard: ja_dashboard,
  export: ja_export,
  analysis: ja_analysis,
  peers: ja_peers,
  monthly: ja_monthly,
  materials: ja_materials,
  incidents: ja_incidents,
  projects: ja_projects,
  sources: ja_sources,
  data: ja_data,
  pptx: ja_pptx,
  cite: ja_cite,
  versions: ja_versions,
  feed: ja_feed,
  embed: ja_embed,
  accessibility: ja_accessibility,
  onDemand: ja_onDemand,
};

/** Each language's catalogue; ja is checked against en's keys by lib/i18n/messages.test.ts (a missing key is a test failure with its name). */
export const MESSAGES: Record<Locale, Messages> = { en, ja: ja as unknown as Messages };

/**
 * A part of a catalogue handed to the browser: a namespace ("dashboard") or one branch of it
 * ("versions.notice"). The client gets only what its components read, not the whole catalogue.
 */
export type MessagePath = string;

/** The given namespaces and branches of a catalogue (the rest left out), for NextIntlClientProvider. */
export function pickMessages(messages: Record<string, unknown>, paths: readonly MessagePath[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const k of keys) from = from && typeof from === "object" ? (from as Record<string, unknown>)[k] : undefined;
    if (from === undefined) throw new Error(`No messages at "${path}"`);
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    to[keys[keys.length - 1]] = from;
  }
  return out;
}

/** What every page's client components read from the language's layout: the header's language switch and the error boundary. */
export const SHELL_MESSAGES: readonly MessagePath[] = ["common"];

/**
 * What the overview's client components read on the first screen (the dependence card, the filters,
 * the timeline's and projects' headings, the export, cite and embed dialogs, the version notice);
 * lib/i18n/messages/pick.test.ts checks it against the components the page imports. The cards
 * below the first screen load theirs with them (analysis, peers, monthly: components/ui/on-demand.tsx).
 * Not sent: materials, incidents, projects, data, feed, and the rest of sources and versions.
 */
export const OVERVIEW_MESSAGES: readonly MessagePath[] = [
  "common",
  "enums",
  "ui",
  "filters",
  "overview",
  "dashboard",
  "export",
  "cite",
  "embed",
  "pptx",
  "sources.citation",
  "versions.notice",
  // The version notice's lines (lib/changes shareLineText).
  "versions.share",
];
