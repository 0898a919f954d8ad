import "server-only";
// Reads import files off the thread that serves requests: one worker thread (parse-worker.ts, run
// from its TypeScript source through tsx's loader, under `next start`/server.mjs as under Vitest)
// reads one file at a time, within a time limit and a heap limit; a few more files wait their
// turn, and beyond that an import is refused at once (ReaderBusy). The worker is started on the
// first import, kept while imports come, and ended when idle, when a read runs past the time
// limit or when it runs out of heap; the next import starts a new one.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { IMPORT_READ_TIMEOUT_MS, IMPORT_WORKER_HEAP_MB, MAX_QUEUED_IMPORTS } from "@/lib/limits";
import type { ReaderAnswer, ReaderRequest } from "./parse-worker";
import type { ReadInput, ReadResult } from "./read";

/** Why a file could not be read: it took too long, it needed too much memory, or the reader failed. */
export class ReadFailure extends Error {
  constructor(
    readonly reason: "timeout" | "memory" | "internal",
    message: string,
  ) {
    super(message);
  }
}

/** Every place in the queue is taken: the import is refused before it is read. */
export class ReaderBusy extends Error {
  constructor() {
    super("The server is reading other import files; try again in a minute.");
  }
}

export interface ReaderOptions {
  timeoutMs?: number;
  heapMb?: number;
  queue?: number;
  /** How long an idle worker is kept for the next import. */
  idleMs?: number;
}

// The worker runs the TypeScript source: the project root is the working directory of the
// production server (scripts/start.mjs) and of Vitest. The bundler must not follow this path.
const ENTRY = path.join(/* turbopackIgnore: true */ process.cwd(), "server", "import", "parse-worker.ts");
// `server-only` resolves to its empty module under the react-server condition, as in Next's server bundle.
const BOOT = `const { workerData } = require("node:worker_threads");
const load = require("node:module").createRequire(workerData.entry);
load("tsx/cjs/api").register();
load(workerData.entry);`;

interface Job {
  id: number;
  input: ReadInput;
  resolve: (r: ReadResult) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
  worker?: Worker;
}

export class Reader {
  private worker: Worker | null = null;
  private readonly waiting: Job[] = [];
  private current: Job | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private readonly queue: number;
  private readonly idleMs: number;

  constructor(options: ReaderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? IMPORT_READ_TIMEOUT_MS;
    this.heapMb = options.heapMb ?? IMPORT_WORKER_HEAP_MB;
    this.queue = options.queue ?? MAX_QUEUED_IMPORTS;
    this.idleMs = options.idleMs ?? 60_000;
  }

  /** Reads and validates a file in the worker. Rejects with ReaderBusy or ReadFailure. */
  read(input: ReadInput): Promise<ReadResult> {
    if (this.current && this.waiting.length >= this.queue) return Promise.reject(new ReaderBusy());
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, input, resolve, reject });
      this.pump();
    });
  }

  /** Files handed to the reader and not answered yet: the one being read and those waiting. */
  get inProgress(): number {
    return (this.current ? 1 : 0) + this.waiting.length;
  }

  /** Ends the worker (tests, shutdown); a read in progress fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private pump() {
    if (this.current || !this.waiting.length) return;
    const job = this.waiting.shift()!;
    this.current = job;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.start();
    job.worker = worker;
    worker.ref();
    job.timer = setTimeout(() => {
      const seconds = Math.round(this.timeoutMs / 1000);
      this.stop(worker);
      this.finish(job, new ReadFailure("timeout", `Reading the file took longer than ${seconds < 1 ? `${this.timeoutMs} ms` : `${seconds} s`}, the limit; nothing was written. Split the file (by year, for instance) or try again when the server is less busy.`));
    }, this.timeoutMs);
    // A handed-over buffer moves to the worker; otherwise the bytes are copied (structured clone).
    const { bytes } = job.input;
    const transfer = job.input.handOver && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
    worker.postMessage({ id: job.id, input: job.input } satisfies ReaderRequest, transfer);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { entry: ENTRY },
      execArgv: ["--conditions=react-server"],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.heapMb / 8)) },
    });
    // The job this worker is reading, if any (after a timeout a new worker reads the next one).
    const running = () => (this.current?.worker === worker ? this.current : null);
    worker.on("message", (answer: ReaderAnswer) => {
      const job = running();
      if (!job || job.id !== answer.id) return;
      if ("error" in answer) this.finish(job, new ReadFailure("internal", INTERNAL));
      else this.finish(job, null, answer.result);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const job = running();
      if (this.worker === worker) this.worker = null;
      if (!job) return;
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        this.finish(job, new ReadFailure("memory", `Reading the file needed more memory than an import may use (${this.heapMb} MB); nothing was written. Split the file (by year, for instance).`));
      } else {
        console.error("import reader:", error);
        this.finish(job, new ReadFailure("internal", INTERNAL));
      }
    });
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = null;
      const job = running();
      if (job) this.finish(job, new ReadFailure("internal", INTERNAL));
    });
    this.worker = worker;
    return worker;
  }

  private stop(worker: Worker) {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private finish(job: Job, error: Error | null, result?: ReadResult) {
    if (this.current !== job) return;
    clearTimeout(job.timer);
    this.current = null;
    if (error) job.reject(error);
    else job.resolve(result!);
    const worker = this.worker;
    if (worker && !this.waiting.length) {
      // Idle: the process may exit without it, and it ends after a while.
      worker.unref();
      this.idleTimer = setTimeout(() => this.stop(worker), this.idleMs);
      this.idleTimer.unref();
    }
    this.pump();
  }
}

const INTERNAL = "The file could not be read because of an internal error; nothing was written.";

// One reader per server process (kept on globalThis so Next's dev reloads do not start more).
const globalForReader = globalThis as unknown as { reeImportReader?: Reader };

export function sharedReader(): Reader {
  if (!globalForReader.reeImportReader) globalForReader.reeImportReader = new Reader();
  return globalForReader.reeImportReader;
}
