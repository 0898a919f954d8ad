import "server-only";
// The Atom feeds: what they say comes from the store (the data versions, the escalation events
// each one added, their sources), worded and written by lib/feed.ts. Not kept by the response
// cache (http/routes.mjs): the links are absolute, built from the request's Host, which the cache
// key does not hold.
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { listIncidents } from "@/db/queries/incidents";
import { getSourcesByIds } from "@/db/queries/sources";
import { listChanges, listVersions } from "@/db/queries/versions";
import { atomFeed, feedEntries, feedOrigin, MAX_FEED_ENTRIES, type FeedIncident, type FeedVersion, type FeedWords } from "@/lib/feed";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { ALL_MATERIALS, MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";
import { ApiError, handle } from "./api-error";

/**
 * The latest versions and the escalation events they added, as the feed tells them: versions
 * newest first until `limit` entries are certain; an event is the one it is now (a later
 * correction shows, and makes its updated time), a removed one is left out, and a duplicate record
 * of an event already told is not a new event.
 */
export function loadFeedInput(limit = MAX_FEED_ENTRIES): { versions: FeedVersion[]; incidents: FeedIncident[] } {
  const versions = listVersions({ limit });
  const addedIn = new Map<number, { version: number; at: string }>();
  const updated = new Map<number, string>();
  let entries = 0;
  for (const v of versions) {
    if (entries >= limit) break;
    entries++;
    for (const c of listChanges({ versions: [v.version], entities: ["incident"] })) {
      const id = Number(c.entityId);
      // Newest version first: the first time an event is seen is its latest change.
      if (!updated.has(id)) updated.set(id, v.createdAt);
      if (c.action === "add" && !addedIn.has(id)) {
        addedIn.set(id, { version: v.version, at: v.createdAt });
        entries++;
      }
    }
  }
  const current = addedIn.size
    ? listIncidents({ materials: [ALL_MATERIALS], from: MIN_YEAR, to: MAX_YEAR, categories: [] }).filter((i) => addedIn.has(i.id))
    : [];
  const sources = new Map(getSourcesByIds({ ids: current.map((i) => i.sourceId) }).map((s) => [s.id, s]));
  const incidents: FeedIncident[] = current.map((i) => {
    const added = addedIn.get(i.id)!;
    return {
      id: i.id,
      date: i.date,
      title: i.title,
      titleJa: i.titleJa,
      summary: i.summary,
      summaryJa: i.summaryJa,
      category: i.category,
      severity: i.severity,
      addedIn: added.version,
      published: added.at,
      updated: updated.get(i.id) ?? added.at,
      source: sources.get(i.sourceId) ?? null,
    };
  });
  const newIncidents = new Map<number, number>();
  for (const i of incidents) newIncidents.set(i.addedIn, (newIncidents.get(i.addedIn) ?? 0) + 1);
  return {
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      kind: v.kind,
      added: v.added,
      changed: v.changed,
      removed: v.removed,
      importId: v.importId,
      importKind: v.importKind,
      newIncidents: newIncidents.get(v.version) ?? 0,
    })),
    incidents,
  };
}

/** The feed's words in `locale`, from the catalogue. */
export function feedWords(locale: Locale): FeedWords {
  const messages = MESSAGES[locale];
  return {
    locale,
    t: createTranslator({ locale, messages, namespace: "feed" }) as unknown as Translator<"feed">,
    enums: messages.enums,
    untranslated: messages.common.untranslated,
    product: messages.common.product,
  };
}

/** The Atom document of `locale` with links under `origin`. */
export function feedXml(locale: Locale, origin: string): string {
  const words = feedWords(locale);
  return atomFeed(feedEntries(loadFeedInput(), origin, words), origin, words);
}

const ATOM = "application/atom+xml; charset=utf-8";

/**
 * The feed, revalidated on every poll (no-cache: a reader sees an import at once) and answered 304
 * when it has not changed since the reader's copy (its ETag is a hash of the document).
 */
function feedResponse(locale: Locale, request: Request): Response {
  const origin = feedOrigin(request.headers.get("host"), request.headers.get("x-forwarded-proto"));
  const xml = feedXml(locale, origin);
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = { "content-type": ATOM, "cache-control": "no-cache", etag };
  const known = request.headers.get("if-none-match")?.split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (known?.includes(etag) || known?.includes("*")) return new Response(null, { status: 304, headers: { "cache-control": headers["cache-control"], etag } });
  return new Response(xml, { headers });
}

/** GET /feed.xml: the English feed. */
export const getEnglishFeed = handle((request: Request) => feedResponse(DEFAULT_LOCALE, request));

/** GET /[locale]/feed.xml: the Japanese feed at /ja/feed.xml; English has no prefix, so /en/feed.xml and any other is not found. */
export const getLocaleFeed = handle(async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const { locale } = await params;
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) throw new ApiError(404, "not_found", "No feed at this address: the English feed is /feed.xml, the Japanese one /ja/feed.xml.");
  return feedResponse(locale, request);
});
