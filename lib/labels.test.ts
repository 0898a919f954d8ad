import { describe, expect, it } from "vitest";
import { BASES, CAPACITY_KINDS, IMPORT_KINDS, IMPORT_OUTCOMES, INCIDENT_CATEGORIES, MATERIAL_GROUPS, NO_SHARE_REASONS, PROJECT_STATUSES, PROJECT_TYPES, PROMOTE_MODES, SOURCE_KINDS } from "./enums";
import { en, ja } from "./i18n/messages";
import { categoryLabel, projectStatusLabel, projectTypeLabel } from "./labels";

const ENUMS = {
  category: INCIDENT_CATEGORIES,
  projectType: PROJECT_TYPES,
  projectStatus: PROJECT_STATUSES,
  capacityKind: CAPACITY_KINDS,
  sourceKind: SOURCE_KINDS,
  importKind: IMPORT_KINDS,
  importOutcome: IMPORT_OUTCOMES,
  promoteMode: PROMOTE_MODES,
  basis: BASES,
  materialGroup: MATERIAL_GROUPS,
  noShareReason: NO_SHARE_REASONS,
} as const;

describe("enum labels (lib/labels.ts, catalogues' enums)", () => {
  it("name every value of every enum in both languages", () => {
    const missing: string[] = [];
    for (const [lang, messages] of Object.entries({ en, ja })) {
      for (const [name, values] of Object.entries(ENUMS)) {
        const labels = (messages.enums as Record<string, Record<string, string>>)[name];
        for (const v of values) if (!labels?.[v]?.trim()) missing.push(`${lang} enums.${name}.${v}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("read the page's language, and show an unknown stored value as it is", () => {
    expect(categoryLabel(en.enums, "export_control")).toBe("Export control");
    expect(categoryLabel(ja.enums, "export_control")).toBe("輸出管理（輸出規制）");
    expect(categoryLabel(ja.enums, "smuggling")).toBe("smuggling");
    expect(projectTypeLabel(ja.enums, "magnet_manufacturing")).toBe("磁石製造");
    expect(projectStatusLabel(ja.enums, null)).toBe("不明");
    expect(projectStatusLabel(en.enums, "operating")).toBe("Operating");
  });
});
