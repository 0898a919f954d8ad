import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

// Hostile input: well over 500 malformed requests across every page, API route and parameter.
// None may answer 5xx or show a stack trace; the APIs answer 400 with a JSON error, the pages
// render with the filter notice (detail pages with a bad id: the 404 page).

const TOKEN = "e2e-admin-token-0123456789";

/** Values that are wrong for every parameter they are sent to. */
const PAYLOADS = [
  "abc",
  "-1",
  "99999999999999999999",
  "1e309",
  "NaN",
  "0x7DA",
  "２０１０", // full-width digits
  "2010.5",
  "' OR 1=1 --",
  "1; DROP TABLE trade_shares",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u0000",
  "../../etc/passwd",
  "x".repeat(5000),
  "😀",
  "rare-earths\r\nSet-Cookie: a=b",
  "%",
];

/** Values that are not valid percent-encoding, sent as they are. */
const RAW_VALUES = ["%E0%A4%A", "%", "%zz", "%C0%AF"];

/** Partner and host-country codes are ISO alpha-3 in any case: three letters are well formed (an unknown code matches nothing). */
const wellFormedCode = (param: string, value: string) => ["partner", "country"].includes(param) && /^[A-Za-z]{3}$/.test(value);

const PAGES: { path: string; params: string[] }[] = [
  { path: "/", params: ["material", "from", "to", "category", "window"] },
  { path: "/incidents", params: ["material", "from", "to", "category", "severity"] },
  { path: "/projects", params: ["material", "type", "status", "country", "from", "to", "sort", "dir", "stack"] },
  { path: "/sources", params: ["kind", "material", "id"] },
];
const DETAIL_PAGES = ["/incidents", "/projects"];

const API_FILTERS = ["material", "from", "to", "category", "partner", "format"];
const APIS: { path: string; params: string[] }[] = [
  { path: "/api/v1/materials", params: ["format", "bogus"] },
  { path: "/api/v1/trade-shares", params: [...API_FILTERS, "bogus"] },
  { path: "/api/v1/dependence", params: [...API_FILTERS, "bogus"] },
  { path: "/api/v1/incidents", params: [...API_FILTERS, "severity", "bogus"] },
  { path: "/api/v1/projects", params: [...API_FILTERS, "bogus"] },
  { path: "/api/v1/summary", params: [...API_FILTERS, "bogus"] },
  { path: "/api/v1/event-study", params: [...API_FILTERS, "window", "bogus"] },
  { path: "/api/v1/concentration", params: [...API_FILTERS, "bogus"] },
];
const IMPORT_PARAMS = ["kind", "dryRun", "promote", "sourceUrl"];

/** Signs of a leaked stack trace or server internals. */
const LEAKS = [/\n\s+at [^\n]*[(:]\d+/, /node_modules/, /\.next\/server/, /webpack-internal|turbopack:\/\//, /SqliteError|SQLITE_/, /\/work\//];

function query(param: string, value: string) {
  return `${param}=${encodeURIComponent(value)}`;
}

type Outcome = { url: string; status: number; problem: string | null };

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) out.push(await fn(items[next++]));
    }),
  );
  return out;
}

function leaks(body: string) {
  return LEAKS.find((re) => re.test(body)) ?? null;
}

async function checkApi(res: APIResponse, url: string, expected = 400): Promise<Outcome> {
  const status = res.status();
  const body = await res.text();
  if (status >= 500) return { url, status, problem: "5xx" };
  if (status !== expected) return { url, status, problem: `expected ${expected}, got ${status}` };
  if (expected === 200) return { url, status, problem: leaks(body) && "leak" };
  if (!/^application\/json/.test(res.headers()["content-type"] ?? "")) return { url, status, problem: "not JSON" };
  let json: { error?: { code?: unknown; message?: unknown } };
  try {
    json = JSON.parse(body);
  } catch {
    return { url, status, problem: "unparseable JSON" };
  }
  if (typeof json.error?.code !== "string" || typeof json.error?.message !== "string" || !json.error.message) {
    return { url, status, problem: "no {error:{code,message}}" };
  }
  const leak = leaks(body);
  return { url, status, problem: leak ? `leak ${leak}` : null };
}

