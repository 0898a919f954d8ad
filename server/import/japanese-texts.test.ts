import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { toCsv, type CsvValue } from "@/lib/csv";
import { MAX_IMPORT_CELL_CHARS } from "@/lib/limits";
import { PROJECT_CSV_COLUMNS } from "@/lib/resources/csv";
import { bytes, freshDb } from "@/test/import-db";
import { runImport, type ImportKind } from "./index";

// The Japanese columns of the incidents and projects CSV kinds: optional, by the seed's names
// (title_ja) or the export's (titleJa), trimmed, blank = none; a file without them keeps the
// stored Japanese texts.

let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = freshDb()));
afterEach(() => close());

const run = (kind: ImportKind, text: string) => runImport(db, { kind, fileName: `${kind}.csv`, bytes: bytes(text), actor: "test", dryRun: false });
const incident = (id: number) => db.$client.prepare("SELECT title, severity, title_ja, summary_ja FROM incidents WHERE id = ?").get(id);
const project = (id: number) => db.$client.prepare("SELECT name, name_ja, summary_ja FROM projects WHERE id = ?").get(id);

const OLD_HEAD = "id,date,date_precision,title,category,actor,target,severity,materials,summary,source_id,duplicate_of";
const JA_HEAD = `${OLD_HEAD},title_ja,summary_ja`;
const synthetic = (title: string, severity: number) => `900,2026-02-03,day,${title},export_control,China (MOFCOM),Japan,${severity},rare-earths,Synthetic row for the importer tests; not a real event.,4,`;

