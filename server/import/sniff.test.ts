import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/index";
import { fixture, freshDb, REAL_GRAPHITE } from "@/test/import-db";
import { runImport, type ImportKind } from "./index";

// A file sent as the wrong kind is told what it looks like (the layout detection of each kind),
// instead of hearing about every column it has and lacks.

let db: Db;
let close: () => void;
beforeAll(() => ({ db, close } = freshDb()));
afterAll(() => close());

const errors = async (kind: ImportKind, file: Uint8Array) =>
  (await runImport(db, { kind, fileName: "f.csv", bytes: file, actor: "test", dryRun: true })).errors;
const one = (message: string) => [{ line: 1, column: null, message }];
const GRAPHITE = new Uint8Array(fs.readFileSync(REAL_GRAPHITE));

describe("a file sent as the wrong kind", () => {
  it("a UN Comtrade file sent as incidents, projects, trade_shares or mof", async () => {
    for (const [kind, what] of [
      ["incidents", "this tool's incidents CSV"],
      ["projects", "this tool's projects CSV"],
      ["trade_shares", "this tool's trade-shares CSV"],
      ["mof", "a Japan Customs file"],
    ] as const) {
      expect(await errors(kind, GRAPHITE), kind).toEqual(one(`This looks like a UN Comtrade file (layout comtrade-plus-csv-47), not ${what}; choose kind=comtrade.`));
    }
    expect(await errors("incidents", fixture("synthetic-comtrade-legacy-22.csv"))).toEqual(
      one("This looks like a UN Comtrade file (layout comtrade-legacy-22), not this tool's incidents CSV; choose kind=comtrade."),
    );
  });

  it("the product's incidents CSV sent as comtrade, and other mix-ups", async () => {
    expect(await errors("comtrade", fixture("synthetic-incidents-seed-headers.csv"))).toEqual(
      one("This looks like this tool's incidents CSV (layout incidents-csv), not a UN Comtrade file; choose kind=incidents."),
    );
    expect(await errors("projects", fixture("synthetic-incidents-seed-headers.csv"))).toEqual(
      one("This looks like this tool's incidents CSV (layout incidents-csv), not this tool's projects CSV; choose kind=incidents."),
    );
    expect(await errors("comtrade", fixture("synthetic-mof-2023-bom.csv"))).toEqual(one("This looks like a Japan Customs file (layout mof-csv), not a UN Comtrade file; choose kind=mof."));
    expect(await errors("incidents", fixture("synthetic-projects-export-headers.csv"))).toEqual(
      one("This looks like this tool's projects CSV (layout projects-csv), not this tool's incidents CSV; choose kind=projects."),
    );
  });

  it("a Comtrade file short of a column is still recognised (closest layout)", async () => {
    const [header, ...rest] = fs.readFileSync(REAL_GRAPHITE, "utf8").split("\n");
    const drop = (line: string) => line.split(",").slice(0, -1).join(",");
    const file = new TextEncoder().encode([drop(header), ...rest.filter(Boolean).map(drop)].join("\n"));
    expect(await errors("incidents", file)).toEqual(one("This looks like a UN Comtrade file (closest layout comtrade-plus-csv-47), not this tool's incidents CSV; choose kind=comtrade."));
    // As comtrade, it hears what its own kind lacks.
    expect((await errors("comtrade", file))[0].message).toMatch(/Closest: comtrade-plus-csv-47, missing isAggregate\.$/);
  });

  it("a header like no kind keeps its kind's own report", async () => {
    expect(await errors("incidents", new TextEncoder().encode("colour,size\nred,2\n"))).toEqual([
      { line: 1, column: "colour", message: "Unknown column for incidents." },
      { line: 1, column: "size", message: "Unknown column for incidents." },
      ...["date", "datePrecision", "title", "category", "actor", "target", "severity", "materials", "summary", "sourceId", "duplicateOf"].map((name) => ({
        line: 1,
        column: name,
        message: expect.stringMatching(new RegExp(`^Missing column "${name}"`)),
      })),
    ]);
  });
});
