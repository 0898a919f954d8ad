import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/config/env.mjs";
import { getDb } from "@/db/index";
import { REAL_GRAPHITE } from "@/test/import-db";
import type { ImportAuditDto } from "@/lib/imports";
import { getImportLog, getWhoami, postImport } from "./endpoint";

// The handlers of /api/v1/imports and /api/v1/imports/whoami, called with real Requests on the
// test file's own seeded SQLite file. config/env.mjs is parsed once, before this file runs: the
// token is set on the parsed environment, as ADMIN_TOKEN would set it.
const TOKEN = "unit-admin-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
let saved: string | undefined;
beforeAll(() => {
  saved = env.ADMIN_TOKEN;
  env.ADMIN_TOKEN = TOKEN;
});
afterAll(() => {
  env.ADMIN_TOKEN = saved;
});

const BASE = "http://localhost/api/v1/imports";
const GRAPHITE = fs.readFileSync(REAL_GRAPHITE, "utf8");
const auditCount = () => (getDb().$client.prepare("SELECT count(*) AS n FROM imports").get() as { n: number }).n;
const post = (query: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  postImport(new Request(`${BASE}?${query}`, { method: "POST", ...init, headers: { ...auth, ...init.headers }, ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit));
const log = async (headers: Record<string, string> = {}) => {
  const res = await getImportLog(new Request(`${BASE}?limit=5`, { headers }));
  return { status: res.status, cache: res.headers.get("cache-control"), body: (await res.json()) as { view: string; data: ImportAuditDto[] } };
};

function multipart(name: string, content: string) {
  const form = new FormData();
  form.append("file", new File([content], name, { type: "text/csv" }));
  return form;
}

describe("the audit log: counts and outcomes for anyone, the rest for the administrator", () => {
  it("shows file names, actor and errors only with the token", async () => {
    const bad = `${GRAPHITE.split("\n")[0]}\nC,A,${"9".repeat(5000)}\n`;
    const res = await post("kind=comtrade&fileName=secret-notes.csv&actor=tanaka", { body: bad });
    expect(res.status).toBe(422);

    const pub = await log();
    expect(pub.status).toBe(200);
    expect(pub.cache).toBe("no-store");
    expect(pub.body.view).toBe("public");
    const row = pub.body.data[0];
    expect(row).toEqual({
      id: row.id,
      view: "public",
      kind: "comtrade",
      sha256: row.sha256,
      rowsRead: 1,
      rowsWritten: 0,
      rowsSkipped: 0,
      createdAt: row.createdAt,
      outcome: "rejected",
      errorCount: 1,
      errors: [],
    });
    expect(JSON.stringify(pub.body)).not.toContain("secret-notes");
    expect(JSON.stringify(pub.body)).not.toContain("tanaka");

    const admin = await log(auth);
    expect(admin.body.view).toBe("admin");
    // The files received and not yet answered (none now); the public view does not say.
    expect(admin.body).toMatchObject({ reading: 0 });
    expect(pub.body).not.toHaveProperty("reading");
    expect(admin.body.data[0]).toMatchObject({ view: "admin", fileName: "secret-notes.csv", actor: "admin (tanaka)", errorCount: 1 });
    expect(admin.body.data[0].errors).toEqual([{ line: 2, column: null, message: "Expected 47 fields as in the header, found 3 (missing columns)." }]);

    expect((await log({ authorization: "Bearer not-the-token-at-all" })).status).toBe(401);
    // Another scheme (a proxy's basic auth) is not an attempt at the admin view.
    expect((await log({ authorization: "Basic dXNlcjpwYXNz" })).body.view).toBe("public");
  });
});

describe("rows stored before names and messages were checked", () => {
  it("are shown to the administrator clipped, never whole, and to anyone without them", async () => {
    const name = `../../${"\u202e".repeat(3)}${"x".repeat(3010)}`;
    const message = `Not a number: "${"9".repeat(40_000)}".`;
    getDb()
      .$client.prepare("INSERT INTO imports (file_name, kind, sha256, actor, created_at, outcome, errors, error_count) VALUES (?, 'comtrade', ?, 'admin', ?, 'rejected', ?, 1)")
      .run(name, "a".repeat(64), new Date().toISOString(), JSON.stringify([{ line: 2, column: "primaryValue", message }]));
    const admin = (await log(auth)).body.data[0];
    expect(admin.fileName).toBe(`../../\uFFFD\uFFFD\uFFFD${"x".repeat(191)}…`);
    expect(admin.errors).toEqual([{ line: 2, column: "primaryValue", message: `${message.slice(0, 600)}…` }]);
    const pub = (await log()).body.data[0];
    expect(JSON.stringify(pub).length).toBeLessThan(400);
  });
});

describe("echoed values are clipped, file names checked", () => {
  it("an error message repeats at most 60 characters of a cell (before: a 40 KB cell came back whole)", async () => {
    const head = "id,year,period,month,half,material,partner,sharePct,low,high,bound,volumeTonnes,valueUsd,basis,estimate,derived,mirror,headline,sourceId";
    const res = await post("kind=trade_shares", { body: `${head}\n,2016,annual,,,rare-earths,CHN,${"7".repeat(9000)}x,,,,,,value,0,1,0,0,8\n` });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.errors).toEqual([{ line: 2, column: "sharePct", message: `Invalid value "${"7".repeat(60)}…": not a number.` }]);
    expect(error.message).toBe(`The file was refused: Invalid value "${"7".repeat(60)}…": not a number. Nothing was written.`);

    const huge = await post("kind=trade_shares", { body: `${head}\n,2016,annual,,,rare-earths,CHN,${"7".repeat(40_000)},,,,,,value,0,1,0,0,8\n` });
    const body = await huge.text();
    expect(huge.status).toBe(422);
    expect(body.length).toBeLessThan(1000);
    expect(JSON.parse(body).error.message).toBe("The file was refused: A cell is longer than 10,000 characters, the limit per cell. Nothing was read further. Nothing was written.");
  });

  it("refuses a multipart file name with a path, a bidi override or 3,016 characters (400), and stores nothing", async () => {
    const before = auditCount();
    const names = [`../../${"\u202e".repeat(10)}${"x".repeat(3000)}.csv`, "../etc/passwd.csv", "report\u202ecsv.exe", "a\u0000b.csv", "x".repeat(201)];
    for (const name of names) {
      const res = await post("kind=comtrade&dryRun=1", { body: multipart(name, GRAPHITE) });
      expect(res.status, name.slice(0, 20)).toBe(400);
      const { error } = await res.json();
      expect(error.message).toMatch(/^The multipart file name was refused: the file name (is longer than 200 characters|has a slash or backslash|has control or bidirectional-override characters)\. /);
    }
    expect(auditCount()).toBe(before);
    const ok = await post("kind=comtrade&dryRun=1", { body: multipart("Comtrade 2504 (2019–2024).csv", GRAPHITE) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ outcome: "dry_run", fileName: "Comtrade 2504 (2019–2024).csv", rowsRead: 12 });
  });

  it("refuses control and bidi-override characters in actor and sourceTitle (the title is shown on the public sources page)", async () => {
    for (const q of ["actor=a%E2%80%AEb", "sourceTitle=My%E2%80%AEextract", "actor=a%07b"]) {
      const res = await post(`kind=comtrade&dryRun=1&${q}`, { body: GRAPHITE });
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.message).toMatch(/^Invalid query: (actor|sourceTitle): has control or bidirectional-override characters\.$/);
    }
  });

  it("checks the fileName parameter the same way", async () => {
    for (const name of ["a\u202eb.csv", "a/b.csv", "..", "x".repeat(201)]) {
      const res = await post(`kind=comtrade&dryRun=1&fileName=${encodeURIComponent(name)}`, { body: GRAPHITE });
      expect(res.status, name.slice(0, 20)).toBe(400);
      expect((await res.json()).error.message).toMatch(/^Invalid query: fileName: the file name /);
    }
  });
});

