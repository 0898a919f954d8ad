// The system Chromium and the flags it needs on this offline machine, shared by Playwright's
// config and the benchmark.
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  // Offline machine: no DNS lookups for Google services; only the local server resolves.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];
