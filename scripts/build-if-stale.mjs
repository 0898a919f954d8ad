// Builds the production bundle when there is no build, or when a source file is newer than it
// (after a pull or an edit). Used by `npm start` and `npm run bench`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|css|mjs|json|sql|svg|png|ico|txt)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIfStale(env = process.env) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "db", "server", "config", "drizzle", "public"].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  const configs = ["package.json", "next.config.ts", "postcss.config.mjs"].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  const stale = !fs.existsSync(buildId) || Math.max(...configs, ...sources.map(newestSource)) > fs.statSync(buildId).mtimeMs;
  if (!stale) return false;
  console.log("Building the production bundle (next build, about a minute)…");
  const r = spawnSync(bin("next"), ["build"], { cwd: root, env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return true;
}
