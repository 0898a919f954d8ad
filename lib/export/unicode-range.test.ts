import { describe, expect, it } from "vitest";
import { codePoints, facesForText, inRanges, parseUnicodeRange, parseWeight, type FaceInfo } from "./unicode-range";

describe("parseUnicodeRange", () => {
  it("reads single points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+0-FF, U+131,u+4??")).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it("skips garbage", () => {
    expect(parseUnicodeRange("U+zz, , U+30-")).toEqual([]);
  });
});

describe("facesForText", () => {
  type Face = FaceInfo & { name: string };
  const inter: Face = { name: "inter", family: "inter", weight: [100, 900], ranges: null };
  const jpLatin: Face = { name: "jp-latin-400", family: "Noto Sans JP", weight: [400, 400], ranges: parseUnicodeRange("U+0-FF") };
  const jpKana400: Face = { name: "jp-kana-400", family: "Noto Sans JP", weight: [400, 400], ranges: parseUnicodeRange("U+3040-30FF") };
  const jpKanji400: Face = { name: "jp-kanji-400", family: "Noto Sans JP", weight: [400, 400], ranges: parseUnicodeRange("U+4E00-4FFF") };
  const jpOther400: Face = { name: "jp-other-400", family: "Noto Sans JP", weight: [400, 400], ranges: parseUnicodeRange("U+9000-9FFF") };
  const jpKana600: Face = { name: "jp-kana-600", family: "Noto Sans JP", weight: [600, 600], ranges: parseUnicodeRange("U+3040-30FF") };
  const faces = [inter, jpLatin, jpKana400, jpKanji400, jpOther400, jpKana600];
  const families = ["inter", "Noto Sans JP", "sans-serif"];

  it("takes Latin from the first family and Japanese from the subsets that cover it", () => {
    const picked = facesForText(faces, families, [{ text: "Rare earths レアアース 中", weight: 400 }]);
    expect(picked.map((f) => f.name)).toEqual(["inter", "jp-kana-400", "jp-kanji-400"]);
  });

  it("needs no Japanese subset for Latin-only text", () => {
    expect(facesForText(faces, families, [{ text: "China's share, 2008–2026", weight: 700 }]).map((f) => f.name)).toEqual(["inter"]);
  });

  it("matches the weight: bold Japanese uses the 600 faces", () => {
    expect(facesForText(faces, families, [{ text: "アース", weight: 700 }]).map((f) => f.name)).toEqual(["jp-kana-600"]);
  });
});

describe("helpers", () => {
  it("parses weights and code points", () => {
    expect(parseWeight("100 900")).toEqual([100, 900]);
    expect(parseWeight("bold")).toEqual([700, 700]);
    expect([...codePoints("a a\u3042")]).toEqual([0x61, 0x3042]);
    expect(inRanges(0x3042, parseUnicodeRange("U+3040-309F"))).toBe(true);
  });
});
