import { createServer, type Server } from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyServerLimits, SERVER_LIMITS, serverOptions } from "./server-limits.mjs";

let server: Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** Sends a request head one header line at a time, `everyMs` apart, until the server closes the socket; resolves with how long that took. */
function slowHeaders(port: number, everyMs: number, maxLines: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: x\r\n"));
    let lines = 0;
    const timer = setInterval(() => {
      if (++lines > maxLines) {
        clearInterval(timer);
        socket.destroy();
        reject(new Error("the server kept the socket open"));
      } else socket.write(`X-Slow-${lines}: 1\r\n`);
    }, everyMs);
    socket.on("close", () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    });
    socket.on("error", () => {});
  });
}

describe("server limits", () => {
  it("are set to what a dashboard needs, not Node's defaults", () => {
    expect(SERVER_LIMITS).toMatchObject({ headersTimeout: 10_000, requestTimeout: 120_000, maxConnections: 1024, connectionsCheckingInterval: 1_000 });
    const s = applyServerLimits(createServer(serverOptions()));
    expect([s.headersTimeout, s.requestTimeout, s.maxConnections]).toEqual([10_000, 120_000, 1024]);
  });

  it("drop a client that trickles its headers once the head timeout passes", async () => {
    // The same mechanism with short limits, so the test takes about a second: a header line every
    // 100 ms never completes the head; the server must close the socket after ~600 ms.
    const limits = { ...SERVER_LIMITS, headersTimeout: 600, requestTimeout: 1_000, connectionsCheckingInterval: 100 };
    server = applyServerLimits(createServer(serverOptions(limits), (_req, res) => res.end("ok")), limits);
    await new Promise<void>((done) => server!.listen(0, "127.0.0.1", () => done()));
    const port = (server.address() as net.AddressInfo).port;
    const heldMs = await slowHeaders(port, 100, 40);
    expect(heldMs).toBeGreaterThanOrEqual(500);
    expect(heldMs).toBeLessThan(2_000);
  });
});
