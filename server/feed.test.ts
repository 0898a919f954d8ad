import { execFileSync } from "node:child_process";
import { xml2js, type Element } from "xml-js";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { MAX_FEED_ENTRIES } from "@/lib/feed";
import { bytes } from "@/test/import-db";
import { feedXml, loadFeedInput } from "./feed";
import { runImport } from "./import";

// The feeds on the real seeded store (a temporary SQLite file, test/setup-database.ts), checked
// as Atom 1.0 (RFC 4287) by parsing the document they write, then after a real import.

const ORIGIN = "http://127.0.0.1:3104";
const ATOM_NS = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as RFC 4287 §3.3 requires. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const children = (e: Element, name: string) => (e.elements ?? []).filter((c) => c.type === "element" && c.name === name);
const text = (e: Element | undefined) => (e?.elements ?? []).map((c) => (c.type === "text" ? String(c.text) : c.type === "cdata" ? String(c.cdata) : "")).join("");

type Entry = { id: string; title: string; updated: string; published: string; link: string; content: string; category: string | undefined };
type Parsed = { lang: string | undefined; id: string; title: string; subtitle: string; updated: string; author: string; links: Record<string, string>; entries: Entry[] };

/**
 * Parses an Atom document (xmllint, then a strict parse: a well-formedness error throws) and returns what it says,
 * failing on what RFC 4287 requires: one id, title and updated on the feed and on each entry, an
 * author (the feed's covers its entries), a link or content on each entry, ids as absolute IRIs,
 * dates in RFC 3339, entry ids unique.
 */
function parseAtom(xml: string): Parsed {
  // libxml2's own verdict first (xmllint, installed by .ci/run): it throws on a malformed document.
  execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "ignore", "pipe"] });
  const doc = xml2js(xml, { compact: false, captureSpacesBetweenElements: false }) as Element;
  const roots = (doc.elements ?? []).filter((e) => e.type === "element");
  expect(roots.map((r) => r.name)).toEqual(["feed"]);
  const feed = roots[0];
  expect(feed.attributes?.xmlns).toBe(ATOM_NS);
  const one = (parent: Element, name: string) => {
    const found = children(parent, name);
    expect(found.length, `exactly one <${name}> in <${parent.name}>`).toBe(1);
    return found[0];
  };
  const iri = (value: string) => {
    expect(value, "an absolute IRI").toMatch(ABSOLUTE_IRI);
    expect(() => new URL(value)).not.toThrow();
    return value;
  };
  const date = (value: string) => {
    expect(value, "an RFC 3339 date").toMatch(RFC3339);
    return value;
  };
  const links = Object.fromEntries(children(feed, "link").map((l) => [String(l.attributes?.rel ?? "alternate"), iri(String(l.attributes?.href))]));
  const author = text(one(one(feed, "author"), "name"));
  expect(author.trim()).not.toBe("");
  const entries = children(feed, "entry").map((e) => {
    const link = children(e, "link").find((l) => (l.attributes?.rel ?? "alternate") === "alternate");
    const content = children(e, "content")[0];
    expect(link || content, "an entry has an alternate link or content").toBeTruthy();
    return {
      id: iri(text(one(e, "id"))),
      title: text(one(e, "title")),
      updated: date(text(one(e, "updated"))),
      published: date(text(one(e, "published"))),
      link: iri(String(link?.attributes?.href)),
      content: text(content),
      category: children(e, "category")[0]?.attributes?.label as string | undefined,
    };
  });
  expect(new Set(entries.map((e) => e.id)).size, "entry ids are unique").toBe(entries.length);
  return {
    lang: feed.attributes?.["xml:lang"] as string | undefined,
    id: iri(text(one(feed, "id"))),
    title: text(one(feed, "title")),
    subtitle: text(one(feed, "subtitle")),
    updated: date(text(one(feed, "updated"))),
    author,
    links,
    entries,
  };
}

const NEWEST = "Bloomberg: China throttles critical mineral exports to Japan";
const NEWEST_JA = "ブルームバーグ：中国、日本向け重要鉱物の輸出を抑制";

