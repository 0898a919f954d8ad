import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { resourceRoute } from "./define";
import { incidents, materials, projects, tradeShares } from "./index";

// The API's CSVs carry the Japanese texts (English column names, each beside the English text it
// translates), and a material may be named in Japanese in the query string. On the test file's
// freshly seeded store.

const get = (route: (r: Request) => Response | Promise<Response>, query: string) => route(new Request(`http://x/api/v1/x?${query}`));
const csvRows = async (res: Response) => {
  const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
};

describe("the Japanese columns of the CSV resources", () => {
  it("incidents: titleJa after title and summaryJa after summary, filled for every seeded incident", async () => {
    const { header, rows } = await csvRows(await get(resourceRoute(incidents), "material=all&format=csv"));
    expect(header.slice(3, 5)).toEqual(["title", "titleJa"]);
    expect(header[header.indexOf("summary") + 1]).toBe("summaryJa");
    expect(rows).toHaveLength(67);
    expect(rows.filter((r) => r.titleJa !== "" && r.summaryJa !== "")).toHaveLength(67);
    expect(rows.find((r) => r.id === "4")).toMatchObject({ title: "China halts rare earth shipments to Japan", titleJa: "中国、日本向けレアアースの輸出を停止" });
  });

  it("incidents: actorJa after actor and targetJa after target, filled wherever the English one is", async () => {
    const { header, rows } = await csvRows(await get(resourceRoute(incidents), "material=all&format=csv"));
    expect(header.slice(header.indexOf("actor"), header.indexOf("actor") + 4)).toEqual(["actor", "actorJa", "target", "targetJa"]);
    expect(rows.filter((r) => r.actorJa !== "")).toHaveLength(67);
    expect(rows.filter((r) => r.targetJa !== "")).toHaveLength(58);
    expect(rows.every((r) => (r.target === "") === (r.targetJa === ""))).toBe(true);
    expect(rows.find((r) => r.id === "47")).toMatchObject({ actorJa: "人民解放軍東部戦区", targetJa: "台湾（米国・日本への牽制も）" });
  });

  it("projects: nameJa and summaryJa, filled for every seeded project", async () => {
    const { header, rows } = await csvRows(await get(resourceRoute(projects), "material=all&format=csv"));
    expect(header.slice(1, 3)).toEqual(["name", "nameJa"]);
    expect(header[header.indexOf("summary") + 1]).toBe("summaryJa");
    expect(rows).toHaveLength(45);
    expect(rows.filter((r) => r.nameJa !== "" && r.summaryJa !== "")).toHaveLength(45);
    expect(rows.find((r) => r.id === "36")?.nameJa).toBe("日立製作所のレアアース磁石リサイクル");
  });

  it("materials: nameJa beside name", async () => {
    const { header, rows } = await csvRows(await get(resourceRoute(materials), "format=csv"));
    expect(header.slice(0, 3)).toEqual(["slug", "name", "nameJa"]);
    expect(rows).toHaveLength(41);
    expect(rows.find((r) => r.slug === "rare-earths")?.nameJa).toBe("レアアース（希土類）全体");
    expect(rows.every((r) => r.nameJa !== "")).toBe(true);
    expect(header[header.indexOf("description") + 1]).toBe("descriptionJa");
    expect(rows.every((r) => r.descriptionJa !== "")).toBe(true);
    expect(rows.find((r) => r.slug === "feldspar")?.descriptionJa).toBe("HS2529.10：長石。");
  });
});

describe("a material named in Japanese in the query string", () => {
  it("?material=永久磁石 is permanent-magnets", async () => {
    const byName = await get(resourceRoute(tradeShares), `material=${encodeURIComponent("永久磁石")}`);
    expect(byName.status).toBe(200);
    const bySlug = await get(resourceRoute(tradeShares), "material=permanent-magnets");
    const body = (await byName.json()) as { data: { material: string }[] };
    expect(body.data.length).toBeGreaterThan(0);
    expect(new Set(body.data.map((r) => r.material))).toEqual(new Set(["permanent-magnets"]));
    expect(body).toEqual(await bySlug.json());
  });

  it("a name with a qualifier, in ASCII or full-width brackets, and two materials at once", async () => {
    const materialsOf = async (query: string) => {
      const res = await get(resourceRoute(tradeShares), `material=${encodeURIComponent(query)}&from=2020&to=2020`);
      expect(res.status, query).toBe(200);
      return new Set(((await res.json()) as { data: { material: string }[] }).data.map((r) => r.material));
    };
    expect(await materialsOf("タングステン（未加工）")).toEqual(new Set(["tungsten"]));
    expect(await materialsOf("タングステン(未加工)")).toEqual(new Set(["tungsten"]));
    expect(await materialsOf("タングステン（未加工）,黒鉛")).toEqual(new Set(["tungsten", "graphite"]));
  });

  it("an unknown Japanese name is a 400 naming it", async () => {
    const res = await get(resourceRoute(incidents), `material=${encodeURIComponent("架空の鉱種")}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("架空の鉱種");
  });
});
