import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Import hardening against the production server (scripts/start.mjs → server.mjs, the build): the
// file is read in a worker thread, so the server answers while a pathological 20 MB file is read;
// limits answer 422 naming the limit; multipart bodies are counted as they arrive and their file
// names checked; a file sent as the wrong kind is told what it looks like; whoami checks a token.

const TOKEN = "e2e-admin-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const PORT = Number(process.env.E2E_PORT) || 3100;
const REAL = ["../shared", "/work/shared"].map((d) => path.resolve(d, "research/real/comtrade_jpn_2504_graphite.csv")).find((f) => fs.existsSync(f))!;
const GRAPHITE = fs.readFileSync(REAL, "utf8");
const HEADER = GRAPHITE.split("\n")[0];

type Answer = { status: number; body: string };

/** Health probes sent while the pathological import is read (it takes the reader about a second). */
const PROBES = 10;

/** A POST over node:http; `sent` resolves once the whole body has been handed to the socket. */
function post(pathAndQuery: string, body: Buffer | Buffer[], headers: Record<string, string>): { sent: Promise<void>; answer: Promise<Answer> } {
  const req = http.request({ host: "127.0.0.1", port: PORT, method: "POST", path: pathAndQuery, headers: { ...auth, ...headers } });
  const answer = new Promise<Answer>((resolve, reject) => {
    let status = 0;
    const chunks: Buffer[] = [];
    const done = () => resolve({ status, body: Buffer.concat(chunks).toString("utf8") });
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", done);
    });
    // A server that refuses a body before it has all of it may close the connection while the
    // rest is still being sent: its answer, once received, stands.
    req.on("error", (error) => (status ? done() : reject(error)));
  });
  const sent = new Promise<void>((resolve) => req.on("finish", () => resolve()));
  for (const part of Array.isArray(body) ? body : [body]) req.write(part);
  req.end();
  return { sent, answer };
}

async function health(): Promise<number> {
  const start = performance.now();
  const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
  expect(res.status).toBe(200);
  await res.text();
  return performance.now() - start;
}

