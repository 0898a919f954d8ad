import { describe, expect, it } from "vitest";
import { fitCanvasScale } from "./canvas-size";
import { exportFileName, exportFooter, latestDate, localIsoDate } from "./naming";

describe("exportFileName", () => {
  it("names chart, materials and years", () => {
    expect(exportFileName({ chart: "dependence", materials: ["rare-earths"], from: 2008, to: 2026 })).toBe("dependence-rare-earths-2008-2026");
    expect(exportFileName({ chart: "dependence", materials: ["rare-earths", "gallium"], from: 2010, to: 2014 })).toBe("dependence-rare-earths_gallium-2010-2014");
  });

  it("keeps file names safe", () => {
    expect(exportFileName({ chart: "Dependence", materials: ["../x y"], from: 2010, to: 2014 })).toBe("dependence-x-y-2010-2014");
  });
});

describe("dates", () => {
  it("picks the latest partial ISO date", () => {
    expect(latestDate(["2025", "2015-04", null, "2026-01-12", "2026-01", "n.d."])).toBe("2026-01-12");
    expect(latestDate([null, undefined])).toBeNull();
  });

  it("formats the local date and the footer", () => {
    expect(localIsoDate(new Date(2026, 0, 5))).toBe("2026-01-05");
    expect(exportFooter({ dataAsOf: "2026-01", exported: "2026-03-14" })).toBe("REE Monitor · data as of 2026-01 · exported 2026-03-14");
    // Without a dated source, words instead of "data as of unknown".
    expect(exportFooter({ dataAsOf: null, exported: "2026-03-14", empty: true })).toBe("REE Monitor · no values drawn · exported 2026-03-14");
    expect(exportFooter({ dataAsOf: null, exported: "2026-03-14" })).toBe("REE Monitor · sources undated · exported 2026-03-14");
  });
});

describe("fitCanvasScale", () => {
  it("keeps the requested scale when it fits", () => {
    expect(fitCanvasScale(1238, 1489, 2)).toBe(2);
    expect(fitCanvasScale(1238, 1489, 4)).toBe(4);
  });

  it("lowers the scale to the side and area limits, never to zero", () => {
    const s = fitCanvasScale(6000, 3000, 4);
    expect(6000 * s).toBeLessThanOrEqual(16_384);
    expect(s).toBeGreaterThan(0);
    const a = fitCanvasScale(10_000, 10_000, 4);
    expect(10_000 * a * 10_000 * a).toBeLessThanOrEqual(268_435_456);
    expect(fitCanvasScale(400_000, 100, 2)).toBeGreaterThan(0);
  });

  it("rejects an empty chart", () => {
    expect(() => fitCanvasScale(0, 100, 2)).toThrow();
  });
});
