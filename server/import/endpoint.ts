// The import endpoint: POST a file (admin token), GET the audit log (public view, or the full log
// with the token), GET whoami (checks a token at sign-in).
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db/index";
import { listImports } from "@/db/queries/imports";
import { fileNameProblem, hasUnsafeCharacters } from "@/lib/imports";
import { MAX_IMPORT_BYTES, MULTIPART_OVERHEAD_BYTES } from "@/lib/limits";
import { requireAdmin } from "../admin-auth";
import { jsonResponse } from "../api";
import { ApiError, handle } from "../api-error";
import { IMPORT_KINDS, PROMOTE_MODES, ReaderBusy, runImport, sharedReader } from "./index";

const flag = z.enum(["1", "0", "true", "false"], { error: "must be 1, 0, true or false" }).transform((v) => v === "1" || v === "true");
const fileName = z
  .string()
  .trim()
  .superRefine((name, ctx) => {
    const problem = fileNameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const plainText = z
  .string()
  .trim()
  .min(1)
  .refine((v) => !hasUnsafeCharacters(v), "has control or bidirectional-override characters");
const querySchema = z
  .object({
    kind: z.enum(IMPORT_KINDS, { error: `kind must be one of ${IMPORT_KINDS.join(", ")}` }),
    dryRun: flag.default(false),
    promote: z.enum(PROMOTE_MODES, { error: `promote must be one of ${PROMOTE_MODES.join(", ")}` }).optional(),
    fileName: fileName.optional(),
    actor: plainText.max(60).optional(),
    // Shown on the public sources page: no control or bidi-override character either.
    sourceTitle: plainText.max(300).optional(),
    sourceUrl: z.url({ protocol: /^https?$/, error: "sourceUrl must be an http(s) URL" }).max(500).optional(),
  })
  .strict();

function parseQuery(request: Request) {
  const sp = new URL(request.url).searchParams;
  const repeated = [...new Set(sp.keys())].filter((k) => sp.getAll(k).length > 1);
  if (repeated.length) throw new ApiError(400, "bad_request", `Query parameter given more than once: ${repeated.slice(0, 3).join(", ")}.`);
  const r = querySchema.safeParse(Object.fromEntries(sp));
  if (!r.success) {
    const detail = r.error.issues
      .map((i) => (i.code === "unrecognized_keys" ? `unknown parameter ${i.keys.slice(0, 3).map((k) => k.slice(0, 30)).join(", ")}` : `${i.path.join(".")}: ${i.message}`))
      .join("; ");
    throw new ApiError(400, "bad_request", `Invalid query: ${detail}.`);
  }
  return r.data;
}

const tooLarge = () => new ApiError(413, "payload_too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it by year and import the parts.`);

interface Body {
  bytes: Uint8Array<ArrayBuffer>;
  /** SHA-256 of the bytes, hex, computed chunk by chunk as they arrived. */
  sha256: string;
}

/**
 * The body, counted as it arrives: refused (413) as soon as it passes `limit` bytes, never
 * buffered past it. Each chunk is copied once, into a buffer of the declared length (grown by
 * doubling when there is none), and hashed as it comes, so that no step at the end goes over
 * the whole file on this thread.
 */
async function readBody(request: Request, limit: number, declared: number): Promise<Body> {
  if (!request.body) throw new ApiError(400, "bad_request", "The request has no body: send the file as the body.");
  const hash = createHash("sha256");
  let buffer = new Uint8Array(Number.isFinite(declared) && declared > 0 ? Math.min(declared, limit) : 64 * 1024);
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    if (size + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.min(limit, Math.max(2 * buffer.byteLength, size + value.byteLength)));
      grown.set(buffer.subarray(0, size));
      buffer = grown;
    }
    buffer.set(value, size);
    size += value.byteLength;
    hash.update(value);
  }
  return { bytes: buffer.subarray(0, size), sha256: hash.digest("hex") };
}

/**
 * Reads the file: the raw body, or the `file` field of a multipart form. Either way the body is
 * counted as it arrives and refused past 20 MB (plus the multipart overhead), whether or not it
 * declares a Content-Length; a multipart form is parsed from that bounded buffer. A multipart
 * file name is checked as the `fileName` parameter is (400 when refused).
 */
async function readFile(request: Request): Promise<{ bytes: Uint8Array; sha256: string | undefined; name: string | null }> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { ...(await readBody(request, MAX_IMPORT_BYTES, declared)), name: null };

  const body = await readBody(request, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES, declared);
  const form = await new Response(body.bytes, { headers: { "content-type": type } }).formData().catch(() => {
    throw new ApiError(400, "bad_request", "The multipart body could not be read.");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new ApiError(400, "bad_request", "The form has no `file` field.");
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
  const name = file.name.trim();
  const problem = name ? fileNameProblem(name) : null;
  if (problem) throw new ApiError(400, "bad_request", `The multipart file name was refused: ${problem}. Rename the file, or name it with the fileName parameter.`);
  // The file's own hash is computed by the import (off this thread).
  return { bytes: new Uint8Array(await file.arrayBuffer()), sha256: undefined, name: name || null };
}

/** 503 while every place in the reader's queue is taken (the envelope of ApiError, with Retry-After). */
const busy = (message: string) =>
  Response.json({ error: { code: "busy", message } }, { status: 503, headers: { "cache-control": "no-store", "retry-after": "30" } });

/** POST /api/v1/imports?kind=…[&dryRun=1][&promote=gaps|replace|none][&fileName=…][&sourceTitle=…&sourceUrl=…] */
export const postImport = handle(async (request: Request) => {
  requireAdmin(request);
  const q = parseQuery(request);
  const { bytes, sha256, name } = await readFile(request);
  if (bytes.byteLength === 0) throw new ApiError(400, "bad_request", "The file is empty.");
  if (q.sourceUrl && !q.sourceTitle) throw new ApiError(400, "bad_request", "sourceUrl needs a sourceTitle.");
  let summary;
  try {
    summary = await runImport(getDb(), {
      kind: q.kind,
      fileName: q.fileName ?? name ?? "upload.csv",
      bytes,
      // This handler is done with the body: the reader takes it without a copy.
      handOver: true,
      sha256,
      actor: q.actor ? `admin (${q.actor})` : "admin",
      dryRun: q.dryRun,
      promote: q.promote,
      source: q.sourceTitle ? { title: q.sourceTitle, url: q.sourceUrl ?? null } : undefined,
    });
  } catch (error) {
    if (error instanceof ReaderBusy) return busy(error.message);
    throw error;
  }
  if (summary.outcome === "rejected") {
    // One error (a limit, a time-out, the wrong kind) is the message itself.
    const single = summary.errorCount === 1 ? summary.errors[0].message : null;
    const message = single
      ? `The file was refused: ${single}${/nothing was written/i.test(single) ? "" : " Nothing was written."}`
      : `The file was refused: ${summary.errorCount} errors; nothing was written.`;
    throw new ApiError(422, "unprocessable", message, {
      errors: summary.errors,
      errorCount: summary.errorCount,
      importId: summary.importId,
      layout: summary.layout,
      rowsRead: summary.rowsRead,
    });
  }
  return jsonResponse(summary);
});

const PRIVATE = { "cache-control": "no-store", vary: "Authorization" };

/**
 * GET /api/v1/imports: the audit log, newest first (no file contents). Without a token, the
 * public view (counts and outcomes); with a valid token, the full log (file names, actor, errors)
 * and `reading`, the number of files received and not yet answered (read or waiting to be);
 * a wrong token is 401, as for imports.
 */
export const getImportLog = handle((request: Request) => {
  const sp = new URL(request.url).searchParams;
  if ([...sp.keys()].some((k) => k !== "limit")) throw new ApiError(400, "bad_request", "Only `limit` is accepted.");
  const raw = sp.get("limit");
  if (raw !== null && !/^\d{1,3}$/.test(raw)) throw new ApiError(400, "bad_request", "limit must be a whole number from 1 to 500.");
  const limit = raw === null ? 100 : Math.min(500, Math.max(1, Number(raw)));
  // A bearer token asks for the administrator's view; no header (or another scheme, such as a
  // proxy's basic auth) gets the public one.
  const view = /^\s*bearer\s/i.test(request.headers.get("authorization") ?? "") ? "admin" : "public";
  if (view === "admin") requireAdmin(request);
  const body = view === "admin" ? { view, reading: sharedReader().inProgress, data: listImports(limit, view) } : { view, data: listImports(limit, view) };
  return Response.json(body, { headers: PRIVATE });
});

/** GET /api/v1/imports/whoami: 200 {"ok":true} for the admin token, 401 without or with a wrong one, 403 when imports are disabled. */
export const getWhoami = handle((request: Request) => {
  if (new URL(request.url).search) throw new ApiError(400, "bad_request", "No query parameter is accepted.");
  requireAdmin(request);
  return Response.json({ ok: true }, { headers: PRIVATE });
});
