import { dehydrate, hydrate, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { pack, unpack } from "@/lib/packed-rows";
import { resourceKey } from "@/lib/resources";
import { DEFAULT_IMPORTER } from "@/lib/validation/filter-params";
import { dependence, incidents } from "./index";
import { forLocale, overviewOnDemandUrls, prefetchOverview } from "./pages";

// What the overview puts in its page, on the test file's freshly seeded store.

const FILTERS = { materials: ["rare-earths"], from: 2005, to: 2026, categories: [], minSeverity: 1 };
const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

describe("the overview's prefetch", () => {
  it("holds the first screen's queries only: each material's series and the primary's figures", async () => {
    const qc = new QueryClient();
    await prefetchOverview(qc, { ...FILTERS, materials: ["rare-earths", "permanent-magnets"] });
    const keys = qc.getQueryCache().getAll().map((q) => q.queryKey[0]);
    expect(keys.sort()).toEqual(["dependence", "dependence", "summary"]);
    const series = qc.getQueryData<{ points: { year: number; headline: boolean; sharePct: number | null }[] }>(
      resourceKey(dependence, { material: "rare-earths", from: 2005, to: 2026, categories: [], importer: DEFAULT_IMPORTER }),
    )!;
    expect(series.points.find((p) => p.year === 2010 && p.headline)?.sharePct).toBe(81.61);
  });

  it("links each on-demand card's data in the read API", () => {
    expect(overviewOnDemandUrls(FILTERS, 3, null)).toEqual({
      monthly: "/api/v1/monthly?material=rare-earths",
      eventStudy: "/api/v1/event-study?material=rare-earths&from=2005&to=2026&window=3",
      concentration: "/api/v1/concentration?material=rare-earths&from=2005&to=2026",
      peers: "/api/v1/peers?material=rare-earths",
      incidents: "/api/v1/incidents?material=rare-earths&from=2005&to=2026",
      projects: "/api/v1/projects?material=rare-earths",
    });
  });
});

describe("forLocale", () => {
  it("leaves the Japanese texts out of an English page's data, and keeps everything on a Japanese page", () => {
    const rows = incidents.load({ materials: ["rare-earths"], from: 2005, to: 2026, categories: [], minSeverity: 1 });
    const english = forLocale("en")!(rows) as Record<string, unknown>[];
    expect(english).toHaveLength(rows.length);
    expect(Object.keys(english[0]).filter((k) => k.endsWith("Ja"))).toEqual([]);
    expect(english[0]).toMatchObject({ id: rows[0].id, title: rows[0].title, summary: rows[0].summary });
    expect(size(english)).toBeLessThan(size(rows) * 0.7);
    expect(forLocale("ja")).toBeUndefined();
  });
});

describe("packed hydration data (lib/packed-rows)", () => {
  it("gives back the series exactly, a third smaller, through dehydrate and hydrate", async () => {
    const params = { material: "rare-earths", from: 2005, to: 2026, categories: [], importer: DEFAULT_IMPORTER };
    const data = dependence.load(params);
    expect(unpack(pack(data))).toEqual(data);
    expect(size(pack(data))).toBeLessThan(size(data) * 0.75);

    const server = new QueryClient();
    await server.prefetchQuery({ queryKey: resourceKey(dependence, params), queryFn: () => data });
    const state = JSON.parse(JSON.stringify(dehydrate(server, { serializeData: pack })));
    const browser = new QueryClient();
    hydrate(browser, state, { defaultOptions: { deserializeData: unpack } });
    expect(browser.getQueryData(resourceKey(dependence, params))).toEqual(data);
  });

  it("packs only lists of records with the same keys, and leaves the rest as it is", () => {
    const mixed = { a: [{ x: 1, y: null }, { x: 2, y: "b" }], b: [{ x: 1 }, { y: 2 }], c: [1, 2], d: [{ x: 1 }], e: [] };
    const packed = pack(mixed) as Record<string, unknown>;
    expect(packed.a).toEqual({ "~keys": ["x", "y"], "~rows": [[1, null], [2, "b"]] });
    expect(packed.b).toEqual(mixed.b);
    expect(packed.c).toEqual([1, 2]);
    expect(packed.d).toEqual([{ x: 1 }]);
    expect(unpack(packed)).toEqual(mixed);
  });
});
