import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { bibtexKey, bibtexUrl, citationDate, escapeBibtex, formatCitations, localIsoDay, quotedTitleEn, type CitationInput, type CitationWords } from "./citation";
import en from "./i18n/messages/en/cite.json";
import ja from "./i18n/messages/ja/cite.json";

const words = (locale: "en" | "ja"): CitationWords => ({
  locale,
  t: createTranslator({ locale, messages: { cite: locale === "ja" ? ja : en }, namespace: "cite" }) as unknown as CitationWords["t"],
});

const magnets: CitationInput = {
  author: "REE Monitor",
  title: "China's share of Japan's imports of permanent magnets, 2010–2026",
  permalink: "https://ree.example/?material=permanent-magnets&from=2010&v=12",
  version: 12,
  versionAt: "2026-11-30T09:15:00.000Z",
  accessed: "2026-12-01",
  slug: "dependence-permanent-magnets-2010-2026",
};

describe("formatCitations in English", () => {
  const c = formatCitations(magnets, words("en"));

  it("writes APA 7th edition: author, version year, title with the data version, retrieval date and the permalink", () => {
    expect(c.apa).toBe(
      "REE Monitor. (2026). China's share of Japan's imports of permanent magnets, 2010–2026 (Data version 12) [Data set]. Retrieved December 1, 2026, from https://ree.example/?material=permanent-magnets&from=2010&v=12",
    );
  });

  it("writes Chicago author-date: the title in quotes closed by a period, the access date, the URL closed by a period", () => {
    expect(c.chicago).toBe(
      "REE Monitor. 2026. “China's share of Japan's imports of permanent magnets, 2010–2026.” Data version 12. Accessed December 1, 2026. https://ree.example/?material=permanent-magnets&from=2010&v=12.",
    );
  });

  it("writes BibTeX with an ASCII key carrying the version, the note, urldate and the url kept verbatim (& stays)", () => {
    expect(c.bibtex).toBe(
      [
        "@misc{reemonitor-dependence-permanent-magnets-2010-2026-v12,",
        "  author = {{REE Monitor}},",
        "  title = {{China's share of Japan's imports of permanent magnets, 2010–2026}},",
        "  year = {2026},",
        "  note = {Data version 12},",
        "  urldate = {2026-12-01},",
        "  url = {https://ree.example/?material=permanent-magnets&from=2010&v=12}",
        "}",
      ].join("\n"),
    );
  });

  it("takes the access year when the version's time is unknown, and cites no version before any data is stored", () => {
    const none = formatCitations({ ...magnets, version: 0, versionAt: null, accessed: "2027-01-05", permalink: "https://ree.example/?material=permanent-magnets" }, words("en"));
    expect(none.apa).toBe("REE Monitor. (2027). China's share of Japan's imports of permanent magnets, 2010–2026 [Data set]. Retrieved January 5, 2027, from https://ree.example/?material=permanent-magnets");
    expect(none.chicago).toBe("REE Monitor. 2027. “China's share of Japan's imports of permanent magnets, 2010–2026.” Accessed January 5, 2027. https://ree.example/?material=permanent-magnets.");
    expect(none.bibtex).toContain("@misc{reemonitor-dependence-permanent-magnets-2010-2026,\n");
    expect(none.bibtex).not.toContain("note");
  });
});

