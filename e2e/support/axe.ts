import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// axe-core in the suite, two ways:
// - `axeScan`: @axe-core/playwright over the page as it is now, with the rule set of the sweep
//   (e2e/a11y.spec.ts): WCAG 2.0/2.1/2.2 A and AA plus axe's best practices;
// - `axeViolations`: named rules only, for specs that pin one rule where they test the behaviour.
// Both inject axe through the DevTools protocol, so the page's CSP does not stand in its way.

/**
 * The tags the sweep runs: every WCAG 2.0, 2.1 and 2.2 level A and AA rule, and axe's best practices
 * (landmarks, one h1, region, …). Level AAA and experimental rules are left out.
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

/** The impacts that fail the sweep. */
export const FAILING_IMPACTS = ["serious", "critical"] as const;

export type AxeIssue = { rule: string; impact: string; help: string; targets: string[] };

/**
 * Every violation of the sweep's rules on the page as it is now (all impacts), in the order axe lists
 * them; `include` limits the scan to part of the page (a panel or dialog just opened, when the rest was
 * scanned a moment before). Legacy mode runs axe.run in the page itself: the pages have no frames
 * (the embeds are scanned as pages of their own), and it is three times faster than the default
 * frame-by-frame run, which also opens a blank page to merge the frames' results.
 */
export async function axeScan(page: Page, { include }: { include?: string } = {}): Promise<AxeIssue[]> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]).options({ resultTypes: ["violations"] }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" ")),
  }));
}

/** The violations whose impact fails the sweep. */
export const failing = (issues: AxeIssue[]) => issues.filter((i) => (FAILING_IMPACTS as readonly string[]).includes(i.impact));

/** One line per violation: "rule (impact): help — target, target". */
export const describeIssues = (issues: AxeIssue[]) => issues.map((i) => `${i.rule} (${i.impact}): ${i.help} — ${i.targets.join(", ")}`).join("\n");

let source: Promise<string> | undefined;

export type AxeFinding = { rule: string; targets: string[] };

/** The violations of `rules` on the page as it is now: each rule's failing nodes by CSS selector. */
export async function axeViolations(page: Page, rules: string[]): Promise<AxeFinding[]> {
  source ??= readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
  const script = await source;
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(script);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "rule", values }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, rules);
}
