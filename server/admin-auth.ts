import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "./api-error";
import { env } from "@/config/env.mjs";

export const importsEnabled = () => env.ADMIN_TOKEN !== undefined;

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * Checks `Authorization: Bearer <ADMIN_TOKEN>`. Both sides are hashed first, so the comparison is
 * constant-time whatever the lengths. Disabled (no token configured) is 403; missing or wrong is 401.
 */
export function requireAdmin(request: Request): void {
  const token = env.ADMIN_TOKEN;
  if (!token) {
    throw new ApiError(403, "disabled", "Imports are disabled: set ADMIN_TOKEN (12 characters or more) in the server's environment and restart it.");
  }
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) throw new ApiError(401, "unauthorized", "Missing admin token: send `Authorization: Bearer <ADMIN_TOKEN>`.");
  if (!timingSafeEqual(digest(match[1]), digest(token))) throw new ApiError(401, "unauthorized", "Wrong admin token.");
}