describe("a title with quotes and BibTeX's special characters", () => {
  const input: CitationInput = {
    ...magnets,
    title: 'The "Made in China" share: R&D 100% {core} #1 $ cost_base ~ ^ \\ end',
    permalink: "https://ree.example/peers?material=rare-earths&year=2024&v=3#peers",
    version: 3,
    slug: "peers-rare-earths-2024",
  };
  const c = formatCitations(input, words("en"));

  it("nests the title's double quotes as single quotes in Chicago and keeps them in APA", () => {
    expect(c.chicago).toBe(
      "REE Monitor. 2026. “The ‘Made in China’ share: R&D 100% {core} #1 $ cost_base ~ ^ \\ end.” Data version 3. Accessed December 1, 2026. https://ree.example/peers?material=rare-earths&year=2024&v=3#peers.",
    );
    expect(c.apa).toBe(
      'REE Monitor. (2026). The "Made in China" share: R&D 100% {core} #1 $ cost_base ~ ^ \\ end (Data version 3) [Data set]. Retrieved December 1, 2026, from https://ree.example/peers?material=rare-earths&year=2024&v=3#peers',
    );
  });

  it("escapes {}%&_#$ (and backslash, ~, ^) in the BibTeX title, never in the verbatim url", () => {
    expect(c.bibtex).toContain('  title = {{The "Made in China" share: R\\&D 100\\% \\{core\\} \\#1 \\$ cost\\_base \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end}},\n');
    expect(c.bibtex).toContain("  url = {https://ree.example/peers?material=rare-earths&year=2024&v=3#peers}\n");
    expect(c.bibtex.startsWith("@misc{reemonitor-peers-rare-earths-2024-v3,\n")).toBe(true);
  });

  it("keeps the braces of every field balanced", () => {
    const unescaped = c.bibtex.replace(/\\[{}]/g, "");
    let depth = 0;
    for (const ch of unescaped) {
      depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe("formatCitations in Japanese", () => {
  const input: CitationInput = { ...magnets, title: "日本の永久磁石輸入に占める中国のシェア（2010〜2026年）", permalink: "https://ree.example/ja?material=permanent-magnets&from=2010&v=12" };
  const c = formatCitations(input, words("ja"));

  it("writes the APA-like form as Japanese references do: 『title』, データ第N版, 閲覧日", () => {
    expect(c.apa).toBe("REE Monitor（2026）『日本の永久磁石輸入に占める中国のシェア（2010〜2026年）』データ第12版、2026年12月1日閲覧、https://ree.example/ja?material=permanent-magnets&from=2010&v=12");
  });

  it("writes the Chicago-like form with 「title」", () => {
    expect(c.chicago).toBe("REE Monitor（2026）「日本の永久磁石輸入に占める中国のシェア（2010〜2026年）」データ第12版。2026年12月1日閲覧。https://ree.example/ja?material=permanent-magnets&from=2010&v=12");
  });

  it("keeps the BibTeX key ASCII while the title and note are Japanese", () => {
    expect(c.bibtex).toBe(
      [
        "@misc{reemonitor-dependence-permanent-magnets-2010-2026-v12,",
        "  author = {{REE Monitor}},",
        "  title = {{日本の永久磁石輸入に占める中国のシェア（2010〜2026年）}},",
        "  year = {2026},",
        "  note = {データ第12版},",
        "  urldate = {2026-12-01},",
        "  url = {https://ree.example/ja?material=permanent-magnets&from=2010&v=12}",
        "}",
      ].join("\n"),
    );
  });

  it("turns brackets of the same kind inside the title into the other kind", () => {
    const quoted = formatCitations({ ...input, title: "HS 850511「金属製の永久磁石」と『白書』" }, words("ja"));
    expect(quoted.apa).toContain("『HS 850511「金属製の永久磁石」と「白書」』");
    expect(quoted.chicago).toContain("「HS 850511『金属製の永久磁石』と『白書』」");
  });
});

describe("helpers", () => {
  it("writes access dates in each style", () => {
    expect(citationDate("2026-12-01", "en")).toBe("December 1, 2026");
    expect(citationDate("2026-02-28", "ja")).toBe("2026年2月28日");
  });

  it("takes today in the reader's time zone", () => {
    expect(localIsoDay(new Date(2026, 11, 1, 23, 59))).toBe("2026-12-01");
    expect(localIsoDay(new Date(2027, 0, 5, 0, 1))).toBe("2027-01-05");
  });

  it("closes a Chicago title with a period unless it has its own", () => {
    expect(quotedTitleEn("What changed?")).toBe("What changed?");
    expect(quotedTitleEn("Peers “in 2024”")).toBe("Peers ‘in 2024’.");
  });

  it("escapes BibTeX text and encodes only brace-breaking characters of a URL", () => {
    expect(escapeBibtex("{}%&_#$")).toBe("\\{\\}\\%\\&\\_\\#\\$");
    expect(bibtexUrl("https://x.example/a b?q={1}&r=%20")).toBe("https://x.example/a%20b?q=%7B1%7D&r=%20");
  });

  it("writes a version as an identifier, without a thousands separator", () => {
    const c = formatCitations({ ...magnets, version: 1234 }, words("en"));
    expect(c.apa).toContain("(Data version 1234)");
    expect(c.bibtex).toContain("@misc{reemonitor-dependence-permanent-magnets-2010-2026-v1234,\n");
    expect(c.bibtex).toContain("  note = {Data version 1234},\n");
    expect(formatCitations({ ...magnets, version: 1234 }, words("ja")).apa).toContain("データ第1234版");
  });

  it("makes an ASCII key from any slug", () => {
    expect(bibtexKey("Dependence — Rare Earths 2010/2026", 7)).toBe("reemonitor-dependence-rare-earths-2010-2026-v7");
    expect(bibtexKey("日本", 7)).toBe("reemonitor-view-v7");
  });
});
