import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../index";
import { readSeed, SEED_DIR, seedDatabase } from "./load";

// The seed's Japanese texts (db/seed/i18n) on a real SQLite file: a fresh store gets them with its
// rows, and a store seeded before they existed gets them on the next run, nothing else changing.

/** The i18n file as shipped, read apart from the loader so expectations are independent of it. */
const i18n = (name: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(SEED_DIR, "i18n", `${name}.csv`), "utf8"), { header: true, skipEmptyLines: "greedy" }).data;

const JA_COLUMNS = {
  materials: ["name_ja", "description_ja"],
  incidents: ["title_ja", "summary_ja", "actor_ja", "target_ja"],
  projects: ["name_ja", "summary_ja"],
} as const;
/** The English column each Japanese one translates (a row without the English text has no Japanese one either). */
const englishOf = (column: string) => column.replace(/_ja$/, "");
type Table = keyof typeof JA_COLUMNS;
const TABLES = Object.keys(JA_COLUMNS) as Table[];

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-seed-ja-"));
  db = openDatabase(path.join(dir, "store.db"));
});

afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sql = (text: string) => db.$client.prepare(text);
const filled = (table: Table, column: string) => (sql(`SELECT count(*) AS n FROM ${table} WHERE ${column} IS NOT NULL`).get() as { n: number }).n;
const rows = (table: Table) => sql(`SELECT * FROM ${table} ORDER BY 1`).all() as Record<string, unknown>[];
/** Every column but the Japanese ones: what the fill must leave alone. */
const english = (table: Table) => rows(table).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !(JA_COLUMNS[table] as readonly string[]).includes(k))));
/** A store as migration 0005 left one seeded before the texts: every Japanese column empty. */
const forgetJapanese = () => {
  for (const t of TABLES) sql(`UPDATE ${t} SET ${JA_COLUMNS[t].map((c) => `${c} = NULL`).join(", ")}`).run();
};

describe("the seed's Japanese texts", () => {
  it("a fresh store has every text of the i18n files (41 materials, 67 incidents, 45 projects)", () => {
    expect(seedDatabase(db)).toMatchObject({ materials: 41, incidents: 67, projects: 45, japaneseTexts: 0 });
    expect(i18n("materials_ja")).toHaveLength(41);
    expect(i18n("incidents_ja")).toHaveLength(67);
    expect(i18n("projects_ja")).toHaveLength(45);
    for (const t of TABLES) for (const c of JA_COLUMNS[t]) expect(filled(t, c), `${t}.${c}`).toBe(rows(t).filter((r) => r[englishOf(c)] !== null).length);
    // Every incident has an actor; 9 have no target (joint statements, Japan's own programmes), and so no Japanese one.
    expect(filled("incidents", "actor_ja")).toBe(67);
    expect(filled("incidents", "target_ja")).toBe(58);
    expect(filled("materials", "description_ja")).toBe(41);
    expect(sql("SELECT name_ja FROM materials WHERE slug = 'permanent-magnets'").get()).toEqual({ name_ja: "永久磁石" });
    expect(sql("SELECT actor, actor_ja, target, target_ja FROM incidents WHERE id = 39").get()).toEqual({
      actor: "China (Consul General Xue Jian)",
      actor_ja: "中国（薛剣駐大阪総領事）",
      target: "Japan (PM Takaichi)",
      target_ja: "日本（高市首相）",
    });
    expect(sql("SELECT description_ja FROM materials WHERE slug = 'cerium'").get()).toEqual({
      description_ja: "軽希土類。貿易データはセリウム化合物（HS2846.10）全体で、酸化セリウムに限らない。",
    });
    expect(sql("SELECT name_ja FROM materials WHERE slug = 'tungsten'").get()).toEqual({ name_ja: "タングステン（未加工）" });
    expect(sql("SELECT title_ja FROM incidents WHERE id = 50").get()).toEqual({ title_ja: "中国、日本の軍事ユーザー向け軍民両用品目の輸出を禁止" });
    expect(sql("SELECT name_ja FROM projects WHERE id = 31").get()).toEqual({ name_ja: "南鳥島レアアース泥の揚泥試験（「ちきゅう」）" });
  });

  it("a store seeded before the texts gets them on the next run, and nothing else changes", () => {
    seedDatabase(db);
    forgetJapanese();
    // An import corrected incident 3's English title and incident 5's actor, and gave project 1 a Japanese name of its own.
    sql("UPDATE incidents SET title = 'Senkaku collision (corrected title)' WHERE id = 3").run();
    sql("UPDATE incidents SET actor = 'Sojitz (corrected actor)' WHERE id = 5").run();
    sql("UPDATE projects SET name_ja = '取込済みの名称' WHERE id = 1").run();
    const before = Object.fromEntries(TABLES.map((t) => [t, english(t)]));

    const second = seedDatabase(db);
    // 41 names and 41 descriptions; 67 + 67 incident texts less incident 3's title, 67 actors less incident 5's,
    // 58 targets; 45 + 45 project texts less project 1's name.
    expect(second).toEqual({ sources: 0, materials: 0, tradeShares: 0, incidents: 0, projects: 0, japaneseTexts: 82 + 133 + 66 + 58 + 89 });
    for (const t of TABLES) expect(english(t), t).toEqual(before[t]);
    // The seed's Japanese title translates the seed's English one, not the correction: it stays empty (the UI falls back, marked).
    expect(sql("SELECT title_ja, summary_ja IS NOT NULL AS summary FROM incidents WHERE id = 3").get()).toEqual({ title_ja: null, summary: 1 });
    expect(sql("SELECT name_ja FROM projects WHERE id = 1").get()).toEqual({ name_ja: "取込済みの名称" });
    expect(filled("incidents", "title_ja")).toBe(66);
    expect(sql("SELECT actor_ja, target_ja FROM incidents WHERE id = 5").get()).toEqual({ actor_ja: null, target_ja: "日本" });
    expect(filled("incidents", "actor_ja")).toBe(66);
    expect(filled("materials", "name_ja")).toBe(41);
    expect(filled("materials", "description_ja")).toBe(41);

    // Idempotent: a third run fills and changes nothing.
    const after = Object.fromEntries(TABLES.map((t) => [t, rows(t)]));
    expect(seedDatabase(db).japaneseTexts).toBe(0);
    for (const t of TABLES) expect(rows(t), t).toEqual(after[t]);
  });

  it("fills in the seed's one transaction: a run that fails leaves the texts empty", () => {
    seedDatabase(db);
    forgetJapanese();
    const data = readSeed();
    // A new project naming a material the store does not have fails inside the transaction, after the fill.
    const bad = { ...data.projects[0], id: 9_999, name: "Synthetic failing project", materials: ["unobtainium"] };
    expect(() => seedDatabase(db, { ...data, projects: [...data.projects, bad] })).toThrow(/FOREIGN KEY constraint failed/);
    for (const t of TABLES) for (const c of JA_COLUMNS[t]) expect(filled(t, c), `${t}.${c}`).toBe(0);
    expect(sql("SELECT count(*) AS n FROM projects WHERE id = 9999").get()).toEqual({ n: 0 });
  });
});