async function checkPage(request: APIRequestContext, url: string, { expect404 = false, notice = true } = {}): Promise<Outcome> {
  const res = await request.get(url);
  const status = res.status();
  const body = await res.text();
  if (status >= 500) return { url, status, problem: "5xx" };
  const leak = leaks(body);
  if (leak) return { url, status, problem: `leak ${leak}` };
  // The payloads must come back escaped, never as markup.
  if (body.includes("<script>alert(1)</script>") || body.includes("<img src=x onerror")) return { url, status, problem: "payload echoed as HTML" };
  if (expect404) return { url, status, problem: status === 404 ? null : `expected 404, got ${status}` };
  if (status !== 200) return { url, status, problem: `expected 200, got ${status}` };
  if (notice && !body.includes('data-testid="filter-notice"')) return { url, status, problem: "no filter notice" };
  return { url, status, problem: null };
}

function report(outcomes: Outcome[]) {
  const problems = outcomes.filter((o) => o.problem).map((o) => `${o.status} ${o.url.slice(0, 160)}: ${o.problem}`);
  expect(outcomes.filter((o) => o.status >= 500), "5xx responses").toEqual([]);
  expect(problems, `${problems.length} of ${outcomes.length} requests misbehaved`).toEqual([]);
}

test.describe("hostile input", () => {
  test.describe.configure({ timeout: 240_000 });

  test("every page and parameter: 200 with a notice (bad ids: 404), no 5xx, no stack trace, no markup echoed", async ({ request }) => {
    const urls: { url: string; expect404?: boolean; notice?: boolean }[] = [];
    for (const { path, params } of PAGES) {
      for (const p of params) for (const v of PAYLOADS) urls.push({ url: `${path}?${query(p, v)}`, notice: !wellFormedCode(p, v) });
      params.forEach((p, i) => urls.push({ url: `${path}?${p}=${RAW_VALUES[i % RAW_VALUES.length]}` }));
    }
    for (const path of DETAIL_PAGES) {
      for (const v of [...PAYLOADS, "0", "999999", "1.5", "1e3", "-3"]) urls.push({ url: `${path}/${encodeURIComponent(v)}`, expect404: true });
    }
    const outcomes = await pool(urls, 4, ({ url, ...expected }) => checkPage(request, url, expected));
    expect(outcomes.length).toBeGreaterThanOrEqual(400);
    report(outcomes);
  });

  test("every API route and parameter: 400 with a JSON error, no 5xx, no stack trace", async ({ request }) => {
    const urls: { url: string; expected: number }[] = [];
    for (const { path, params } of APIS) {
      for (const p of params) for (const v of PAYLOADS) urls.push({ url: `${path}?${query(p, v)}`, expected: wellFormedCode(p, v) ? 200 : 400 });
      params.forEach((p, i) => urls.push({ url: `${path}?${p}=${RAW_VALUES[i % RAW_VALUES.length]}`, expected: 400 }));
      // Out-of-range and contradictory values that are well formed.
      for (const q of ["from=1989", "to=2036", "from=2020&to=2010", "material=unobtainium", "from=2010&from=2011"]) urls.push({ url: `${path}?${q}`, expected: 400 });
    }
    const outcomes = await pool(urls, 6, async ({ url, expected }) => checkApi(await request.get(url), url, expected));
    expect(outcomes.length).toBeGreaterThanOrEqual(500);
    report(outcomes);
  });

  test("the import endpoint: 401 without the token, 400 for every malformed parameter with it, nothing written", async ({ request }) => {
    const before = ((await (await request.get("/api/v1/trade-shares?from=1990&to=2035&material=rare-earths")).json()) as { data: unknown[] }).data.length;
    const urls: string[] = [];
    for (const p of IMPORT_PARAMS) {
      for (const v of PAYLOADS) urls.push(`/api/v1/imports?${p === "kind" ? "" : "kind=trade_shares&"}${query(p, v)}`);
    }
    urls.push("/api/v1/imports?kind=trade_shares&bogus=1", "/api/v1/imports?kind=trade_shares&kind=comtrade");
    const body = "id,year\n";
    const withToken = await pool(urls, 4, async (url) => checkApi(await request.post(url, { data: body, headers: { authorization: `Bearer ${TOKEN}` } }), url));
    report(withToken);
    const withoutToken = await pool(urls.slice(0, 30), 4, async (url) => {
      const res = await request.post(url, { data: body });
      const status = res.status();
      return { url, status, problem: status === 401 ? leaks(await res.text()) && "leak" : `expected 401, got ${status}` };
    });
    report(withoutToken);
    const after = ((await (await request.get("/api/v1/trade-shares?from=1990&to=2035&material=rare-earths")).json()) as { data: unknown[] }).data.length;
    expect(after).toBe(before);
  });
});