describe("the feeds on the seeded store", () => {
  it("English: the seed's version, then its escalation events, latest first, capped", () => {
    const feed = parseAtom(feedXml("en", ORIGIN));
    expect(feed.lang).toBe("en");
    expect(feed.id).toBe("tag:ree-monitor,2026:en/feed");
    expect(feed.title).toBe("REE Monitor: escalation events and data versions");
    expect(feed.author).toBe("REE Monitor");
    expect(feed.links).toEqual({ alternate: `${ORIGIN}/`, self: `${ORIGIN}/feed.xml` });
    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);

    const [seed, first, second] = feed.entries;
    expect(seed.id).toBe("tag:ree-monitor,2026:en/data-version/1");
    expect(seed.title).toBe("Data version 1: seed load");
    expect(seed.link).toBe(`${ORIGIN}/changes?since=0`);
    expect(seed.category).toBe("Data version");
    // The seed's counts as stored (its summary reads "Seed load: 15,280 rows: 15,280 added"), and
    // its 63 primary records of escalation events (67 rows, 4 of them duplicates of another).
    const stored = loadFeedInput().versions[0];
    expect(stored).toMatchObject({ version: 1, kind: "seed", added: 15_280, changed: 0, removed: 0, newIncidents: 63 });
    expect(seed.content).toContain("<p>15,280 rows: 15,280 added, 0 changed, 0 removed.</p>");
    expect(seed.content).toContain("<p>63 new escalation events.</p>");
    // The feed's updated time is its newest entry's: the seed's commit.
    expect(feed.updated).toBe(seed.updated);

    expect(first).toMatchObject({ id: "tag:ree-monitor,2026:en/incident/65", title: NEWEST, link: `${ORIGIN}/incidents/65`, category: "Trade retaliation", updated: seed.updated, published: seed.updated });
    expect(first.content).toContain("<p>23 Jun 2026 · Trade retaliation · severity 4 of 5</p>");
    expect(first.content).toContain(
      'Source: <a href="https://tallygo.us.cc/post/xi-pressures-takaichi-by-throttling-key-mineral-exports-to-japan-5163a93d/">Xi pressures Takaichi by throttling key mineral exports to Japan</a> · Bloomberg (headline via tallygo.us.cc link page) · 23 Jun 2026 · headline and standfirst only; body not verified',
    );
    expect(second).toMatchObject({ title: "MOFCOM lists 20 Japanese entities for export control and 20 more on a watch list", category: "Export control" });
    expect(second.content).toContain("24 Feb 2026 · Export control · severity 4 of 5");
  });

  it("Japanese: the same entries in Japanese, with their own ids and /ja links", () => {
    const feed = parseAtom(feedXml("ja", ORIGIN));
    expect(feed.lang).toBe("ja");
    expect(feed.id).toBe("tag:ree-monitor,2026:ja/feed");
    expect(feed.title).toBe("REE Monitor：緊張激化の事案とデータ版");
    expect(feed.links).toEqual({ alternate: `${ORIGIN}/ja`, self: `${ORIGIN}/ja/feed.xml` });
    const [seed, first] = feed.entries;
    expect(seed).toMatchObject({ id: "tag:ree-monitor,2026:ja/data-version/1", title: "データ第1版：初期データの読込", link: `${ORIGIN}/ja/changes?since=0`, category: "データ版" });
    expect(seed.content).toContain("<p>計15,280行：追加15,280行、変更0行、削除0行。</p>");
    expect(seed.content).toContain("<p>新たな緊張激化の事案：63件。</p>");
    expect(first).toMatchObject({ id: "tag:ree-monitor,2026:ja/incident/65", title: NEWEST_JA, link: `${ORIGIN}/ja/incidents/65`, category: "貿易上の報復措置" });
    expect(first.content).toContain("<p>2026年6月23日、貿易上の報復措置、深刻度4（5段階）</p>");
    expect(first.content).toContain("出典：<a href=");
  });

  it("an import adds its version and its new escalation event at the top", async () => {
    const before = parseAtom(feedXml("en", ORIGIN)).entries;
    const file = [
      "id,date,date_precision,title,category,actor,target,severity,materials,summary,source_id,duplicate_of,title_ja,summary_ja",
      "900,2026-07-02,day,Synthetic: feed check <b>&amp; escaping</b>,export_control,China (MOFCOM),Japan,3,rare-earths,Synthetic row for the feed test; not a real event.,4,,合成：フィード確認の事案,",
    ].join("\n");
    const summary = await runImport(getDb(), { kind: "incidents", fileName: "feed.csv", bytes: bytes(file), actor: "test", dryRun: false });
    expect(summary).toMatchObject({ outcome: "accepted", inserted: 1 });

    const en = parseAtom(feedXml("en", ORIGIN));
    const [version, incident, previous] = en.entries;
    expect(version).toMatchObject({ id: "tag:ree-monitor,2026:en/data-version/2", link: `${ORIGIN}/changes?since=1`, category: "Data version" });
    expect(version.title).toMatch(/^Data version 2: import #\d+ \(REE Monitor incidents CSV\)$/);
    expect(version.content).toContain("<p>1 row: 1 added, 0 changed, 0 removed.</p>");
    expect(version.content).toContain("<p>1 new escalation event.</p>");
    // The title is text: its markup is escaped, never read as HTML.
    expect(incident).toMatchObject({ id: "tag:ree-monitor,2026:en/incident/900", title: "Synthetic: feed check &lt;b&gt;&amp;amp; escaping&lt;/b&gt;", link: `${ORIGIN}/incidents/900` });
    expect(incident.content).toContain("2 Jul 2026 · Export control · severity 3 of 5");
    expect(incident.content).toContain("Recorded in data version 2.");
    expect(incident.updated).toBe(version.updated);
    expect(en.updated).toBe(version.updated);
    expect(previous).toEqual(before[0]);
    expect(en.entries).toHaveLength(MAX_FEED_ENTRIES);

    const ja = parseAtom(feedXml("ja", ORIGIN));
    expect(ja.entries[0].title).toMatch(/^データ第2版：取込 #\d+（REE Monitor 事案 CSV）$/);
    expect(ja.entries[1]).toMatchObject({ title: "合成：フィード確認の事案", category: "輸出管理（輸出規制）" });
    // No Japanese summary: the English one, in lang="en", marked.
    expect(ja.entries[1].content).toContain('<p><span lang="en">Synthetic row for the feed test; not a real event.</span>［英語］</p>');
  });
});
