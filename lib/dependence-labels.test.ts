import { describe, expect, it } from "vitest";
import { keyPoints, placeLineLabels, type Box, type LabelPoint } from "./dependence-labels";

// The seeded rare-earth headline series 2008–2026 (overview.spec's years), on a 1000 × 200 px plot.
const VALUES: [number, number, string][] = [
  [2008, 92, "92%"], [2009, 85.49, "85.49%"], [2010, 81.61, "81.61%"], [2011, 68.37, "68.37%"], [2012, 59.64, "59.64%"], [2014, 60, "~60%"],
  [2018, 58, "58%"], [2020, 58, "58%"], [2022, 66.7, "> 66.7%"], [2023, 72, "~72%"], [2024, 70, "~70%"], [2025, 65, "60–70%"], [2026, 60, "~60%"],
];
const bounds: Box = { left: 52, top: 12, right: 1034, bottom: 212 };
const x = (year: number) => bounds.left + ((year + 0.5 - 2008) / 19) * (bounds.right - bounds.left);
const y = (v: number) => bounds.bottom - (v / 100) * (bounds.bottom - bounds.top);
const points: LabelPoint[] = VALUES.map(([year, v, text]) => ({ year, x: x(year), y: y(v), text }));
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("line labels", () => {
  it("ranks the last, first, highest and lowest values first", () => {
    expect(keyPoints(points).map((i) => points[i].year)).toEqual([2026, 2008, 2018]);
  });

  it("labels the first, last, extremes and each change, inside the plot, never overlapping a label or a point", () => {
    const labels = placeLineLabels([{ key: "m0", color: "#D55E00", points }], {
      fontSize: 11,
      bounds,
      obstacles: points.map((p) => ({ x: p.x, y: p.y, r: 6 })),
    });
    const years = labels.map((l) => l.year);
    for (const year of [2008, 2026, 2018]) expect(years).toContain(year);
    expect(labels.find((l) => l.year === 2026)?.text).toBe("~60%");
    // 2020 repeats 2018's 58%: not labelled again.
    expect(years).not.toContain(2020);
    expect(labels.length).toBeGreaterThanOrEqual(9);
    for (const l of labels) {
      expect(l.box.left).toBeGreaterThanOrEqual(bounds.left);
      expect(l.box.right).toBeLessThanOrEqual(bounds.right);
      for (const p of points) {
        const dx = Math.max(l.box.left - p.x, 0, p.x - l.box.right);
        const dy = Math.max(l.box.top - p.y, 0, p.y - l.box.bottom);
        expect(dx * dx + dy * dy, `${l.year} label vs ${p.year} point`).toBeGreaterThanOrEqual(36);
      }
    }
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.year}/${b.year}`).toBe(false);
  });

  it("leaves a label out rather than let it collide, when values crowd", () => {
    const crowded: LabelPoint[] = Array.from({ length: 40 }, (_, i) => ({ year: 2000 + i, x: 60 + i * 6, y: 100 + (i % 2), text: `${50 + i}%` }));
    const labels = placeLineLabels([{ key: "a", color: "#000", points: crowded }], { fontSize: 11, bounds });
    expect(labels.length).toBeLessThan(crowded.length);
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    expect(labels.map((l) => l.year)).toContain(2039);
  });
});
