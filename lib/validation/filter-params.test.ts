import { describe, expect, it } from "vitest";
import { materialIndex, parseFilterParams } from "./filter-params";

// A material may be written in a URL by its slug, its English name or its Japanese name.
const index = materialIndex([
  { slug: "permanent-magnets", name: "Permanent magnets", nameJa: "永久磁石" },
  { slug: "tungsten", name: "Tungsten (unwrought)", nameJa: "タングステン（未加工）" },
  { slug: "minor-metals", name: "Minor metals group (gallium, germanium, indium …)", nameJa: "マイナーメタル群（ガリウム、ゲルマニウム、インジウム等）" },
  { slug: "gallium", name: "Gallium", nameJa: null },
]);
const materials = (material: string) => parseFilterParams({ material }, index);

describe("materialIndex with Japanese names", () => {
  it("?material=永久磁石 is permanent-magnets", () => {
    expect(materials("永久磁石")).toEqual(expect.objectContaining({ issues: [] }));
    expect(materials("永久磁石").filters.materials).toEqual(["permanent-magnets"]);
  });

  it("reads full-width and ASCII brackets, half-width katakana and spaces alike (NFKC)", () => {
    for (const typed of ["タングステン（未加工）", "タングステン(未加工)", " タングステン ( 未加工 ) ", "ﾀﾝｸﾞｽﾃﾝ(未加工)"]) {
      expect(materials(typed).filters.materials, typed).toEqual(["tungsten"]);
    }
  });

  it("an ideographic comma 「、」 inside a name does not split it; an ASCII comma separates materials", () => {
    expect(materials("マイナーメタル群（ガリウム、ゲルマニウム、インジウム等）").filters.materials).toEqual(["minor-metals"]);
    expect(materials("永久磁石,タングステン（未加工）").filters.materials).toEqual(["permanent-magnets", "tungsten"]);
  });

  it("a material without a Japanese name keeps its slug and English name; an unknown Japanese name is reported", () => {
    expect(materials("Gallium").filters.materials).toEqual(["gallium"]);
    expect(materials("Permanent magnets").filters.materials).toEqual(["permanent-magnets"]);
    const unknown = materials("架空の鉱種");
    expect(unknown.filters.materials).toEqual(["rare-earths"]);
    expect(unknown.issues).toEqual([{ param: "material", value: "架空の鉱種", message: "not a material slug", code: "not_slug" }]);
  });
});
