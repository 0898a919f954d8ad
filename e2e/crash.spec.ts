import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

// Crash safety: the production server is killed (SIGKILL) in the middle of a large import. After a
// restart the store passes PRAGMA integrity_check and holds none of that import's rows; the same
// file imported again, to the end, writes all of them. The server here is a second one, on its own
// port and database, with the test-only slow-import hook on (REE_ENABLE_TEST_HOOKS=1,
// REE_IMPORT_SLOW_MS: a sleep after every row write inside the transaction, and a progress line on
// stdout every 100 rows), so the kill lands at a known point, not after a guessed delay.

const PORT = 3190;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = "crash-test-token-0123456789";
const ROWS = 2400;

/** A synthetic native trade-shares file: monthly China shares of rare earths, 2000–2019 × 12 × value/volume. */
function syntheticImport(): string {
  const lines = ["id,year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId"];
  for (let year = 2000; year < 2010; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const partner of ["CHN", "VNM", "MYS", "FRA", "EST", "USA", "KOR", "AUS", "IND", "THA"]) {
        for (const basis of ["value", "volume"]) {
          const share = ((year * 31 + month * 7 + partner.charCodeAt(0)) % 900) / 10;
          lines.push(`,${year},monthly,${month},,rare-earths,${partner},${share},,,,,,${basis},0,1,0,0,8`);
        }
      }
    }
  }
  return lines.join("\n") + "\n";
}

type Server = { process: ChildProcess; waitFor: (re: RegExp) => Promise<RegExpMatchArray>; exited: Promise<unknown> };

function startServer(databasePath: string, hooks: boolean): Server {
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      ADMIN_TOKEN: TOKEN,
      REE_ENABLE_TEST_HOOKS: hooks ? "1" : "",
      REE_IMPORT_SLOW_MS: hooks ? "3" : "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of [...waiters]) {
      const m = output.match(w.re);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    process: child,
    exited,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        const m = output.match(re);
        if (m) return resolve(m);
        waiters.push({ re, resolve });
        void exited.then(() => reject(new Error(`server exited before ${re}:\n${output}`)));
      }),
  };
}

test("SIGKILL in the middle of a large import: the store is intact and holds all or none of it", async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-crash-"));
  const file = path.join(dir, "crash.db");
  const seeded = spawnSync(path.join("node_modules", ".bin", "tsx"), ["db/seed/index.ts"], { env: { ...process.env, DATABASE_PATH: file }, encoding: "utf8" });
  expect(seeded.status, seeded.stderr).toBe(0);
  const countRows = () => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM trade_shares").get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const before = countRows();
  const body = syntheticImport();

  // 1. Kill the server while the import's transaction is writing rows.
  const slow = startServer(file, true);
  process.once("exit", () => slow.process.exitCode === null && slow.process.kill("SIGKILL"));
  await slow.waitFor(/REE Monitor on/);
  const request = fetch(`${BASE}/api/v1/imports?kind=trade_shares&fileName=crash.csv`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv" },
    body,
  }).then(
    (res) => `answered ${res.status}`,
    (error: Error) => `connection lost: ${error.message}`,
  );
  const progress = await slow.waitFor(/test-hook: import wrote (\d+) rows/);
  expect(Number(progress[1])).toBeLessThan(ROWS);
  slow.process.kill("SIGKILL");
  await slow.exited;
  expect(await request).toMatch(/^connection lost/);

  // 2. Restart (no hooks): integrity holds, none of the rows landed, the audit row says so.
  const restarted = startServer(file, false);
  try {
    await restarted.waitFor(/REE Monitor on/);
    // Bound to HOST=127.0.0.1 (as behind a reverse proxy), the server serves its pages: passing the
    // host on to Next once made every page a 307 to itself.
    for (const pagePath of ["/materials", "/ja/materials", "/?material=graphite"]) {
      const page = await fetch(`${BASE}${pagePath}`, { redirect: "manual" });
      expect(page.status, pagePath).toBe(200);
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const audit = db.prepare("SELECT id, outcome, rows_written AS written, errors FROM imports WHERE file_name = 'crash.csv'").all() as {
        id: number;
        outcome: string;
        written: number;
        errors: string;
      }[];
      expect(audit).toHaveLength(1);
      expect(audit[0].outcome).toBe("rejected");
      expect(audit[0].errors).toContain("did not complete");
      expect((db.prepare("SELECT count(*) AS n FROM trade_shares WHERE import_id = ?").get(audit[0].id) as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
    expect(countRows()).toBe(before);

    // 3. The same file imported to the end writes every row, in one go.
    const done = await fetch(`${BASE}/api/v1/imports?kind=trade_shares&fileName=crash-retry.csv`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv" },
      body,
    });
    expect(done.status).toBe(200);
    expect(countRows()).toBe(before + ROWS);
  } finally {
    restarted.process.kill("SIGTERM");
    await restarted.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
