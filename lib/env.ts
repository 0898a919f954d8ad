import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/ree-monitor.db"),
  // Imports are disabled when no token is set; a short token would be guessable.
  ADMIN_TOKEN: z.string().min(12).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse({
    DATABASE_PATH: process.env.DATABASE_PATH || undefined,
    ADMIN_TOKEN: process.env.ADMIN_TOKEN || undefined,
    PORT: process.env.PORT || undefined,
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
