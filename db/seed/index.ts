import { databaseFile } from "@/config/env.mjs";
import { openDatabase } from "../index";
import { seedDatabase } from "./load";

const file = databaseFile();
const db = openDatabase(file);
try {
  const inserted = seedDatabase(db);
  const total = Object.values(inserted).reduce((a, b) => a + b, 0);
  console.log(total ? `seeded ${file}: ${JSON.stringify(inserted)}` : `seed already present in ${file}; nothing changed`);
} finally {
  db.$client.close();
}
