import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { bytes, count, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import { Reader, ReaderBusy, runImport, type ImportOptions } from "./index";

// The file is read in a worker thread (reader.ts) within a time and a heap limit; this thread
// only writes, on the database connection, in one transaction.

let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = freshDb()));
afterEach(() => close());

const GRAPHITE = fs.readFileSync(REAL_GRAPHITE, "utf8");
const HEADER = GRAPHITE.split("\n")[0];
const TABLES = ["trade_shares", "sources", "incidents", "projects", "imports"];
const counts = () => TABLES.map((t) => count(db, t));
const opts = (text: string | Uint8Array, more: Partial<ImportOptions> = {}): ImportOptions => ({
  kind: "comtrade",
  fileName: "file.csv",
  bytes: typeof text === "string" ? bytes(text) : text,
  actor: "tester",
  dryRun: false,
  ...more,
});
const audit = (id: number) => db.$client.prepare("SELECT outcome, error_count, errors, rows_written FROM imports WHERE id = ?").get(id);

describe("reading off the request thread", () => {
  it("leaves this thread free while a 20 MB file is read (before: runImport held it to the end)", async () => {
    // 20 MB of blank lines after a Comtrade header: the old reader rescanned them for every record.
    const file = bytes(`${HEADER}\n${"\n".repeat(20 * 1024 * 1024 - HEADER.length - 1)}`);
    let done = false;
    const pending = runImport(db, opts(file, { dryRun: true })).finally(() => (done = true));
    let turns = 0;
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      turns++;
    }
    const s = await pending;
    expect(s).toMatchObject({ outcome: "dry_run", rowsRead: 0, errorCount: 0, warnings: ["The file has a header but no rows."] });
    // The event loop went round while the worker read: other requests are answered meanwhile.
    expect(turns).toBeGreaterThan(20);
  });

  it("takes a handed-over buffer without copying it (the endpoint's body), with the hash computed as it arrived", async () => {
    const file = bytes(GRAPHITE);
    const s = await runImport(db, opts(file, { dryRun: true, handOver: true, sha256: "0".repeat(64) }));
    expect(s).toMatchObject({ outcome: "dry_run", rowsRead: 12, inserted: 24, sha256: "0".repeat(64) });
    // Moved to the worker: detached here.
    expect(file.byteLength).toBe(0);
  });

  it("imports the real Comtrade download exactly as before", async () => {
    const s = await runImport(db, opts(GRAPHITE, { fileName: "graphite.csv" }));
    expect(s).toMatchObject({ outcome: "accepted", layout: "comtrade-plus-csv-47", rowsRead: 12, rowsWritten: 24, inserted: 24, errorCount: 0 });
    expect(s.sha256).toBe("3ad2109487d039cf8f0757cf0ec7a5be5d64d03c98eac37b52066d2151c212c9");
  });

  it("a file of 3 million one-cell rows (6 MB) stops at the row limit in a worker with a 64 MB heap (before: 1.2 GB)", async () => {
    const reader = new Reader({ heapMb: 64 });
    try {
      const before = counts();
      const s = await runImport(db, opts(`${HEADER}\n${"1\n".repeat(3 * 1024 * 1024)}`), reader);
      expect(s).toMatchObject({ outcome: "rejected", errorCount: 1, rowsRead: 0 });
      expect(s.errors).toEqual([{ line: 200_002, column: null, message: "The file has more than 200,000 rows, the limit per file; split it (by year, for instance). Nothing was read further." }]);
      expect(counts()).toEqual([...before.slice(0, -1), before.at(-1)! + 1]);
    } finally {
      await reader.close();
    }
  });
});

describe("limits of the reader", () => {
  it("past the time limit: refused with a message naming it, nothing written, the attempt audited", async () => {
    const reader = new Reader({ timeoutMs: 1 });
    try {
      const before = counts();
      const s = await runImport(db, opts(GRAPHITE), reader);
      const message = "Reading the file took longer than 1 ms, the limit; nothing was written. Split the file (by year, for instance) or try again when the server is less busy.";
      expect(s).toMatchObject({ outcome: "rejected", errorCount: 1, errors: [{ line: 0, column: null, message }], rowsWritten: 0 });
      expect(counts()).toEqual([...before.slice(0, -1), before.at(-1)! + 1]);
      expect(audit(s.importId)).toEqual({ outcome: "rejected", error_count: 1, errors: JSON.stringify([{ line: 0, column: null, message }]), rows_written: 0 });
    } finally {
      await reader.close();
    }
  });

  it("past the heap limit: the worker ends, not the server; refused with a message naming the limit", async () => {
    const reader = new Reader({ heapMb: 16 });
    try {
      const rows = Array.from({ length: 60_000 }, (_, i) => GRAPHITE.split("\n")[2].replace(",156,CHN,", `,${i},XXX,`));
      const s = await runImport(db, opts(`${HEADER}\n${rows.join("\n")}\n`), reader);
      expect(s.errors).toEqual([
        { line: 0, column: null, message: "Reading the file needed more memory than an import may use (16 MB); nothing was written. Split the file (by year, for instance)." },
      ]);
      // The reader starts a new worker for the next file.
      expect((await runImport(db, opts(GRAPHITE, { dryRun: true }), reader)).outcome).toBe("dry_run");
    } finally {
      await reader.close();
    }
  });

  it("one file read at a time; with the queue full, the next import is refused before anything is read or audited", async () => {
    const reader = new Reader({ queue: 0 });
    try {
      const first = reader.read({ kind: "comtrade", bytes: bytes(GRAPHITE), materialCodes: [], references: { materials: new Set(), sources: new Set(), ids: new Set() } });
      const before = counts();
      await expect(runImport(db, opts(GRAPHITE), reader)).rejects.toBeInstanceOf(ReaderBusy);
      expect(counts()).toEqual(before);
      expect((await first).layout).toBe("comtrade-plus-csv-47");
    } finally {
      await reader.close();
    }
  });
});
