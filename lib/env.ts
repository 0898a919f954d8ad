import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/ree-monitor.db"),
  // Imports are disabled when no token is set; a short token would be guessable.
  ADMIN_TOKEN: z.string().min(12).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Test hooks, off unless REE_ENABLE_TEST_HOOKS=1 (see importSlowMs).
  REE_ENABLE_TEST_HOOKS: z.string().optional(),
  REE_IMPORT_SLOW_MS: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse({
    DATABASE_PATH: process.env.DATABASE_PATH || undefined,
    ADMIN_TOKEN: process.env.ADMIN_TOKEN || undefined,
    PORT: process.env.PORT || undefined,
    REE_ENABLE_TEST_HOOKS: process.env.REE_ENABLE_TEST_HOOKS || undefined,
    REE_IMPORT_SLOW_MS: process.env.REE_IMPORT_SLOW_MS || undefined,
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  return parsed.data;
}

export const env = readEnv();

export function databaseFile(): string {
  // The database path is configuration, not a project file: keep it out of output tracing.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATABASE_PATH);
}

/**
 * Test hook for the import crash-safety test: with REE_ENABLE_TEST_HOOKS=1, an import sleeps
 * REE_IMPORT_SLOW_MS milliseconds between row writes inside its transaction, so a test can kill
 * the server mid-import and check that nothing was committed. 0 (off) otherwise, or when the
 * value is not a whole number of milliseconds up to a minute.
 */
export function importSlowMs(e: Pick<Env, "REE_ENABLE_TEST_HOOKS" | "REE_IMPORT_SLOW_MS"> = env): number {
  if (e.REE_ENABLE_TEST_HOOKS !== "1" || !e.REE_IMPORT_SLOW_MS) return 0;
  const ms = Number(e.REE_IMPORT_SLOW_MS);
  return Number.isInteger(ms) && ms > 0 && ms <= 60_000 ? ms : 0;
}
