import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { windowIssue } from "../analysis/event-study";
import { viewIssue } from "../dependence-view";
import { MESSAGES } from "../i18n/messages";
import type { Translator } from "../i18n/translator";
import { issuesText, issueText } from "./filter-issue-text";
import { describeIssues, materialIndex, parseFilterParams, type FilterIssue, type RawParams } from "./filter-params";

const filters = (locale: "en" | "ja") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "filters" }) as unknown as Translator<"filters">;
const [en, ja] = [filters("en"), filters("ja")];
const known = materialIndex([{ slug: "rare-earths", name: "Rare earths (all)" }, { slug: "gallium", name: "Gallium" }]);

// One invalid value of every kind the parser reports.
const BAD: RawParams[] = [
  { material: "x".repeat(201) },
  { material: "all" },
  { material: "Unobtainium" },
  { material: "a".repeat(61) },
  { material: "rare-earths,a,b,c,d,e,f".split(",").map((_, i) => `m${i}`).join(",") },
  { from: ["2010", "2011"] },
  { from: "abc" },
  { from: "1900" },
  { to: "2099" },
  { from: "2024", to: "2010" },
  { to: "1995" },
  { category: "bogus" },
  { severity: "9" },
  { partner: "chn1" },
  { importer: "WLD" },
  { format: "xls" },
];
const issues = (p: RawParams): FilterIssue[] => [...parseFilterParams(p, known).issues, ...parseFilterParams(p).issues];

describe("the filter notice's words", () => {
  it("word every issue in English exactly as the API's message does", () => {
    const all = BAD.flatMap(issues);
    expect(all.every((i) => i.code)).toBe(true);
    expect(new Set(all.map((i) => i.code)).size).toBeGreaterThanOrEqual(17);
    for (const i of all) expect(issueText(en, i), JSON.stringify(i)).toBe(describeIssues([i]));
    const own = [windowIssue("99"), viewIssue("usd")].filter((i) => i !== null);
    for (const i of own) expect(issueText(en, i)).toBe(describeIssues([i]));
  });

  it("word them in Japanese, with the values kept and years without a thousands separator", () => {
    const [swapped] = issues({ from: "2024", to: "2010" });
    expect(issueText(ja, swapped)).toBe("from=2024がto=2010より後のため、年を入れ替えて2010〜2024年を表示しています");
    const [early] = parseFilterParams({ from: "1900" }).issues;
    expect(issueText(ja, early)).toBe("from=「1900」は無視しました（1990年より前です）");
    const [unknown] = parseFilterParams({ material: "Unobtainium" }, known).issues;
    expect(issueText(ja, unknown)).toBe("material=「Unobtainium」は無視しました（該当する鉱種がありません）");
    expect(issueText(ja, windowIssue("99")!)).toBe("window=「99」は無視しました（1〜10の整数年で指定してください。±3年で表示しています）");
    const both = parseFilterParams({ from: "abc", category: "bogus" }).issues;
    expect(issuesText(ja, both, true)).toBe(
      "from=「abc」は無視しました（4桁の西暦ではありません）。category=「bogus」は無視しました（事案の分類にありません）。該当する条件は既定値で表示しています。",
    );
    expect(issuesText(en, both, true)).toBe(`${describeIssues(both)}. Showing the defaults for those instead.`);
    for (const i of BAD.flatMap(issues)) expect(issueText(ja, i)).not.toMatch(/ignored|[a-z]{4,} [a-z]{4,}/);
  });
});
