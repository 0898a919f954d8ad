// @ts-check
// The environment, parsed once: the one place that reads process.env for the application. Plain
// JavaScript so that server.mjs and drizzle.config.ts read the same definitions as the app, the
// migrate and seed scripts (tsx) and the Next bundle.
import path from "node:path";
import { z } from "zod";

/**
 * The origins that may frame the embed routes (`/embed/<chart>`), as given in
 * EMBED_ALLOWED_ORIGINS: a space-separated list, each entry `*` (any origin) or an http(s) origin
 * such as `https://think-tank.example` or `http://localhost:8080` (scheme, host and port, no path).
 * Returns the entries, or the first one that is neither.
 * @param {string} value
 * @returns {{ ok: true, origins: string[] } | { ok: false, bad: string }}
 */
export function parseEmbedOrigins(value) {
  const entries = value.split(/\s+/).filter(Boolean);
  if (entries.length === 0) return { ok: false, bad: value };
  for (const entry of entries) {
    if (entry === "*") continue;
    let url;
    try {
      url = new URL(entry);
    } catch {
      return { ok: false, bad: entry };
    }
    // An origin only: what the browser compares frame-ancestors with (a path or query would be ignored, or worse, misread).
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== entry.replace(/\/$/, "").toLowerCase() || url.username || url.password) {
      return { ok: false, bad: entry };
    }
  }
  return { ok: true, origins: [...new Set(entries.map((e) => (e === "*" ? e : new URL(e).origin)))] };
}

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/ree-monitor.db"),
  // Imports are disabled when no token is set; a short token would be guessable.
  ADMIN_TOKEN: z.string().min(12).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The address server.mjs listens on; all interfaces when unset.
  HOST: z.string().min(1).optional(),
  // "off" disables the rendered-response cache of server.mjs (for diagnosis).
  REE_RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  // Seconds a shared cache (nginx, a CDN) may serve a page or read-API answer without asking the
  // server again (Cache-Control s-maxage; http/http-caching.mjs holds the default when unset).
  SHARED_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).optional(),
  // Who may frame the embed routes (frame-ancestors of /embed/…): `*` (the default: any public
  // page may embed) or a space-separated list of http(s) origins. Every other route refuses framing.
  EMBED_ALLOWED_ORIGINS: z
    .string()
    .default("*")
    .transform((value, ctx) => {
      const parsed = parseEmbedOrigins(value);
      if (parsed.ok) return parsed.origins;
      ctx.addIssue({
        code: "custom",
        message: `"${parsed.bad}" is not an origin; give a space-separated list of http(s) origins such as "https://example.org http://localhost:8080", or "*" for any`,
      });
      return z.NEVER;
    }),
  // Admission control of renders (http/server-limits.mjs RENDER_LIMITS): overrides of the cap on
  // concurrent renders, of the queue, and of the longest wait in the queue (milliseconds).
  REE_MAX_RENDERS: z.coerce.number().int().min(1).max(1000).optional(),
  REE_RENDER_QUEUE: z.coerce.number().int().min(0).max(100_000).optional(),
  REE_RENDER_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).optional(),
  // Failed admin-token attempts per client before 429 (lib/limits.ts ADMIN_MAX_FAILURES), and
  // their window in milliseconds (ADMIN_FAILURE_WINDOW_MS).
  REE_ADMIN_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).optional(),
  REE_ADMIN_FAILURE_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).optional(),
  // Addresses of reverse proxies in front of server.mjs (space-separated, as the socket sees them,
  // e.g. "127.0.0.1 ::1"). Only for requests from these is X-Forwarded-For believed when telling
  // clients apart (the failed-token limit); unset: the socket's address, always.
  REE_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(/\s+/).filter(Boolean) : [])),
  // Test hooks, off unless REE_ENABLE_TEST_HOOKS=1 (see importSlowMs).
  REE_ENABLE_TEST_HOOKS: z.string().optional(),
  REE_IMPORT_SLOW_MS: z.string().optional(),
});

/** @typedef {z.infer<typeof envSchema>} Env */

const KEYS = /** @type {(keyof Env)[]} */ (Object.keys(envSchema.shape));

/** @returns {Env} */
function readEnv() {
  // An empty variable counts as unset.
  const parsed = envSchema.safeParse(Object.fromEntries(KEYS.map((k) => [k, process.env[k] || undefined])));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** The SQLite file, as an absolute path. */
export function databaseFile() {
  // The database path is configuration, not a project file: keep it out of output tracing.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATABASE_PATH);
}

/**
 * Test hook for the import crash-safety test: with REE_ENABLE_TEST_HOOKS=1, an import sleeps
 * REE_IMPORT_SLOW_MS milliseconds between row writes inside its transaction, so a test can kill
 * the server mid-import and check that nothing was committed. 0 (off) otherwise, or when the
 * value is not a whole number of milliseconds up to a minute.
 * @param {Pick<Env, "REE_ENABLE_TEST_HOOKS" | "REE_IMPORT_SLOW_MS">} [e]
 * @returns {number}
 */
export function importSlowMs(e = env) {
  if (e.REE_ENABLE_TEST_HOOKS !== "1" || !e.REE_IMPORT_SLOW_MS) return 0;
  const ms = Number(e.REE_IMPORT_SLOW_MS);
  return Number.isInteger(ms) && ms > 0 && ms <= 60_000 ? ms : 0;
}
