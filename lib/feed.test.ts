import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { atomFeed, escapeHtml, feedEntries, feedOrigin, feedPath, type FeedIncident, type FeedVersion, type FeedWords } from "./feed";

// The feed's pure part: where its links point, how it words versions and events in each
// language, the order and the cap, and that stored text can never become markup or break the XML.
// The feeds of the real seeded store are checked as Atom in server/feed.test.ts.

const words = (locale: Locale): FeedWords => ({
  locale,
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "feed" }) as unknown as Translator<"feed">,
  enums: MESSAGES[locale].enums,
  untranslated: MESSAGES[locale].common.untranslated,
  product: MESSAGES[locale].common.product,
});

const ORIGIN = "http://feeds.example:8080";
const SEED_AT = "2026-11-30T09:00:00.000Z";
const IMPORT_AT = "2026-12-01T10:30:00.000Z";

const seed: FeedVersion = { version: 1, createdAt: SEED_AT, kind: "seed", added: 15_280, changed: 0, removed: 0, importId: null, importKind: null, newIncidents: 2 };
const correction: FeedVersion = { version: 2, createdAt: IMPORT_AT, kind: "import", added: 1, changed: 1, removed: 0, importId: 7, importKind: "incidents", newIncidents: 1 };

// Two of the seed's records (incidents 50 and 65, source 98 abridged) and one imported later.
const source = { id: 98, title: "Xi pressures Takaichi by throttling key mineral exports to Japan", publisher: "Bloomberg", published: "2026-06-23", url: "https://example.org/a?b=1&c=2", kind: "news", locator: null };
const ban: FeedIncident = {
  id: 50,
  date: "2026-01-06",
  title: "China bans dual-use exports to Japanese military end users",
  titleJa: "中国、日本の軍事ユーザー向け軍民両用品目の輸出を禁止",
  summary: "MOFCOM announcement No. 1 of 2026.",
  summaryJa: null,
  category: "export_control",
  severity: 5,
  addedIn: 1,
  published: SEED_AT,
  updated: SEED_AT,
  source: { ...source, id: 93, url: "javascript:alert(1)" },
};
const throttle: FeedIncident = { ...ban, id: 65, date: "2026-06-23", title: "Bloomberg: China throttles critical mineral exports to Japan", titleJa: "ブルームバーグ：中国、日本向け重要鉱物の輸出を抑制", category: "trade_retaliation", severity: 4, source };
const imported: FeedIncident = { ...ban, id: 900, date: "2025", title: "Imported <i>record</i> & co", titleJa: null, summary: "", category: "legal", severity: 2, addedIn: 2, published: IMPORT_AT, updated: IMPORT_AT, source: null };

describe("feedOrigin", () => {
  it("takes a plain host[:port] from the Host header, https only when a proxy says so", () => {
    expect(feedOrigin("127.0.0.1:3104")).toBe("http://127.0.0.1:3104");
    expect(feedOrigin("REE.example.org")).toBe("http://ree.example.org");
    expect(feedOrigin("ree.example.org", "https, http")).toBe("https://ree.example.org");
    expect(feedOrigin("ree.example.org", "ftp")).toBe("http://ree.example.org");
  });

  it("falls back to http://localhost for anything else", () => {
    for (const bad of [null, undefined, "", "evil.example/path", "user@evil.example", "a b", "host:99999", "host:", "[::1]:3000", "-bad.example", "x.example\r\nSet-Cookie: a=1", "a".repeat(300)]) {
      expect(feedOrigin(bad), String(bad)).toBe("http://localhost");
    }
  });
});

