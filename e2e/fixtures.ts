import { test as base, expect } from "@playwright/test";
import { OverviewPage } from "./pages/overview-page";

type Fixtures = {
  overview: OverviewPage;
  /** Uncaught page errors and console errors (hydration mismatches among them); each test ends with none. */
  pageErrors: string[];
};

/** `test` with the page objects: `test("…", async ({ overview }) => …)`. */
export const test = base.extend<Fixtures>({
  // Fixture callbacks name their second argument `provide`, not `use`: the React hooks lint rule
  // would take `use(…)` for React's hook.
  pageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
      });
      await provide(errors);
      expect(errors, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
  overview: async ({ page }, provide) => {
    await provide(new OverviewPage(page));
  },
});

export { expect };
