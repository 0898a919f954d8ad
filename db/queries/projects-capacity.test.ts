import { describe, expect, it } from "vitest";
import { capacityMeasure } from "@/lib/analysis/capacity";
import { capacityChart, capacityStandings, capacityTotals } from "@/lib/projects-capacity";
import { byHostCountry, filterProjects } from "@/lib/projects-view";
import { PROJECT_DEFAULTS } from "@/lib/validation/projects";
import { listProjects } from "./projects";

// The projects page's capacity on the seeded records (a real, freshly seeded SQLite file), the
// same list the page gets: every record, repeats included.

const all = listProjects({ materials: null, includeDuplicates: true });
const standings = capacityStandings(all);

describe("the projects page by the overview's measure, on the seeded projects", () => {
  it("totals 7,200 t/yr committed output, 16,200 t/yr committed offtake, and the pipeline apart", () => {
    const t = capacityTotals(all, standings);
    expect(t.committed).toEqual({ outputTonnes: 7200, offtakeTonnes: 16200, projects: 17, withoutCapacity: 11 });
    expect(t.pipeline).toEqual({ outputTonnes: 1500, offtakeTonnes: 20000, projects: 12, withoutCapacity: 10 });
    expect(t).toMatchObject({ records: 35, counted: 29, leftOut: { not_japanese: 2, cancelled_or_stalled: 2, status_unknown: 1, one_off: 1 } });
    // The same as the measure the overview runs, over every material.
    const m = capacityMeasure(all.filter((p) => !p.countries.includes("CHN")));
    expect([t.committed, t.pipeline]).toEqual([m.committed, m.pipeline]);
  });

  it("rare earths, as the overview's headline: 5,000 t/yr committed output", () => {
    const t = capacityTotals(filterProjects(all, { ...PROJECT_DEFAULTS, materials: ["rare-earths"] }), standings);
    expect(t.committed.outputTonnes).toBe(5000);
    expect(t.committed.offtakeTonnes).toBe(16200);
  });

  it("Viet Nam: 3,200 t/yr committed output (not 12,200), Dong Pao's 7,000 left out", () => {
    const vnm = byHostCountry(all, standings).find((r) => r.country === "VNM")!;
    expect(vnm.capacity.committed.outputTonnes).toBe(3200);
    expect(vnm.capacity).toMatchObject({ records: 4, counted: 3, leftOut: { cancelled_or_stalled: 1 }, leftOutTonnes: 7000 });
  });

  it("the chart draws five output records and three offtake records", () => {
    const output = capacityChart(all, standings, "output", "type");
    expect(output.drawn.map((d) => [d.project.id, d.tonnes, d.stage])).toEqual([
      [27, 1500, "pipeline"],
      [17, 1000, "committed"],
      [21, 4000, "committed"],
      [18, 2000, "committed"],
      [19, 200, "committed"],
    ]);
    expect(output.notDrawn).toMatchObject({ leftOutCount: 6, otherKind: 6, noCapacity: 18, noStartYear: 0 });
    const offtake = capacityChart(all, standings, "offtake", "type");
    expect(offtake.drawn.map((d) => [d.project.id, d.tonnes])).toEqual([
      [4, 9000],
      [7, 7200],
      [23, 20000],
    ]);
  });
});
