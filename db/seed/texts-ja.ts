// The seed's Japanese texts (db/seed/i18n/*_ja.csv): read beside the English files, merged into
// their rows, and written into a store that was seeded before they existed.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { incidentJaRow, materialJaRow, projectJaRow } from "../csv-schemas";

export const I18N_DIR = "i18n";

type Rows<T extends z.ZodType> = z.infer<T>[];
type Reader = <T extends z.ZodType>(dir: string, name: string, schema: T) => Rows<T>;

/** Each Japanese row by the key of the English row it translates; a key the English file lacks, or one given twice, is an error. */
function byKey<R, K extends string | number>(file: string, rows: R[], key: (r: R) => K, known: ReadonlySet<K>): Map<K, R> {
  const map = new Map<K, R>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (!known.has(k)) throw new Error(`${file} line ${i + 2}: ${k} is not in the English seed file.`);
    if (map.has(k)) throw new Error(`${file} line ${i + 2}: ${k} is given twice.`);
    map.set(k, r);
  });
  return map;
}

interface English {
  materials: { slug: string; name_ja: string | null; description_ja: string | null }[];
  incidents: { id: number; title_ja: string | null; summary_ja: string | null; actor_ja: string | null; target_ja: string | null }[];
  projects: { id: number; name_ja: string | null; summary_ja: string | null }[];
}

/**
 * The English seed rows with their Japanese texts from `dir/i18n` (a missing file: none). A text
 * in the English file itself (an imported CSV used as a seed) is kept where the i18n file has none.
 */
export function withJapaneseTexts<E extends English>(dir: string, english: E, read: Reader): E {
  const i18n = path.join(dir, I18N_DIR);
  const load = <T extends z.ZodType>(name: string, schema: T): Rows<T> => (fs.existsSync(path.join(i18n, `${name}.csv`)) ? read(i18n, name, schema) : []);
  const materials = byKey("materials_ja.csv", load("materials_ja", materialJaRow), (r) => r.slug, new Set(english.materials.map((m) => m.slug)));
  const incidents = byKey("incidents_ja.csv", load("incidents_ja", incidentJaRow), (r) => r.id, new Set(english.incidents.map((e) => e.id)));
  const projects = byKey("projects_ja.csv", load("projects_ja", projectJaRow), (r) => r.id, new Set(english.projects.map((p) => p.id)));
  return {
    ...english,
    materials: english.materials.map((m) => {
      const ja = materials.get(m.slug);
      return { ...m, name_ja: ja?.name_ja ?? m.name_ja, description_ja: ja?.description_ja ?? m.description_ja };
    }),
    incidents: english.incidents.map((e) => {
      const ja = incidents.get(e.id);
      return {
        ...e,
        title_ja: ja?.title_ja ?? e.title_ja,
        summary_ja: ja?.summary_ja ?? e.summary_ja,
        actor_ja: ja?.actor_ja ?? e.actor_ja,
        target_ja: ja?.target_ja ?? e.target_ja,
      };
    }),
    projects: english.projects.map((p) => {
      const ja = projects.get(p.id);
      return { ...p, name_ja: ja?.name_ja ?? p.name_ja, summary_ja: ja?.summary_ja ?? p.summary_ja };
    }),
  };
}

interface Texts {
  materials: { slug: string; name: string; description: string; name_ja: string | null; description_ja: string | null }[];
  incidents: {
    id: number;
    title: string;
    summary: string;
    actor: string | null;
    target: string | null;
    title_ja: string | null;
    summary_ja: string | null;
    actor_ja: string | null;
    target_ja: string | null;
  }[];
  projects: { id: number; name: string; summary: string; name_ja: string | null; summary_ja: string | null }[];
}

/** The statements that fill one Japanese column: only where it is empty and the English text is still the seed's. */
const FILLS = [
  { table: "materials", key: "slug", english: "name", japanese: "name_ja" },
  { table: "materials", key: "slug", english: "description", japanese: "description_ja" },
  { table: "incidents", key: "id", english: "title", japanese: "title_ja" },
  { table: "incidents", key: "id", english: "summary", japanese: "summary_ja" },
  { table: "incidents", key: "id", english: "actor", japanese: "actor_ja" },
  { table: "incidents", key: "id", english: "target", japanese: "target_ja" },
  { table: "projects", key: "id", english: "name", japanese: "name_ja" },
  { table: "projects", key: "id", english: "summary", japanese: "summary_ja" },
] as const;

interface Client {
  prepare(sql: string): { run(...params: unknown[]): { changes: number } };
}

/**
 * Writes the seed's Japanese texts into rows the store already has (a store seeded before they
 * existed has them null). A Japanese cell that holds a text (an import's) is kept, and so is an
 * empty one whose English text an import changed: the seed's Japanese translates the seed's
 * English, not the correction. Nothing else is touched. Run inside the seed's transaction; a
 * second run fills nothing. Returns the number of cells filled.
 */
export function fillJapaneseTexts(client: Client, data: Texts): number {
  let filled = 0;
  for (const f of FILLS) {
    const statement = client.prepare(`UPDATE ${f.table} SET ${f.japanese} = ? WHERE ${f.key} = ? AND ${f.japanese} IS NULL AND ${f.english} = ?`);
    const rows = data[f.table] as readonly Record<string, string | number | null>[];
    for (const r of rows) {
      const text = r[f.japanese];
      if (text !== null) filled += statement.run(text, r[f.key], r[f.english]).changes;
    }
  }
  return filled;
}
