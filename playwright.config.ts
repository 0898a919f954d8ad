import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

// E2E_PORT lets a second checkout run its suite beside this one.
const PORT = Number(process.env.E2E_PORT) || 3100;
const baseURL = `http://127.0.0.1:${PORT}`;
const DATABASE_PATH = "test-results/e2e.db";

// A fresh database per run. The web server starts before globalSetup, so the old file (and its
// WAL/SHM companions) is removed in the server command itself.
const removeDatabase = `node -e "for (const f of ['${DATABASE_PATH}','${DATABASE_PATH}-wal','${DATABASE_PATH}-shm']) require('fs').rmSync(f,{force:true})"`;

export default defineConfig({
  testDir: "e2e",
  // Playwright empties outputDir at start; keep it apart from the database and the JSON reports.
  outputDir: "test-results/playwright",
  fullyParallel: false,
  // A focused test fails the run everywhere, not only in CI.
  forbidOnly: true,
  retries: 0,
  // Two cores and one shared server.
  workers: 1,
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `${removeDatabase} && node scripts/start.mjs`,
    url: `${baseURL}/api/health`,
    // The first start may run `next build`.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_PATH,
      NEXT_TELEMETRY_DISABLED: "1",
      ADMIN_TOKEN: "e2e-admin-token-0123456789",
    },
  },
});
