// The Atom feeds (/feed.xml in English, /ja/feed.xml in Japanese): new escalation events and new
// data versions, newest first. Pure: server/feed.ts reads the store and hands this file what the
// feed says; this file words it in the feed's language and writes the Atom document (the `feed`
// package). An entry's time is the data version's commit (when the site learned of it); the
// event's own date is in its text.
import { Feed } from "feed";
import { citationSeparator, formatCitationDetails, formatDate } from "./format";
import { localized, localizedString } from "./i18n/localized";
import { localePath, type Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { categoryLabel, enumLabel, type EnumLabels } from "./labels";
import type { IncidentDto, SourceRef } from "./types";
import type { DataVersionDto } from "./versions";

import { MAX_FEED_ENTRIES } from "./limits";

export { MAX_FEED_ENTRIES };

/** The feed of each language, where the pages' head links point. */
export const feedPath = (locale: Locale): string => localePath(locale, "/feed.xml");

/**
 * Entry and feed ids: tag URIs (RFC 4151), independent of the host the feed was fetched from, so
 * an entry keeps its id whatever address serves it. One per language: a translation is its own entry.
 */
const TAG = "tag:ree-monitor,2026:";
export const feedId = (locale: Locale) => `${TAG}${locale}/feed`;
export const incidentEntryId = (locale: Locale, id: number) => `${TAG}${locale}/incident/${id}`;
export const versionEntryId = (locale: Locale, version: number) => `${TAG}${locale}/data-version/${version}`;

/** A plain `host[:port]` (a DNS name or IPv4 address, a port up to 65535): nothing else is trusted. */
const HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::(\d{1,5}))?$/i;

/**
 * The origin of the feed's absolute links, from the request's Host header (and X-Forwarded-Proto
 * "https" behind a proxy); a missing or malformed host gives http://localhost.
 */
export function feedOrigin(host: string | null | undefined, forwardedProto?: string | null): string {
  const value = host?.trim() ?? "";
  const match = HOST.exec(value);
  if (!match || value.length > 260 || (match[2] !== undefined && Number(match[2]) > 65535)) return "http://localhost";
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  return `${proto}://${value.toLowerCase()}`;
}

/** A data version as the feed tells it, with how many escalation events it added. */
export type FeedVersion = Pick<DataVersionDto, "version" | "createdAt" | "kind" | "added" | "changed" | "removed" | "importId" | "importKind"> & { newIncidents: number };

/** An escalation event the store gained, as it reads now, with the version that added it and its source. */
export type FeedIncident = Pick<IncidentDto, "id" | "date" | "title" | "titleJa" | "summary" | "summaryJa" | "category" | "severity"> & {
  /** The version that added it, and its commit time (the entry's published time). */
  addedIn: number;
  published: string;
  /** The commit time of the latest version that added or corrected it. */
  updated: string;
  source: SourceRef | null;
};

export type FeedWords = {
  locale: Locale;
  t: Translator<"feed">;
  enums: EnumLabels;
  /** common.untranslated: the mark of a text shown in English on a Japanese page. */
  untranslated: string;
  /** common.product. */
  product: string;
};

