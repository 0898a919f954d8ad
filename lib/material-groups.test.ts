import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import en from "./i18n/messages/en/enums.json";
import ja from "./i18n/messages/ja/enums.json";
import { groupMaterialOptions } from "./material-groups";

const labels = en.materialOptionGroup;

// The seeded materials, as the selector receives them (store order).
const seeded = Papa.parse<{ slug: string; name: string; group: string }>(readFileSync("db/seed/materials.csv", "utf8"), { header: true, skipEmptyLines: true }).data;

describe("groupMaterialOptions", () => {
  it("groups the 41 seeded materials: rare earths, magnets, then the other minerals by name", () => {
    const groups = groupMaterialOptions(seeded, { labels });
    expect(groups.map((g) => [g.label, g.materials.length])).toEqual([
      ["Rare earths", 8],
      ["Magnets", 1],
      ["Other critical minerals", 32],
    ]);
    expect(groups[0].materials.map((m) => m.slug).slice(0, 4)).toEqual(["rare-earths", "rare-earth-metals", "rare-earth-compounds", "cerium"]);
    expect(groups[1].materials[0].slug).toBe("permanent-magnets");
    const others = groups[2].materials.map((m) => m.name);
    expect(others[0]).toBe("Antimony");
    expect(others).toEqual([...others].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("keeps a material without a known group, last and unlabelled", () => {
    const groups = groupMaterialOptions([{ slug: "z", name: "Z" }, { slug: "m", name: "Magnets", group: "magnets" }], { labels });
    expect(groups).toEqual([
      { label: "Magnets", materials: [{ slug: "m", name: "Magnets", group: "magnets" }] },
      { label: "", materials: [{ slug: "z", name: "Z" }] },
    ]);
  });

  it("labels the groups in Japanese and sorts the other minerals by the names shown, in Japanese order", () => {
    const names: Record<string, string> = { antimony: "アンチモン", gallium: "ガリウム", indium: "インジウム" };
    const materials = ["gallium", "antimony", "indium"].map((slug) => ({ slug, name: slug, group: "other_critical" }));
    const groups = groupMaterialOptions(materials, { labels: ja.materialOptionGroup, name: (m) => names[m.slug], locale: "ja" });
    expect(groups.map((g) => g.label)).toEqual(["その他の重要鉱物"]);
    expect(groups[0].materials.map((m) => names[m.slug])).toEqual(["アンチモン", "インジウム", "ガリウム"]);
  });
});
