import { describe, expect, it } from "vitest";
import { capacityMeasure, capacitySummary } from "@/lib/analysis/capacity";
import { getHeadlineFigures } from "./dependence";
import { listProjects } from "./projects";

// The capacity measure on the seeded projects (a real, freshly seeded SQLite file).

describe("Japan's capacity outside China, one measure", () => {
  it("rare earths: 5,000 t/yr plant output committed; offtake and the pipeline apart; the misleading records left out", () => {
    const f = getHeadlineFigures({ material: "rare-earths", from: 2008, to: 2026 });
    const m = f.capacity;
    // Shin-Etsu's Hai Phong refinery (1,000) and Toyotsu's Indian refinery (4,000).
    expect(m.committed).toEqual({ outputTonnes: 5000, offtakeTonnes: 16200, projects: expect.any(Number), withoutCapacity: expect.any(Number) });
    // Sojitz–Lynas 9,000 and JARE–Lynas 7,200 are offtake, never added to output.
    expect(m.counted[4]).toEqual({ stage: "committed", kind: "offtake", tonnes: 9000 });
    expect(m.counted[7]).toEqual({ stage: "committed", kind: "offtake", tonnes: 7200 });
    // The Pensana MOU (20,000) and SARECO's trial plant (1,500) are pipeline, not capacity.
    expect(m.pipeline.offtakeTonnes).toBe(20000);
    expect(m.pipeline.outputTonnes).toBe(1500);
    const excluded = Object.fromEntries(m.excluded.map((e) => [e.id, e.reason]));
    expect(excluded).toMatchObject({ 12: "not_japanese", 26: "not_japanese", 13: "cancelled_or_stalled", 45: "one_off", 29: "cancelled_or_stalled" });
    // Before: every stated capacity whatever its status and ownership, 52,200 t/yr.
    expect(m.committed.outputTonnes + m.committed.offtakeTonnes + m.pipeline.outputTonnes + m.pipeline.offtakeTonnes).toBe(42700);
    expect(capacitySummary(m).value).toBe("5,000 t/yr");
  });

  it("Viet Nam: about 3,200 t/yr operating (refinery 1,000 + magnet plant 2,200 once), not 12,200", () => {
    const vietnam = listProjects({ materials: null, includeDuplicates: true }).filter((p) => p.countries.includes("VNM"));
    const m = capacityMeasure(vietnam);
    expect(m.committed.outputTonnes).toBe(3200);
    // Project 19 is the expansion of 18 (2,000 → 2,200 t/yr): it adds 200.
    expect(m.counted[18].tonnes).toBe(2000);
    expect(m.counted[19].tonnes).toBe(200);
    expect(m.counted[13]).toBeUndefined();
    expect(m.pipeline.outputTonnes + m.pipeline.offtakeTonnes).toBe(0);
  });

  it("follows the year filter: projects starting after the end year are left out", () => {
    const early = getHeadlineFigures({ material: "rare-earths", from: 2008, to: 2012 }).capacity;
    // Toyotsu India (2013) and Sojitz–Lynas (2013) had not started by 2012.
    expect(early.committed.outputTonnes).toBe(0);
    expect(early.excluded.filter((e) => e.reason === "starts_later").map((e) => e.id)).toEqual(expect.arrayContaining([4, 7, 17, 21]));
  });
});
