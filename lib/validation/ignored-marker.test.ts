import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "../i18n/messages";
import type { Locale } from "../i18n/routing";
import type { Translator } from "../i18n/translator";
import { issuesText } from "./filter-issue-text";
import { ignoredIssues } from "./ignored-marker";

const translator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "filters" }) as unknown as Translator<"filters">;

describe("the ignored marker", () => {
  it("names each dropped parameter and its reason, without a value, in both languages", () => {
    const issues = ignoredIssues("from:not_year,to:after_max,window:invalid");
    expect(issues.map((i) => [i.param, i.value, i.withheld])).toEqual([
      ["from", "", true],
      ["to", "", true],
      ["window", "", true],
    ]);
    const tEn = translator("en");
    expect(issuesText(tEn, issues, true)).toBe("from ignored (not a four-digit year); to ignored (after 2035); window ignored (a whole number of years from 1 to 10; using ±3). Showing the defaults for those instead.");
    const tJa = translator("ja");
    expect(issuesText(tJa, ignoredIssues("from:not_year"), false)).toMatch(/^fromは無視しました（.+）。$/);
  });

  it("ignores pieces it does not know", () => {
    expect(ignoredIssues("from:evil,<script>,view,:x")).toEqual([]);
    expect(ignoredIssues(null)).toEqual([]);
    expect(ignoredIssues("view:invalid,view:invalid")).toHaveLength(1);
  });
});
