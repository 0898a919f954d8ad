// `npm run db:backup [-- --out FILE]`: an online copy of the store (DATABASE_PATH, default
// ./data/ree-monitor.db) through SQLite's backup API, safe while the server runs. Restore: README.
import path from "node:path";
import { backupDatabase, defaultBackupFile } from "../db/backup";
import { databaseFile } from "../config/env.mjs";

async function main() {
  const args = process.argv.slice(2);
  const out = args.includes("--out") ? path.resolve(args[args.indexOf("--out") + 1]) : null;
  if (args.some((a, i) => a !== "--out" && args[i - 1] !== "--out")) throw new Error("usage: npm run db:backup [-- --out FILE]");
  const source = databaseFile();
  const r = await backupDatabase(source, out ?? defaultBackupFile(source));
  console.log(
    `backup of ${path.relative(process.cwd(), source)} → ${path.relative(process.cwd(), r.file)}: ${(r.bytes / 1024).toFixed(0)} kB, ` +
      `integrity ${r.integrity}, ${r.tradeShares} trade shares, ${r.sources} sources, ${r.seconds.toFixed(2)} s`,
  );
  if (r.integrity !== "ok") process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
