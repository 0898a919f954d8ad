import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "./api-error";
import { FailureLimiter } from "./auth-limiter";
import { env } from "@/config/env.mjs";
import { ADMIN_FAILURE_CLIENTS, ADMIN_FAILURE_WINDOW_MS, ADMIN_MAX_FAILURES } from "@/lib/limits";

export const importsEnabled = () => env.ADMIN_TOKEN !== undefined;

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * The request header that names the client: server.mjs removes it from every incoming request and
 * sets it to the socket's address (or, behind a trusted proxy, X-Forwarded-For's). Without
 * server.mjs (`next dev`) it is absent and every client shares one count.
 */
export const CLIENT_HEADER = "x-ree-client";

// One limiter per process, whichever route bundle loads this module first.
const LIMITER = Symbol.for("ree-monitor.admin-failure-limiter");
type WithLimiter = typeof globalThis & { [LIMITER]?: FailureLimiter };

export function adminFailureLimiter(): FailureLimiter {
  const g = globalThis as WithLimiter;
  g[LIMITER] ??= new FailureLimiter({
    maxFailures: env.REE_ADMIN_MAX_FAILURES ?? ADMIN_MAX_FAILURES,
    windowMs: env.REE_ADMIN_FAILURE_WINDOW_MS ?? ADMIN_FAILURE_WINDOW_MS,
    maxClients: ADMIN_FAILURE_CLIENTS,
  });
  return g[LIMITER];
}

/**
 * Checks `Authorization: Bearer <ADMIN_TOKEN>`. Both sides are hashed first, so the comparison is
 * constant-time whatever the lengths. Disabled (no token configured) is 403; missing or wrong is 401.
 * A client that sent too many wrong tokens (server/auth-limiter.ts) gets 429 with Retry-After
 * before its token is looked at, a correct one included.
 */
export function requireAdmin(request: Request, limiter: FailureLimiter = adminFailureLimiter()): void {
  const token = env.ADMIN_TOKEN;
  if (!token) {
    throw new ApiError(403, "disabled", "Imports are disabled: set ADMIN_TOKEN (12 characters or more) in the server's environment and restart it.");
  }
  const client = request.headers.get(CLIENT_HEADER) ?? "unknown";
  const verdict = limiter.check(client);
  if (verdict.limited) {
    throw new ApiError(429, "too_many_requests", `Too many wrong admin tokens from this address; try again in ${verdict.retryAfterSeconds} s.`, undefined, {
      "retry-after": String(verdict.retryAfterSeconds),
    });
  }
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  // A missing token is not a guess: it stays a plain 401 and is not counted.
  if (!match) throw new ApiError(401, "unauthorized", "Missing admin token: send `Authorization: Bearer <ADMIN_TOKEN>`.");
  if (!timingSafeEqual(digest(match[1]), digest(token))) {
    limiter.fail(client);
    throw new ApiError(401, "unauthorized", "Wrong admin token.");
  }
  limiter.succeed(client);
}
