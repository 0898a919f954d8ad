// `npm start`: build when no build exists, migrate and seed the database, then serve in production.
import { spawn, spawnSync } from "node:child_process";
import { bin, buildIfStale, root } from "./build-if-stale.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

buildIfStale(env);
// Opening the database applies pending migrations, so the seed script migrates and seeds in one run.
run(bin("tsx"), ["db/seed/index.ts"]);

const port = process.env.PORT || "3000";
const server = spawn(process.execPath, ["server.mjs"], { cwd: root, env: { ...env, NODE_ENV: "production", PORT: port }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
