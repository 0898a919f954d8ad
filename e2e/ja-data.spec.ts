import Papa from "papaparse";
import { expect, test } from "./fixtures";

// The product's own texts in Japanese, as the API and the URL carry them: every seeded incident,
// project and material has its Japanese text; the CSVs name the columns in English; a material may
// be written in Japanese in a /ja link.

const csv = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" });

test.describe("Japanese data texts", () => {
  test("the JSON API carries them for every seeded incident, project and material", async ({ request }) => {
    const all = (await (await request.get("/api/v1/incidents?material=all&from=1990&to=2035")).json()) as { data: { id: number; titleJa: string | null; summaryJa: string | null; actorJa: string | null; target: string | null; targetJa: string | null }[] };
    // The seeded incidents (ids 1–67): other specs may import more while this one runs.
    const incidents = { data: all.data.filter((e) => e.id <= 67) };
    expect(incidents.data).toHaveLength(67);
    expect(incidents.data.filter((e) => e.titleJa && e.summaryJa)).toHaveLength(67);
    expect(incidents.data.find((e) => e.id === 3)?.titleJa).toBe("尖閣諸島沖漁船衝突事件、日本が中国人船長を逮捕");
    expect(incidents.data.filter((e) => e.actorJa)).toHaveLength(67);
    expect(incidents.data.filter((e) => e.targetJa)).toHaveLength(58);
    expect(incidents.data.filter((e) => e.target && !e.targetJa)).toHaveLength(0);
    expect(incidents.data.find((e) => e.id === 39)).toMatchObject({ actorJa: "中国（薛剣駐大阪総領事）", targetJa: "日本（高市首相）" });

    const allProjects = (await (await request.get("/api/v1/projects?material=all")).json()) as { data: { id: number; nameJa: string | null; summaryJa: string | null }[] };
    const projects = { data: allProjects.data.filter((p) => p.id <= 45) };
    expect(projects.data).toHaveLength(45);
    expect(projects.data.filter((p) => p.nameJa && p.summaryJa)).toHaveLength(45);

    const materials = (await (await request.get("/api/v1/materials")).json()) as { data: { slug: string; nameJa: string | null; descriptionJa: string | null }[] };
    expect(materials.data).toHaveLength(41);
    expect(materials.data.filter((m) => m.descriptionJa)).toHaveLength(41);
    expect(Object.fromEntries(materials.data.filter((m) => ["rare-earths", "permanent-magnets", "graphite"].includes(m.slug)).map((m) => [m.slug, m.nameJa]))).toEqual({
      "rare-earths": "レアアース（希土類）全体",
      "permanent-magnets": "永久磁石",
      graphite: "黒鉛",
    });
  });

  test("the incidents CSV has the Japanese title, summary, actor and target beside the English columns", async ({ request }) => {
    const res = await request.get("/api/v1/incidents?material=all&from=2010&to=2010&format=csv");
    expect(res.status()).toBe(200);
    const { meta, data } = csv(await res.text());
    expect(meta.fields).toEqual([
      "id", "date", "datePrecision", "title", "titleJa", "category", "actor", "actorJa", "target", "targetJa", "severity", "materials", "summary", "summaryJa",
      "sourceId", "duplicateOf",
    ]);
    expect(data.find((r) => r.id === "4")).toMatchObject({ date: "2010-09-21", titleJa: "中国、日本向けレアアースの輸出を停止", actorJa: "中国（税関当局・輸出許可企業）", targetJa: "日本" });
  });

  test("?material=永久磁石 is permanent magnets, in the API and on /ja", async ({ request, page }) => {
    const byName = await request.get(`/api/v1/dependence?material=${encodeURIComponent("永久磁石")}&from=2010`);
    expect(byName.status()).toBe(200);
    const bySlug = await request.get("/api/v1/dependence?material=permanent-magnets&from=2010");
    expect(await byName.json()).toEqual(await bySlug.json());

    await page.goto(`/ja?material=${encodeURIComponent("永久磁石")}&from=2010`);
    await expect(page.getByTestId("material-filter")).toHaveValue("permanent-magnets");
    await expect(page.getByTestId("filter-notice")).toHaveCount(0);
  });
});
