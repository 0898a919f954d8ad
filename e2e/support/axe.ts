import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";

// axe-core (a devDependency), run in the page for named
// rules only. Evaluated through the DevTools protocol, so the page's CSP does not stand in its way.

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
