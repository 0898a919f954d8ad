import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n/messages";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";
import { countsPerYear, foldDuplicates, incidentCountText, incidentsByYear, usedCategories } from "./incidents-shape";
import { incidentCsvRow } from "./resources/csv";
import type { IncidentDto } from "./types";

const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "incidents" }) as unknown as Translator<"incidents">;
const en = tr("en");
const ja = tr("ja");

const incident = (id: number, date: string, category: string, extra: Partial<IncidentDto> = {}): IncidentDto => ({
  id,
  date,
  datePrecision: "day",
  title: `i${id}`,
  titleJa: null,
  summaryJa: null,
  category,
  actor: null,
  target: null,
  actorJa: null,
  targetJa: null,
  severity: 3,
  materials: [],
  summary: "",
  sourceId: id * 10,
  duplicateOf: null,
  ...extra,
});

const incidents = [
  incident(1, "2010-09-07", "export_control"),
  incident(2, "2010-09-21", "diplomatic"),
  incident(3, "2010-09-22", "diplomatic", { duplicateOf: 2 }),
  incident(4, "2012-01-05", "export_control", { materials: ["dy", "nd"] }),
];

describe("incidents shaping", () => {
  it("lists the categories in use in the enum's order", () => {
    expect(usedCategories([{ category: "diplomatic" }, { category: "export_control" }, { category: "diplomatic" }])).toEqual(["export_control", "diplomatic"]);
  });

  it("folds second records into their primary", () => {
    const { primary, duplicatesOf } = foldDuplicates(incidents);
    expect(primary.map((i) => i.id)).toEqual([1, 2, 4]);
    expect(duplicatesOf.get(2)?.map((i) => i.id)).toEqual([3]);
    expect(duplicatesOf.has(1)).toBe(false);
  });

  it("groups by year and counts per year and category, empty years included", () => {
    expect(incidentsByYear(incidents).map(([y, list]) => [y, list.length])).toEqual([
      [2010, 3],
      [2012, 1],
    ]);
    expect(countsPerYear(incidents, 2010, 2012, ["export_control", "diplomatic"])).toEqual([
      { year: 2010, export_control: 1, diplomatic: 2 },
      { year: 2011, export_control: 0, diplomatic: 0 },
      { year: 2012, export_control: 1, diplomatic: 0 },
    ]);
  });

  it("writes the CSV rows and the count line", () => {
    // The chart's CSV is the API's (one definition, lib/resources/csv), which the importer reads back.
    expect(incidentCsvRow(incidents[3])).toMatchObject({ id: 4, materials: "dy;nd" });
    expect(incidentCountText(en, 3, 4, ["Rare earths"], 1)).toBe("3 incidents touching Rare earths or all materials; 1 second record of the same events folded in.");
    expect(incidentCountText(en, 1, 1, ["Dysprosium", "Neodymium"], 4)).toBe("1 incident touching Dysprosium, Neodymium or all materials, severity 4 or above.");
    expect(incidentCountText(en, 9, 9, null, 4)).toBe("9 incidents across all materials, severity 4 or above.");
  });

  it("writes the count line in Japanese", () => {
    expect(incidentCountText(ja, 3, 4, ["レアアース（希土類）全体"], 1)).toBe("レアアース（希土類）全体に関わる事案（鉱種を特定しないものを含む）：3件。同一事案の別記録1件は統合して表示。");
    expect(incidentCountText(ja, 1, 1, ["ジスプロシウム", "ネオジム"], 4)).toBe("ジスプロシウム、ネオジムに関わる事案（鉱種を特定しないものを含む）：1件（深刻度4以上）。");
    expect(incidentCountText(ja, 9, 9, null, 4)).toBe("全鉱種の事案：9件（深刻度4以上）。");
  });
});
