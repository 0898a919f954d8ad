import { describe, expect, it } from "vitest";
import { AdmissionControl, needsAdmission, OVERLOAD_TEXT } from "./admission.mjs";
import { RENDER_LIMITS, renderLimits } from "./server-limits.mjs";
// The 503 page's words repeat the catalogue's (http/ imports nothing from lib/).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { en, ja } from "../lib/i18n/messages";

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
function fakeClock() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimer: (fn: () => void, ms: number) => {
      timers.set(++id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (t: number) => void timers.delete(t),
    advance(ms: number) {
      now += ms;
      for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(k);
          t.fn();
        }
      }
    },
    pending: () => timers.size,
  };
}

/** The settled value of a promise after the microtasks have run, or "pending". */
async function state<T>(p: Promise<T>): Promise<T | "pending"> {
  return Promise.race([p, Promise.resolve().then(() => Promise.resolve("pending" as const))]);
}

describe("admission control", () => {
  it("admits up to the cap at once, queues up to the bound, refuses the next at once", async () => {
    const clock = fakeClock();
    const ac = new AdmissionControl({ maxConcurrentRenders: 2, maxQueuedRenders: 2, queueTimeoutMs: 1000 }, clock);
    const first = await ac.acquire();
    const second = await ac.acquire();
    expect(first).toBeTypeOf("function");
    expect(second).toBeTypeOf("function");
    const q1 = ac.acquire();
    const q2 = ac.acquire();
    expect(await state(q1)).toBe("pending");
    expect(await ac.acquire()).toBeNull(); // the queue is full: refused without waiting
    expect(ac.stats.rejectedFull).toBe(1);
    first!();
    first!(); // giving a slot back twice gives it back once
    const got = await q1;
    expect(got).toBeTypeOf("function");
    expect(await state(q2)).toBe("pending");
    expect(ac.active).toBe(2);
    second!();
    expect(await q2).toBeTypeOf("function");
    expect(clock.pending()).toBe(0); // the admitted waiters' timers are gone
  });

  it("a request that waited longer than the timeout is refused; the queue moves on", async () => {
    const clock = fakeClock();
    const ac = new AdmissionControl({ maxConcurrentRenders: 1, maxQueuedRenders: 5, queueTimeoutMs: 1000 }, clock);
    const running = await ac.acquire();
    const waiting = ac.acquire();
    clock.advance(999);
    expect(await state(waiting)).toBe("pending");
    clock.advance(1);
    expect(await waiting).toBeNull();
    expect(ac.stats.rejectedTimeout).toBe(1);
    expect(ac.queue).toHaveLength(0);
    running!();
    expect(ac.active).toBe(0);
    expect(await ac.acquire()).toBeTypeOf("function");
  });

  it("a client that leaves while queued gives its place up", async () => {
    const clock = fakeClock();
    const ac = new AdmissionControl({ maxConcurrentRenders: 1, maxQueuedRenders: 1, queueTimeoutMs: 1000 }, clock);
    const running = await ac.acquire();
    const left = new AbortController();
    const waiting = ac.acquire(left.signal);
    left.abort();
    expect(await waiting).toBeNull();
    expect(ac.stats.abandoned).toBe(1);
    const next = ac.acquire(); // the place is free again
    running!();
    expect(await next).toBeTypeOf("function");
  });

  it("a new request does not overtake the queue", async () => {
    const clock = fakeClock();
    const ac = new AdmissionControl({ maxConcurrentRenders: 1, maxQueuedRenders: 3, queueTimeoutMs: 1000 }, clock);
    const running = await ac.acquire();
    const order: string[] = [];
    const a = ac.acquire().then((r) => (order.push("a"), r));
    running!();
    const b = ac.acquire().then((r) => (order.push("b"), r));
    (await a)!();
    await b;
    expect(order).toEqual(["a", "b"]);
  });
});

describe("what needs a slot", () => {
  it("pages, the read API, Next's RSC requests and unknown paths do; assets, the health probe and imports do not", () => {
    for (const p of ["/", "/ja", "/incidents", "/ja/materials", "/api/v1/dependence", "/embed/dependence", "/no-such-page"]) expect(needsAdmission(p), p).toBe(true);
    for (const p of ["/_next/static/chunks/a.js", "/_next/image", "/api/health", "/api/v1/imports", "/api/v1/imports/whoami", "/robots.txt", "/icon.svg", "/feed.xml"]) {
      expect(needsAdmission(p), p).toBe(false);
    }
  });
});

describe("render limits", () => {
  it("come from server-limits.mjs, with the environment's overrides", () => {
    expect(renderLimits({})).toEqual(RENDER_LIMITS);
    expect(renderLimits({ REE_MAX_RENDERS: 1, REE_RENDER_QUEUE: 0, REE_RENDER_QUEUE_TIMEOUT_MS: 50 })).toMatchObject({ maxConcurrentRenders: 1, maxQueuedRenders: 0, queueTimeoutMs: 50 });
  });
});

describe("the 503 page's words", () => {
  it("are the catalogue's, in both languages", () => {
    expect(OVERLOAD_TEXT.en).toEqual(en.common.overload);
    expect(OVERLOAD_TEXT.ja).toEqual(ja.common.overload);
  });
});
