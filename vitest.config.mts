import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, "test/server-only-stub.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: "node",
    // A focused test (.only) fails the run everywhere, not only in CI.
    allowOnly: false,
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "http/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**"],
    setupFiles: ["test/setup-database.ts"],
    // better-sqlite3 is a native addon: separate processes are safer than worker threads.
    pool: "forks",
    // Each test file seeds its own database (~15,000 rows since the official series): on a loaded
    // two-core machine that alone can pass vitest's 5 s / 10 s defaults.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