test.describe("import limits and the reader thread", () => {
  test.describe.configure({ timeout: 120_000 });

  test("/api/health answers within 100 ms while a pathological 20 MB import is read", async () => {
    // Warm: the import route's first request loads its module, and the reader starts its worker.
    const warm = post("/api/v1/imports?kind=comtrade&dryRun=1&fileName=warm.csv", Buffer.from(GRAPHITE), { "content-type": "text/csv" });
    expect((await warm.answer).status).toBe(200);
    await health();
    // A Comtrade header, 10 MB of blank lines (rescanned for every record by the old reader), then
    // 10 MB of rows with a bad value in each: reading all of it takes the worker a while.
    const bad = GRAPHITE.split("\n")[2].split(",").map((c, i) => (i === 43 ? "12x" : c)).join(",");
    const rows = Math.floor((10 * 1024 * 1024 - HEADER.length - 1) / (bad.length + 1));
    const body = Buffer.from(`${HEADER}\n${"\n".repeat(10 * 1024 * 1024)}${`${bad}\n`.repeat(rows)}`);
    expect(body.byteLength).toBeGreaterThan(19 * 1024 * 1024);
    expect(body.byteLength).toBeLessThan(20 * 1024 * 1024);

    const { sent, answer } = post("/api/v1/imports?kind=comtrade&dryRun=1&fileName=pathological.csv", body, { "content-type": "text/csv" });
    let answered = false;
    void answer.then(() => (answered = true));
    await sent;
    // Wait until the server has received the whole body and handed it to the reader: the admin
    // view of the log counts the files being read (`reading`). Then probe until the import answers;
    // only the probes answered while it was still in flight count.
    for (let i = 0; i < 10_000 && !answered; i++) {
      const log = await fetch(`http://127.0.0.1:${PORT}/api/v1/imports?limit=1`, { headers: auth });
      if (((await log.json()) as { reading: number }).reading > 0) break;
    }
    const during: number[] = [];
    for (let i = 0; i < PROBES && !answered; i++) {
      const ms = await health();
      if (!answered) during.push(ms);
    }
    const result = await answer;
    expect(result.status).toBe(422);
    const { error } = JSON.parse(result.body);
    expect(error.errorCount).toBe(rows);
    expect(error.errors[0]).toEqual({ line: 10 * 1024 * 1024 + 2, column: "primaryValue", message: 'Not a number: "12x".' });
    console.log(`health while the import was read: ${during.length} probes, slowest ${Math.round(Math.max(...during))} ms (${during.map((ms) => Math.round(ms)).join(", ")})`);
    expect(during.length, "health probes answered while the import was read").toBe(PROBES);
    expect(Math.max(...during), `slowest of ${during.length} probes (ms)`).toBeLessThan(100);
  });

  test("each limit is a 422 that names it; the server stays up", async ({ request }) => {
    const cases: [string, string][] = [
      [`${Array.from({ length: 40_000 }, (_, i) => `c${i}`).join(",")}\n1\n`, "The header has more than 200 columns, the limit."],
      [`${HEADER}\n${GRAPHITE.split("\n")[2].replace("95220131.181", "1".repeat(1_000_000))}\n`, "A cell is longer than 10,000 characters, the limit per cell."],
      [`${HEADER}\n${"1\n".repeat(3 * 1024 * 1024)}`, "The file has more than 200,000 rows, the limit per file"],
    ];
    for (const [body, message] of cases) {
      const res = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", { data: body, headers: auth });
      expect(res.status()).toBe(422);
      const { error } = await res.json();
      expect(error.errorCount).toBe(1);
      expect(error.message).toContain(message);
      expect(error.message).toMatch(/Nothing was written\.$/);
    }
    expect(await health()).toBeLessThan(1000);
  });

  test("a file sent as the wrong kind is told what it looks like", async ({ request }) => {
    const res = await request.post("/api/v1/imports?kind=incidents&dryRun=1", { data: GRAPHITE, headers: auth });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.errors).toEqual([
      { line: 1, column: null, message: "This looks like a UN Comtrade file (layout comtrade-plus-csv-47), not this tool's incidents CSV; choose kind=comtrade." },
    ]);
  });

  test("a multipart upload: its file name is checked, and a body without a Content-Length is counted as it arrives", async ({ request }) => {
    for (const name of [`../../${"\u202e".repeat(3)}${"x".repeat(3000)}.csv`, "evil\u202ecsv.exe", "a/b.csv"]) {
      const res = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", {
        multipart: { file: { name, mimeType: "text/csv", buffer: Buffer.from(GRAPHITE) } },
        headers: auth,
      });
      expect(res.status(), name.slice(0, 12)).toBe(400);
      expect((await res.json()).error.message).toMatch(/^The multipart file name was refused: /);
    }
    const named = await request.post("/api/v1/imports?kind=comtrade&dryRun=1", {
      multipart: { file: { name: "graphite 2019–2024.csv", mimeType: "text/csv", buffer: Buffer.from(GRAPHITE) } },
      headers: auth,
    });
    expect(named.status()).toBe(200);
    const plan = await named.json();
    expect(plan).toMatchObject({ outcome: "dry_run", fileName: "graphite 2019–2024.csv", rowsRead: 12 });
    // 24 shares planned; how many are new depends on whether another spec (what changed) imported the file first.
    expect(plan.inserted + plan.updated + plan.unchanged).toBe(24);

    // 25 MB in chunks (Transfer-Encoding: chunked, no Content-Length).
    const boundary = "----ree-e2e";
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const { answer } = post("/api/v1/imports?kind=comtrade&dryRun=1", [head, ...Array.from({ length: 25 }, () => chunk)], {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "transfer-encoding": "chunked",
    });
    const big = await answer.catch((e: Error) => ({ status: -1, body: e.message }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toContain("20 MB");
  });

  test("whoami: 200 with the token, 401 without or with a wrong one, never cached", async ({ request }) => {
    const ok = await request.get("/api/v1/imports/whoami", { headers: auth });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    expect(ok.headers()["cache-control"]).toBe("no-store");
    expect(ok.headers()["x-ree-cache"]).toBeUndefined();
    expect((await request.get("/api/v1/imports/whoami")).status()).toBe(401);
    expect((await request.get("/api/v1/imports/whoami", { headers: { authorization: "Bearer wrong-token-0123456789" } })).status()).toBe(401);
  });
});
