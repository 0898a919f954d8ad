// The flood of distinct URLs (round 3 of `npm run test:stress`; `npm run bench` can call it too):
// every request is a different, valid, canonical overview URL, so none can be answered from the
// response cache or shared with another request in flight: each one is a render, or a 503 from
// the server's admission control (http/admission.mjs). Reports what a reader gets:
//
//   rendersPerSec  pages answered 2xx per second (each one a render: no URL comes twice)
//   p50, p99       latency of every answer, 503s included, in ms
//   share503       the share of answers that were 503 (with Retry-After)
//   errors         everything else: other statuses, timeouts, connection errors (goal: 0)
import autocannon from "autocannon";

export const FLOOD_GOALS = { rendersPerSec: 150, p99: 2000, errors: 0 };

const MATERIALS = ["rare-earths", "graphite", "gallium", "germanium", "dysprosium", "permanent-magnets"];

/**
 * The n-th URL of the flood: material × from × to × severity × window × view, in mixed radix, so
 * the first 1,269,600 are all different and all canonical (parameters in the server's order, all
 * well-formed; from after to is a page too, with its years swapped): a flood never comes round to
 * a URL it has already had rendered.
 * @param {number} n
 */
export function floodPath(n) {
  let i = n;
  const take = (/** @type {number} */ k) => {
    const d = i % k;
    i = Math.floor(i / k);
    return d;
  };
  const material = MATERIALS[take(MATERIALS.length)];
  const from = 1990 + take(46);
  const to = 1990 + take(46);
  const severity = 1 + take(5);
  const window = 1 + take(10);
  const view = take(2) ? "value" : "share";
  return `/?material=${material}&from=${from}&to=${to}&severity=${severity}&window=${window}&view=${view}`;
}

/**
 * @param {{ base: string, connections: number, duration: number, start?: number, pathOf?: (n: number) => string }} options
 *   start: the first URL's number (a second flood on the same server starts past the first's URLs);
 *   pathOf: the n-th URL (default floodPath; the bench also floods with URL variants)
 * @returns {Promise<{ requests: number, rendersPerSec: number, p50: number, p99: number, share503: number, errors: number, statuses: Record<string, number>, next: number }>}
 */
export function floodRound({ base, connections, duration, start = 0, pathOf = floodPath }) {
  let n = start;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 30,
        headers: { "accept-encoding": "gzip" },
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathOf(n++) }) }],
      },
      (err, r) => {
        if (err) return reject(err);
        /** @type {Record<string, number>} */
        const statuses = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
        const count = (/** @type {(code: number) => boolean} */ f) => Object.entries(statuses).reduce((sum, [code, c]) => sum + (f(Number(code)) ? c : 0), 0);
        const ok = count((c) => c >= 200 && c < 300);
        const s503 = count((c) => c === 503);
        const answered = count(() => true);
        resolve({
          requests: answered,
          rendersPerSec: ok / duration,
          p50: r.latency.p50,
          p99: r.latency.p99,
          share503: answered ? s503 / answered : 0,
          // Connection errors and timeouts (autocannon counts timeouts among errors), and every status but 2xx and 503.
          errors: r.errors + (answered - ok - s503),
          statuses,
          next: n,
        });
      },
    );
  });
}

/** The round's line and its checks against the goals. @param {Awaited<ReturnType<typeof floodRound>>} r */
export function floodChecks(r) {
  return /** @type {[string, boolean][]} */ ([
    [`flood: ${r.rendersPerSec.toFixed(0)} renders/s (goal ≥ ${FLOOD_GOALS.rendersPerSec})`, r.rendersPerSec >= FLOOD_GOALS.rendersPerSec],
    [`flood: p99 ${r.p99} ms (goal ≤ ${FLOOD_GOALS.p99} ms)`, r.p99 <= FLOOD_GOALS.p99],
    [`flood: errors other than 503: ${r.errors} (goal ${FLOOD_GOALS.errors})`, r.errors === FLOOD_GOALS.errors],
  ]);
}