describe("feedEntries", () => {
  it("orders by commit, the version before the events it added, the latest event first; caps the count", () => {
    const entries = feedEntries({ versions: [seed, correction], incidents: [ban, imported, throttle] }, ORIGIN, words("en"));
    expect(entries.map((e) => e.id)).toEqual([
      "tag:ree-monitor,2026:en/data-version/2",
      "tag:ree-monitor,2026:en/incident/900",
      "tag:ree-monitor,2026:en/data-version/1",
      "tag:ree-monitor,2026:en/incident/65",
      "tag:ree-monitor,2026:en/incident/50",
    ]);
    expect(feedEntries({ versions: [seed, correction], incidents: [ban, imported, throttle] }, ORIGIN, words("en"), 2).map((e) => e.id)).toEqual([
      "tag:ree-monitor,2026:en/data-version/2",
      "tag:ree-monitor,2026:en/incident/900",
    ]);
  });

  it("words a version in English and Japanese from its fields", () => {
    const [en] = feedEntries({ versions: [correction], incidents: [] }, ORIGIN, words("en"));
    expect(en).toMatchObject({ title: "Data version 2: import #7 (REE Monitor incidents CSV)", link: `${ORIGIN}/changes?since=1`, summary: "2 rows: 1 added, 1 changed, 0 removed." });
    expect(en.contentHtml).toContain("<p>1 new escalation event.</p>");
    const [ja] = feedEntries({ versions: [correction], incidents: [] }, ORIGIN, words("ja"));
    expect(ja).toMatchObject({ title: "データ第2版：取込 #7（REE Monitor 事案 CSV）", link: `${ORIGIN}/ja/changes?since=1`, summary: "計2行：追加1行、変更1行、削除0行。" });
    const [baseline] = feedEntries({ versions: [{ ...seed, kind: "baseline", newIncidents: 0 }], incidents: [] }, ORIGIN, words("ja"));
    expect(baseline.title).toBe("データ第1版：基準データ");
    expect(baseline.contentHtml).toContain("<p>データ版の記録を開始した時点の収録内容です。それ以前の変更は記録していません。</p>");
    expect(baseline.contentHtml).toContain("<p>新たな緊張激化の事案はありません。</p>");
  });

  it("words an event: its date as precise as its source, category, severity, summary and source", () => {
    const [en] = feedEntries({ versions: [], incidents: [throttle] }, ORIGIN, words("en"));
    expect(en).toMatchObject({ title: throttle.title, link: `${ORIGIN}/incidents/65`, summary: "23 Jun 2026 · Trade retaliation · severity 4 of 5", category: { term: "trade_retaliation", label: "Trade retaliation" } });
    expect(en.contentHtml).toBe(
      '<p>23 Jun 2026 · Trade retaliation · severity 4 of 5</p><p>MOFCOM announcement No. 1 of 2026.</p><p>Source: <a href="https://example.org/a?b=1&amp;c=2">Xi pressures Takaichi by throttling key mineral exports to Japan</a> · Bloomberg · 23 Jun 2026</p><p>Recorded in data version 1.</p>',
    );
    const [ja] = feedEntries({ versions: [], incidents: [throttle] }, ORIGIN, words("ja"));
    expect(ja).toMatchObject({ title: "ブルームバーグ：中国、日本向け重要鉱物の輸出を抑制", link: `${ORIGIN}/ja/incidents/65`, summary: "2026年6月23日、貿易上の報復措置、深刻度4（5段階）" });
    // No Japanese summary: the English one, in lang="en", marked 英語.
    expect(ja.contentHtml).toContain('<p><span lang="en">MOFCOM announcement No. 1 of 2026.</span>［英語］</p>');
    expect(ja.contentHtml).toContain("<p>データ第1版で収録。</p>");
  });

  it("never links a source address that is not http(s), says when a source is not recorded, and marks an English title on the Japanese feed", () => {
    const [en] = feedEntries({ versions: [], incidents: [ban] }, ORIGIN, words("en"));
    expect(en.contentHtml).not.toContain("javascript:");
    expect(en.contentHtml).toContain("<p>Source: Xi pressures Takaichi by throttling key mineral exports to Japan · Bloomberg · 23 Jun 2026</p>");
    const [ja] = feedEntries({ versions: [], incidents: [imported] }, ORIGIN, words("ja"));
    expect(ja.title).toBe("Imported <i>record</i> & co［英語］");
    expect(ja.summary).toBe("2025年、法的措置、深刻度2（5段階）");
    expect(ja.contentHtml).toBe("<p>2025年、法的措置、深刻度2（5段階）</p><p>出典：記録なし</p><p>データ第2版で収録。</p>");
  });
});

describe("atomFeed", () => {
  it("writes stored text as text: markup escaped, characters XML cannot carry dropped", () => {
    expect(escapeHtml('a <b> & "c" \u0001\uFFFE\uD800')).toBe("a &lt;b&gt; &amp; &quot;c&quot; ");
    const hostile: FeedIncident = { ...imported, title: "]]><script>alert(1)</script>\u0007", summary: "x ]]> y" };
    const xml = atomFeed(feedEntries({ versions: [], incidents: [hostile] }, ORIGIN, words("en")), ORIGIN, words("en"));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("names the feed, its language, its self and alternate links; an empty store's feed is dated at the epoch", () => {
    const xml = atomFeed([], ORIGIN, words("ja"));
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">');
    expect(xml).toContain("<id>tag:ree-monitor,2026:ja/feed</id>");
    expect(xml).toContain(`<link rel="self" href="${ORIGIN}/ja/feed.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" href="${ORIGIN}/ja"/>`);
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    expect(feedPath("en")).toBe("/feed.xml");
    expect(feedPath("ja")).toBe("/ja/feed.xml");
  });
});