describe("incidents: title_ja and summary_ja", () => {
  it("stores them trimmed, a blank one as none, and matches the row again on re-import", async () => {
    const file = `${JA_HEAD}\n${synthetic("Synthetic: Japanese columns", 3)},  合成：輸出管理の事案  ,\n`;
    expect(await run("incidents", file)).toMatchObject({ outcome: "accepted", layout: "incidents-csv", inserted: 1, warnings: [] });
    expect(incident(900)).toEqual({ title: "Synthetic: Japanese columns", severity: 3, title_ja: "合成：輸出管理の事案", summary_ja: null });
    expect(await run("incidents", file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("a file without the columns keeps the stored Japanese texts, and warns when it changes the English they translate", async () => {
    await run("incidents", `${JA_HEAD}\n${synthetic("Synthetic: kept texts", 3)},合成：題名,合成：要約\n`);

    const severity = await run("incidents", `${OLD_HEAD}\n${synthetic("Synthetic: kept texts", 4)}\n`);
    expect(severity).toMatchObject({ updated: 1, warnings: [] });
    expect(incident(900)).toEqual({ title: "Synthetic: kept texts", severity: 4, title_ja: "合成：題名", summary_ja: "合成：要約" });

    const retitled = await run("incidents", `${OLD_HEAD}\n${synthetic("Synthetic: a corrected title", 4)}\n`);
    expect(retitled).toMatchObject({ updated: 1 });
    expect(retitled.warnings).toEqual([
      "The English text changed on line 2, and the file has no Japanese column (title_ja) for it: the stored Japanese text was kept and may no longer match. Import the Japanese columns to replace or clear it.",
    ]);
    expect(incident(900)).toMatchObject({ title: "Synthetic: a corrected title", title_ja: "合成：題名" });
  });

  it("the export's names (titleJa, summaryJa) are read too, and a blank cell clears a stored text", async () => {
    await run("incidents", `${JA_HEAD}\n${synthetic("Synthetic: cleared", 2)},合成：題名,合成：要約\n`);
    const head = "id,date,datePrecision,title,titleJa,category,actor,target,severity,materials,summary,summaryJa,sourceId,duplicateOf";
    const s = await run("incidents", `${head}\n900,2026-02-03,day,Synthetic: cleared,,export_control,China (MOFCOM),Japan,2,rare-earths,Synthetic row for the importer tests; not a real event.,合成：新しい要約,4,\n`);
    expect(s).toMatchObject({ updated: 1, warnings: [] });
    expect(incident(900)).toMatchObject({ title_ja: null, summary_ja: "合成：新しい要約" });
  });

  it("refuses a Japanese text longer than the cell limit, naming its line and column, and writes nothing", async () => {
    const long = "長".repeat(MAX_IMPORT_CELL_CHARS + 1);
    const s = await run("incidents", `${JA_HEAD}\n${synthetic("Synthetic: too long", 3)},${long},\n`);
    expect(s.outcome).toBe("rejected");
    expect(s.errors).toEqual([{ line: 2, column: "title_ja", message: expect.stringMatching(/^A cell is longer than 10,000 characters, the limit per cell/) }]);
    expect(incident(900)).toBeUndefined();
  });

  it("a seeded incident keeps its Japanese texts through an import of an export made before the columns existed", async () => {
    const before = incident(50) as { title_ja: string };
    expect(before.title_ja).toBe("中国、日本の軍事ユーザー向け軍民両用品目の輸出を禁止");
    const row = db.$client.prepare("SELECT id, date, date_precision, title, category, actor, target, severity, summary, source_id FROM incidents WHERE id = 50").get() as Record<string, CsvValue>;
    const materials = (db.$client.prepare("SELECT material FROM incident_materials WHERE incident_id = 50 ORDER BY material").all() as { material: string }[]).map((m) => m.material).join(";");
    const csv = toCsv<Record<string, CsvValue>>(OLD_HEAD.split(","), [{ ...row, severity: 4, materials, duplicate_of: null }]);
    expect(await run("incidents", csv)).toMatchObject({ updated: 1, warnings: [] });
    expect(incident(50)).toEqual({ ...before, severity: 4 });
  });
});

describe("incidents: actor_ja and target_ja", () => {
  const actorTarget = (id: number) => db.$client.prepare("SELECT actor, actor_ja, target, target_ja FROM incidents WHERE id = ?").get(id);
  const HEAD = `${OLD_HEAD},actor_ja,target_ja`;

  it("stores them trimmed, a blank one as none, and matches the row again on re-import", async () => {
    const file = `${HEAD}\n${synthetic("Synthetic: actor and target", 3)},  中国（商務部）  ,\n`;
    expect(await run("incidents", file)).toMatchObject({ outcome: "accepted", inserted: 1, warnings: [] });
    expect(actorTarget(900)).toEqual({ actor: "China (MOFCOM)", actor_ja: "中国（商務部）", target: "Japan", target_ja: null });
    expect(await run("incidents", file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("reads the export's names (actorJa, targetJa) from the API's column order", async () => {
    const head = "id,date,datePrecision,title,titleJa,category,actor,actorJa,target,targetJa,severity,materials,summary,summaryJa,sourceId,duplicateOf";
    const line = "900,2026-02-03,day,Synthetic: exported,合成：題名,export_control,China (MOFCOM),中国（商務部）,Japan,日本,2,rare-earths,Synthetic row for the importer tests; not a real event.,,4,";
    expect(await run("incidents", `${head}\n${line}\n`)).toMatchObject({ outcome: "accepted", inserted: 1 });
    expect(actorTarget(900)).toEqual({ actor: "China (MOFCOM)", actor_ja: "中国（商務部）", target: "Japan", target_ja: "日本" });
  });

  it("a file without the columns keeps them, and warns naming actor_ja when the English actor changed", async () => {
    await run("incidents", `${HEAD}\n${synthetic("Synthetic: kept actor", 3)},中国（商務部）,日本\n`);
    const moved = (await run("incidents", `${OLD_HEAD}\n${synthetic("Synthetic: kept actor", 3).replace("China (MOFCOM)", "China (GAC)")}\n`));
    expect(moved).toMatchObject({ updated: 1 });
    expect(moved.warnings).toEqual([expect.stringContaining("no Japanese column (actor_ja) for it")]);
    expect(actorTarget(900)).toEqual({ actor: "China (GAC)", actor_ja: "中国（商務部）", target: "Japan", target_ja: "日本" });
  });

  it("a seeded incident keeps its Japanese actor and target through an import of an export made before the columns existed", async () => {
    const before = actorTarget(39);
    expect(before).toEqual({ actor: "China (Consul General Xue Jian)", actor_ja: "中国（薛剣駐大阪総領事）", target: "Japan (PM Takaichi)", target_ja: "日本（高市首相）" });
    const row = db.$client.prepare("SELECT id, date, date_precision, title, category, actor, target, severity, summary, source_id FROM incidents WHERE id = 39").get() as Record<string, CsvValue>;
    const materials = (db.$client.prepare("SELECT material FROM incident_materials WHERE incident_id = 39 ORDER BY material").all() as { material: string }[]).map((m) => m.material).join(";");
    const csv = toCsv<Record<string, CsvValue>>(OLD_HEAD.split(","), [{ ...row, severity: 2, materials, duplicate_of: null }]);
    expect(await run("incidents", csv)).toMatchObject({ updated: 1, warnings: [] });
    expect(actorTarget(39)).toEqual(before);
  });
});

describe("projects: name_ja and summary_ja", () => {
  const base = {
    id: 900, name: "Synthetic Japanese-columns refinery", countries: "JPN", partners: null, type: "recycling", status: "planned", materials: "rare-earths",
    investmentUsd: null, capacityTonnesPerYear: null, startYear: 2027, summary: "Synthetic row.", sourceId: 4, duplicateOf: null,
    japaneseParticipation: true, capacityKind: null, expansionOf: null,
  };

  it("reads the export's columns (nameJa, summaryJa) and keeps them when a later file has none", async () => {
    const exported = toCsv(PROJECT_CSV_COLUMNS, [{ ...base, nameJa: " 合成リサイクル工場 ", summaryJa: "合成の行。" }]);
    expect(await run("projects", exported)).toMatchObject({ outcome: "accepted", layout: "projects-csv", inserted: 1 });
    expect(project(900)).toEqual({ name: base.name, name_ja: "合成リサイクル工場", summary_ja: "合成の行。" });

    const withoutJapanese = toCsv(PROJECT_CSV_COLUMNS.filter((c) => c !== "nameJa" && c !== "summaryJa"), [{ ...base, summary: "Synthetic row, corrected." }]);
    const s = await run("projects", withoutJapanese);
    expect(s).toMatchObject({ updated: 1 });
    expect(s.warnings).toEqual([expect.stringContaining("no Japanese column (summary_ja)")]);
    expect(project(900)).toEqual({ name: base.name, name_ja: "合成リサイクル工場", summary_ja: "合成の行。" });
  });

  it("reads the seed's names (name_ja, summary_ja)", async () => {
    const head = "id,name,country,partners,type,status,materials,investment_usd,capacity_tonnes_per_year,start_year,summary,source_id,duplicate_of,name_ja,summary_ja";
    const s = await run("projects", `${head}\n901,Synthetic seed-named project,JPN,,stockpile,operating,,,,,Synthetic.,4,,合成の備蓄,\n`);
    expect(s).toMatchObject({ outcome: "accepted", inserted: 1 });
    expect(project(901)).toEqual({ name: "Synthetic seed-named project", name_ja: "合成の備蓄", summary_ja: null });
  });
});
