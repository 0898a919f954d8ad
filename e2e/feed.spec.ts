import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The Atom feeds /feed.xml and /ja/feed.xml on the production server: parsed by Chromium's own
// XML parser and checked against what RFC 4287 requires; the Japanese feed carries the events'
// Japanese titles; an import through the API puts its data version and its new escalation event
// at the top of both; every page's head links the feed of its language.
//
// The e2e database is shared by the specs (earlier ones import too): everything is read first and
// asserted relative to it. The imported record touches antimony only, in 2018, category "other",
// severity 1 (as e2e/ja-fallback.spec.ts does), so no other view or count changes.

const TOKEN = "e2e-admin-token-0123456789";
const ATOM = "application/atom+xml; charset=utf-8";
const TITLE = "Feed check: an imported escalation event";
const TITLE_JA = "フィード確認：取り込んだ事案";
const FILE = [
  "id,date,datePrecision,title,category,actor,target,severity,materials,summary,sourceId,duplicateOf,titleJa,summaryJa",
  `,2018-03-16,day,${TITLE},other,Example actor,,1,antimony,A record imported by the feed test,4,,${TITLE_JA},フィードの試験で取り込んだ記録`,
].join("\n");

type Entry = { id: string; title: string; updated: string; published: string; link: string; content: string; category: string | null };
type Atom = { problems: string[]; lang: string | null; id: string; title: string; updated: string; self: string | null; alternate: string | null; entries: Entry[] };

/**
 * Parses `xml` with the browser's DOMParser (a well-formedness error is a <parsererror>) and lists
 * what breaks RFC 4287: one id, title and updated on the feed and each entry, an author, a link or
 * content on each entry, ids as absolute IRIs, dates in RFC 3339, entry ids unique.
 */
async function parseAtom(page: Page, xml: string): Promise<Atom> {
  return page.evaluate((source) => {
    const NS = "http://www.w3.org/2005/Atom";
    const problems: string[] = [];
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) return { problems: [`not well-formed: ${error.textContent}`], lang: null, id: "", title: "", updated: "", self: null, alternate: null, entries: [] };
    const feed = doc.documentElement;
    if (feed.localName !== "feed" || feed.namespaceURI !== NS) problems.push(`root is <${feed.localName}> in ${feed.namespaceURI}`);
    const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
    const one = (el: Element, name: string) => {
      const found = kids(el, name);
      if (found.length !== 1) problems.push(`<${el.localName}> has ${found.length} <${name}>`);
      return found[0]?.textContent ?? "";
    };
    const rfc3339 = (v: string, what: string) => {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) problems.push(`${what} is not RFC 3339: ${v}`);
      return v;
    };
    const iri = (v: string, what: string) => {
      try {
        new URL(v);
      } catch {
        problems.push(`${what} is not an absolute IRI: ${v}`);
      }
      return v;
    };
    const link = (el: Element, rel: string) => kids(el, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === rel)?.getAttribute("href") ?? null;
    if (!kids(feed, "author").some((a) => kids(a, "name")[0]?.textContent?.trim())) problems.push("the feed has no author name");
    const entries = kids(feed, "entry").map((e, i) => {
      const alternate = link(e, "alternate");
      const content = kids(e, "content")[0]?.textContent ?? "";
      if (!alternate && !content) problems.push(`entry ${i} has neither link nor content`);
      return {
        id: iri(one(e, "id"), `entry ${i} id`),
        title: one(e, "title"),
        updated: rfc3339(one(e, "updated"), `entry ${i} updated`),
        published: rfc3339(kids(e, "published")[0]?.textContent ?? "", `entry ${i} published`),
        link: iri(alternate ?? "", `entry ${i} link`),
        content,
        category: kids(e, "category")[0]?.getAttribute("label") ?? null,
      };
    });
    if (new Set(entries.map((e) => e.id)).size !== entries.length) problems.push("entry ids repeat");
    return {
      problems,
      lang: feed.getAttribute("xml:lang"),
      id: iri(one(feed, "id"), "feed id"),
      title: one(feed, "title"),
      updated: rfc3339(one(feed, "updated"), "feed updated"),
      self: link(feed, "self"),
      alternate: link(feed, "alternate"),
      entries,
    };
  }, xml);
}