export type FeedEntry = {
  id: string;
  /** Plain text (escaped when written). */
  title: string;
  link: string;
  published: string;
  updated: string;
  /** A short plain-text line, and the full entry as HTML (its data escaped). */
  summary: string;
  contentHtml: string;
  category: { term: string; label: string };
  /** For the order within one commit time: the version's own entry first, then its events, latest event first. */
  sortKey: { version: number; rank: number; date: string; id: number };
};

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML, with the characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF) dropped. */
export const escapeHtml = (text: string): string => xmlSafe(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

const paragraph = (html: string, lang?: string) => `<p${lang ? ` lang="${lang}"` : ""}>${html}</p>`;

/** A stored text in the feed's language as HTML: an English fallback on the Japanese feed sits in lang="en" with its mark. */
function localizedHtml(words: FeedWords, en: string, ja: string | null): string {
  const l = localized(words.locale, en, ja);
  return l.fallback ? `<span lang="en">${escapeHtml(l.text)}</span>［${escapeHtml(words.untranslated)}］` : escapeHtml(l.text);
}

const SLOT = "\uE000";
const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\/[^\s]+$/i.test(url);

function sourceHtml(words: FeedWords, source: SourceRef | null): string {
  if (!source) return escapeHtml(words.t("incident.sourceUnknown"));
  const title = isWebUrl(source.url) ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
  const details = formatCitationDetails(source, words.locale);
  // The message is text around one argument that is HTML already: escape the message with a
  // private-use character standing in for it, then put the HTML in its place.
  return escapeHtml(words.t("incident.source", { source: SLOT })).replace(SLOT, details ? `${title}${escapeHtml(citationSeparator(words.locale))}${escapeHtml(details)}` : title);
}

export function incidentEntry(incident: FeedIncident, origin: string, words: FeedWords): FeedEntry {
  const { locale, t } = words;
  const category = categoryLabel(words.enums, incident.category);
  const meta = t("incident.meta", { date: formatDate(incident.date, locale), category, severity: incident.severity });
  const summary = incident.summary.trim() || incident.summaryJa?.trim() ? paragraph(localizedHtml(words, incident.summary, incident.summaryJa)) : "";
  return {
    id: incidentEntryId(locale, incident.id),
    title: localizedString(locale, incident.title, incident.titleJa, words.untranslated),
    link: `${origin}${localePath(locale, `/incidents/${incident.id}`)}`,
    published: incident.published,
    updated: incident.updated,
    summary: meta,
    contentHtml: [paragraph(escapeHtml(meta)), summary, paragraph(sourceHtml(words, incident.source)), paragraph(escapeHtml(t("incident.addedIn", { version: incident.addedIn })))].join(""),
    category: { term: incident.category, label: category },
    sortKey: { version: incident.addedIn, rank: 1, date: incident.date, id: incident.id },
  };
}

export function versionEntry(v: FeedVersion, origin: string, words: FeedWords): FeedEntry {
  const { locale, t } = words;
  const kind = v.kind === "import" && v.importId === null ? "baseline" : v.kind;
  const importKind = v.importKind ? enumLabel(words.enums.importKind, v.importKind) : "";
  const counts = t("version.counts", { total: v.added + v.changed + v.removed, added: v.added, changed: v.changed, removed: v.removed });
  const changes = `${origin}${localePath(locale, "/changes")}?since=${v.version - 1}`;
  return {
    id: versionEntryId(locale, v.version),
    title: t("version.title", { version: v.version, kind, importId: v.importId ?? 0, importKind }),
    link: changes,
    published: v.createdAt,
    updated: v.createdAt,
    summary: counts,
    contentHtml: [
      paragraph(escapeHtml(counts)),
      v.kind === "baseline" ? paragraph(escapeHtml(t("version.baseline"))) : "",
      paragraph(escapeHtml(t("version.newIncidents", { count: v.newIncidents }))),
      paragraph(`<a href="${escapeHtml(changes)}">${escapeHtml(t("version.changesLink"))}</a>`),
    ].join(""),
    category: { term: "data-version", label: t("version.category") },
    sortKey: { version: v.version, rank: 0, date: "", id: v.version },
  };
}

/**
 * Every entry, newest first: by commit time; within one version, the version's own entry, then the
 * events it added, the latest event first. At most `limit`.
 */
export function feedEntries(input: { versions: FeedVersion[]; incidents: FeedIncident[] }, origin: string, words: FeedWords, limit = MAX_FEED_ENTRIES): FeedEntry[] {
  const entries = [...input.versions.map((v) => versionEntry(v, origin, words)), ...input.incidents.map((i) => incidentEntry(i, origin, words))];
  const time = (iso: string) => Date.parse(iso);
  entries.sort(
    (a, b) =>
      time(b.updated) - time(a.updated) ||
      b.sortKey.version - a.sortKey.version ||
      a.sortKey.rank - b.sortKey.rank ||
      (a.sortKey.date < b.sortKey.date ? 1 : a.sortKey.date > b.sortKey.date ? -1 : 0) ||
      b.sortKey.id - a.sortKey.id,
  );
  return entries.slice(0, limit);
}

/** The Atom 1.0 document (RFC 4287) of `entries`; its updated time is the newest entry's (the epoch when there is none). */
export function atomFeed(entries: FeedEntry[], origin: string, words: FeedWords): string {
  const { locale, t } = words;
  const home = `${origin}${localePath(locale, "/")}`;
  const feed = new Feed({
    id: feedId(locale),
    title: t("title"),
    description: t("subtitle"),
    link: home,
    feed: `${origin}${feedPath(locale)}`,
    updated: new Date(entries.length ? Math.max(...entries.map((e) => Date.parse(e.updated))) : 0),
    author: { name: words.product, link: home },
    generator: false,
    language: locale,
  });
  for (const e of entries) {
    feed.addItem({
      id: e.id,
      // The package writes titles, summaries and contents as type="html".
      title: escapeHtml(e.title),
      link: e.link,
      date: new Date(e.updated),
      published: new Date(e.published),
      description: escapeHtml(e.summary),
      content: e.contentHtml,
      category: [{ term: e.category.term, name: e.category.label }],
    });
  }
  // The package does not write the language of an Atom document: xml:lang on the root element.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