describe("reading the i18n files", () => {
  /** A copy of the seed directory whose i18n file `name` has `text` instead. */
  const seedWith = (name: string, text: string) => {
    const copy = path.join(dir, "seed");
    fs.cpSync(SEED_DIR, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, "i18n", `${name}.csv`), text);
    return copy;
  };

  it("refuses a text for a row the English seed does not have, naming the file and line", () => {
    expect(() => readSeed(seedWith("incidents_ja", "id,title_ja,summary_ja\n1,タイトル,要約\n999,存在しない,要約\n"))).toThrow("incidents_ja.csv line 3: 999 is not in the English seed file.");
    expect(() => readSeed(seedWith("materials_ja", "slug,name_ja\nunobtainium,架空の鉱種\n"))).toThrow("materials_ja.csv line 2: unobtainium is not in the English seed file.");
  });

  it("refuses a row given twice", () => {
    expect(() => readSeed(seedWith("projects_ja", "id,name_ja,summary_ja\n1,名称,要約\n1,別の名称,要約\n"))).toThrow("projects_ja.csv line 3: 1 is given twice.");
  });

  it("trims the texts, reads a blank cell as none, and leaves a row without a Japanese line untranslated", () => {
    const data = readSeed(seedWith("incidents_ja", "id,title_ja,summary_ja\n1,  前後に空白  ,\n"));
    expect(data.incidents.find((e) => e.id === 1)).toMatchObject({ title_ja: "前後に空白", summary_ja: null });
    expect(data.incidents.find((e) => e.id === 2)).toMatchObject({ title_ja: null, summary_ja: null });
  });

  it("reads a file without the actor, target and description columns (written before they existed) as having none", () => {
    const incidents = readSeed(seedWith("incidents_ja", "id,title_ja,summary_ja\n1,題名,要約\n"));
    expect(incidents.incidents.find((e) => e.id === 1)).toMatchObject({ title_ja: "題名", actor_ja: null, target_ja: null });
    const materials = readSeed(seedWith("materials_ja", "slug,name_ja\ncerium,セリウム\n"));
    expect(materials.materials.find((m) => m.slug === "cerium")).toMatchObject({ name_ja: "セリウム", description_ja: null });
  });

  it("trims the actor and target, and reads a blank one as none", () => {
    const data = readSeed(seedWith("incidents_ja", "id,title_ja,summary_ja,actor_ja,target_ja\n1,題名,要約,  中国（商務部）  ,\n"));
    expect(data.incidents.find((e) => e.id === 1)).toMatchObject({ actor_ja: "中国（商務部）", target_ja: null });
  });
});
