import { defineConfig } from "drizzle-kit";
import { env } from "./config/env.mjs";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./drizzle",
  dbCredentials: { url: env.DATABASE_PATH },
});
