import { databaseFile } from "@/config/env.mjs";
import { openDatabase } from "./index";

// Idempotent: drizzle records applied migrations in __drizzle_migrations.
const file = databaseFile();
const db = openDatabase(file);
db.$client.close();
console.log(`migrated ${file}`);