describe("multipart bodies without a Content-Length", () => {
  it("are counted as they arrive and refused past 20 MB plus the multipart overhead, not buffered whole", async () => {
    const boundary = "----ree-test-boundary";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`);
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let pulled = 0;
    // 64 MB offered, one MB at a time, with no Content-Length.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        pulled += head.byteLength;
      },
      pull(controller) {
        if (pulled > 64 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
        pulled += chunk.byteLength;
      },
    });
    const res = await post("kind=comtrade&dryRun=1", { body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain("20 MB");
    // Read up to the limit (20 MB + 64 KB) and at most the chunks already queued behind it.
    expect(pulled).toBeLessThan(23 * 1024 * 1024);
  });
});

describe("whoami: sign-in checks the token at once", () => {
  const whoami = (headers: Record<string, string> = {}) => getWhoami(new Request(`${BASE}/whoami`, { headers }));

  it("200 with the token, 401 without or with a wrong one, 403 when imports are disabled; never cached", async () => {
    const ok = await whoami(auth);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect((await whoami()).status).toBe(401);
    const wrong = await whoami({ authorization: "Bearer wrong-token-0123456789" });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toEqual({ code: "unauthorized", message: "Wrong admin token." });
    env.ADMIN_TOKEN = undefined;
    try {
      const disabled = await whoami(auth);
      expect(disabled.status).toBe(403);
      expect((await disabled.json()).error.code).toBe("disabled");
    } finally {
      env.ADMIN_TOKEN = TOKEN;
    }
  });
});
