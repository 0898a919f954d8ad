import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allDataZip, allTradeSharesCsv, getAllData } from "./all-data";

const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" }).data;

describe("all data", () => {
  it("the CSV holds every trade share of every material, with its source spelled out", () => {
    const rows = parse(allTradeSharesCsv());
    // The seed's 87 hand-written observations and the 14,900 derived official rows (every importer).
    expect(rows).toHaveLength(14987);
    expect(rows.filter((r) => r.importer !== "JPN").length).toBeGreaterThan(10000);
    const handWritten = rows.filter((r) => Number(r.id) < 100000);
    const perMaterial = Object.fromEntries([...new Set(handWritten.map((r) => r.material))].sort().map((m) => [m, handWritten.filter((r) => r.material === m).length]));
    expect(perMaterial).toEqual({
      antimony: 4, cerium: 1, gallium: 2, germanium: 2, graphite: 2, "heavy-rare-earths": 3, "permanent-magnets": 5, "rare-earth-metals": 2, "rare-earths": 64, yttrium: 2,
    });
    for (const r of rows) expect(r.sourceTitle, `row ${r.id}`).not.toBe("");
    const y2010 = rows.find((r) => r.material === "rare-earths" && r.year === "2010" && r.headline === "1" && r.partner === "CHN");
    expect(y2010).toMatchObject({ sharePct: "81.61", sourceId: "8", sourceTitle: "レアアースの中国依存→脱却" });
  });

  it("the ZIP opens in unzip, with a README and every table", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-zip-"));
    const file = path.join(dir, "all.zip");
    fs.writeFileSync(file, allDataZip());
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).toContain("No errors detected");
    const list = execFileSync("unzip", ["-Z1", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).trim().split("\n");
    expect(list).toEqual(["README.md", "trade_shares.csv", "incidents.csv", "projects.csv", "sources.csv", "materials.csv"]);
    const read = (name: string) => parse(execFileSync("unzip", ["-p", file, name], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
    expect(read("trade_shares.csv")).toHaveLength(14987);
    expect(read("incidents.csv")).toHaveLength(67);
    expect(read("projects.csv")).toHaveLength(45);
    expect(read("sources.csv")).toHaveLength(140);
    expect(read("projects.csv").find((p) => p.id === "26")).toMatchObject({ japaneseParticipation: "0", capacityKind: "offtake" });
    // The Japanese texts, each beside the English one (English column names).
    expect(read("incidents.csv").find((e) => e.id === "4")).toMatchObject({ title: "China halts rare earth shipments to Japan", titleJa: "中国、日本向けレアアースの輸出を停止" });
    expect(read("projects.csv").find((p) => p.id === "36")).toMatchObject({ nameJa: "日立製作所のレアアース磁石リサイクル" });
    expect(read("materials.csv").find((m) => m.slug === "permanent-magnets")).toMatchObject({ name: "Permanent magnets", nameJa: "永久磁石" });
    expect(execFileSync("unzip", ["-p", file, "README.md"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).toContain("## trade_shares.csv");
    // The same data gives the same bytes.
    expect(allDataZip().equals(fs.readFileSync(file))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers 400 with a message for a bad format or parameter", async () => {
    const res = await getAllData(new Request("http://x/api/v1/all-data?format=xls"));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad_request", message: "Invalid query parameter: format=“xls”: must be csv or zip." } });
    expect((await getAllData(new Request("http://x/api/v1/all-data?x=1"))).status).toBe(400);
    const zipRes = await getAllData(new Request("http://x/api/v1/all-data?format=zip"));
    expect(zipRes.headers.get("content-type")).toBe("application/zip");
  });
});
