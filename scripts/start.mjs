// `npm start`: build when no build exists, migrate and seed the database, then serve in production.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Rebuild when there is no build, or when a source file is newer than it (after a pull or an edit).
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|css|mjs|json|sql|svg|png|ico)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "db", "drizzle"].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
const configs = ["package.json", "next.config.ts", "postcss.config.mjs"].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
const stale = !fs.existsSync(buildId) || Math.max(...configs, ...sources.map(newestSource)) > fs.statSync(buildId).mtimeMs;
if (stale) {
  console.log("Building the production bundle (next build, about half a minute)…");
  run(bin("next"), ["build"]);
}
// Opening the database applies pending migrations, so the seed script migrates and seeds in one run.
run(bin("tsx"), ["db/seed/index.ts"]);

const port = process.env.PORT || "3000";
const server = spawn(bin("next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
