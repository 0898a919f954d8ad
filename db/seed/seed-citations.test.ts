import { describe, expect, it } from "vitest";
import { getSourcesByIds } from "@/db/queries/sources";

// Seed-article citations name the article and its outlet; the file a seed came from is ours, not the reader's.
describe("seed-article sources", () => {
  const sources = getSourcesByIds({ ids: [1, 2, 3, 4, 5] });

  it("never show a seed file name", () => {
    expect(sources).toHaveLength(5);
    for (const s of sources) {
      expect(s.kind).toBe("seed_article");
      expect(`${s.title} ${s.locator ?? ""}`).not.toMatch(/seed file|\.txt|seed article \d/);
    }
  });

  it("give the outlet where it is known, and say so where it is not", () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get(4)).toMatchObject({ title: "China's Rare Earth Campaign Against Japan", publisher: "CSIS" });
    expect(byId.get(5)).toMatchObject({ publisher: "Asia Times" });
    expect(byId.get(2)?.title).toBe("China's dual-use export ban on Japan and its consequences [untitled article; outlet not known]");
  });
});