test.describe("Atom feeds", () => {
  test("both feeds are Atom; the Japanese one carries the events' Japanese titles", async ({ page, request, baseURL }) => {
    const [en, ja] = await Promise.all([request.get("/feed.xml"), request.get("/ja/feed.xml")]);
    for (const res of [en, ja]) {
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe(ATOM);
    }
    const english = await parseAtom(page, await en.text());
    const japanese = await parseAtom(page, await ja.text());
    for (const feed of [english, japanese]) {
      expect(feed.problems).toEqual([]);
      expect(feed.entries.length).toBeGreaterThan(10);
      expect(feed.entries.length).toBeLessThanOrEqual(50);
      expect(feed.updated).toBe(feed.entries[0].updated);
    }
    expect(english).toMatchObject({ lang: "en", id: "tag:ree-monitor,2026:en/feed", title: "REE Monitor: escalation events and data versions", self: `${baseURL}/feed.xml`, alternate: `${baseURL}/` });
    expect(japanese).toMatchObject({ lang: "ja", id: "tag:ree-monitor,2026:ja/feed", title: "REE Monitor：緊張激化の事案とデータ版", self: `${baseURL}/ja/feed.xml`, alternate: `${baseURL}/ja` });

    // The seed's newest event, in each language (the store's own texts, from the API).
    const incidents = (await (await request.get("/api/v1/incidents?material=all&from=1990&to=2035")).json()).data as { id: number; title: string; titleJa: string | null }[];
    const throttle = incidents.find((i) => i.id === 65)!;
    expect(throttle.titleJa).toBe("ブルームバーグ：中国、日本向け重要鉱物の輸出を抑制");
    expect(english.entries.find((e) => e.link === `${baseURL}/incidents/65`)).toMatchObject({ title: throttle.title, category: "Trade retaliation" });
    const jaEntry = japanese.entries.find((e) => e.link === `${baseURL}/ja/incidents/65`);
    expect(jaEntry).toMatchObject({ title: throttle.titleJa, category: "貿易上の報復措置" });
    expect(jaEntry?.content).toContain("2026年6月23日、貿易上の報復措置、深刻度4（5段階）");
    // Every event entry of the Japanese feed is titled by the event's Japanese title, or its English one marked 英語.
    const byId = new Map(incidents.map((i) => [i.id, i]));
    for (const e of japanese.entries.filter((x) => x.id.includes("/incident/"))) {
      const row = byId.get(Number(e.id.split("/").pop()));
      expect(e.title, e.id).toBe(row?.titleJa ?? `${row?.title}［英語］`);
    }
  });

  test("an import puts its data version and its new event at the top of both feeds", async ({ page, request, baseURL }) => {
    const first = await request.get("/feed.xml");
    const before = await parseAtom(page, await first.text());
    // Readers revalidate every poll: an unchanged feed is a 304.
    const etag = first.headers()["etag"];
    expect(first.headers()["cache-control"]).toBe("no-cache");
    expect((await request.get("/feed.xml", { headers: { "if-none-match": etag } })).status()).toBe(304);
    const res = await request.post("/api/v1/imports?kind=incidents&fileName=feed-check.csv", { data: FILE, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status()).toBe(200);
    const { dataVersion } = (await (await request.get("/api/health")).json()) as { dataVersion: number };
    const listed = (await (await request.get("/api/v1/incidents?material=antimony&from=2018&to=2018")).json()).data as { id: number; title: string }[];
    const record = listed.find((i) => i.title === TITLE)!;

    // The reader's copy is stale now: the whole new feed, under a new ETag.
    const changed = await request.get("/feed.xml", { headers: { "if-none-match": etag } });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["etag"]).not.toBe(etag);
    const after = await parseAtom(page, await changed.text());
    expect(after.problems).toEqual([]);
    const [version, incident, previous] = after.entries;
    expect(version).toMatchObject({ id: `tag:ree-monitor,2026:en/data-version/${dataVersion}`, link: `${baseURL}/changes?since=${dataVersion - 1}`, category: "Data version" });
    expect(version.title).toMatch(new RegExp(`^Data version ${dataVersion}: import #\\d+ \\(REE Monitor incidents CSV\\)$`));
    expect(version.content).toContain("1 row: 1 added, 0 changed, 0 removed.");
    expect(version.content).toContain("1 new escalation event.");
    expect(incident).toMatchObject({ id: `tag:ree-monitor,2026:en/incident/${record.id}`, title: TITLE, link: `${baseURL}/incidents/${record.id}`, category: "Other", updated: version.updated });
    expect(incident.content).toContain("16 Mar 2018 · Other · severity 1 of 5");
    expect(incident.content).toContain(`Recorded in data version ${dataVersion}.`);
    expect(previous).toEqual(before.entries[0]);
    expect(after.updated).toBe(version.updated);
    expect(Date.parse(after.updated)).toBeGreaterThan(Date.parse(before.updated));

    const ja = await parseAtom(page, await (await request.get("/ja/feed.xml")).text());
    expect(ja.problems).toEqual([]);
    expect(ja.entries[0].title).toMatch(new RegExp(`^データ第${dataVersion}版：取込 #\\d+（REE Monitor 事案 CSV）$`));
    expect(ja.entries[1]).toMatchObject({ title: TITLE_JA, link: `${baseURL}/ja/incidents/${record.id}`, category: "その他" });
    expect(ja.entries[1].content).toContain("2018年3月16日、その他、深刻度1（5段階）");
    expect(ja.entries[1].content).toContain("フィードの試験で取り込んだ記録");
  });

  test("every page's head links the feed of its language", async ({ page, request }) => {
    for (const [path, href, title] of [
      ["/", "/feed.xml", "REE Monitor: escalation events and data versions (Atom feed)"],
      ["/materials", "/feed.xml", "REE Monitor: escalation events and data versions (Atom feed)"],
      ["/ja", "/ja/feed.xml", "REE Monitor：緊張激化の事案とデータ版（Atomフィード）"],
      ["/ja/incidents/65", "/ja/feed.xml", "REE Monitor：緊張激化の事案とデータ版（Atomフィード）"],
    ]) {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("title", title);
      expect((await request.get(href)).headers()["content-type"]).toBe(ATOM);
    }
  });

  test("only /feed.xml and /ja/feed.xml; a forged Host gives localhost links and is never served to anyone else", async ({ page, request, baseURL }) => {
    for (const path of ["/en/feed.xml", "/de/feed.xml"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    const forged = await parseAtom(page, await (await request.get("/feed.xml", { headers: { host: "evil.example/x" } })).text());
    expect(forged.self).toBe("http://localhost/feed.xml");
    const other = await parseAtom(page, await (await request.get("/feed.xml", { headers: { host: "feeds.example:8443" } })).text());
    expect(other.self).toBe("http://feeds.example:8443/feed.xml");
    // The response cache does not keep the feed: the next reader gets its own host's links.
    const mine = await parseAtom(page, await (await request.get("/feed.xml")).text());
    expect(mine.self).toBe(`${baseURL}/feed.xml`);
  });
});
