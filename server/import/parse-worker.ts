import "server-only";
// The reader's worker thread (reader.ts starts it): reads one file per message with read.ts and
// answers with plain data. No database, no network; a file that runs past the time limit or the
// heap limit ends this thread, never the server.
import fs from "node:fs";
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { readImportFile, type ReadInput } from "./read";

export type ReaderRequest = { id: number; input: ReadInput };
export type ReaderAnswer = { id: number; result: ReturnType<typeof readImportFile> } | { id: number; error: true };

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread (server/import/reader.ts).");

// Reading a file is background work: on Linux this thread gives way to the server's own (the
// priority of a thread is set by its id, found in /proc/thread-self). Elsewhere it stays as is.
try {
  const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 10);
} catch {
  // Not Linux, or not allowed: the same priority as the server.
}

port.on("message", ({ id, input }: ReaderRequest) => {
  let answer: ReaderAnswer;
  try {
    answer = { id, result: readImportFile(input) };
  } catch (error) {
    // Logged here, on the server; the import reports a generic message.
    console.error("import reader:", error);
    answer = { id, error: true };
  }
  port.postMessage(answer);
});
