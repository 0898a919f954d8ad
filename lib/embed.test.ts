import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_MESSAGE, embedFullView, embedPath, embedSearch, embedSnippet, isEmbedChart } from "./embed";

describe("embed paths", () => {
  it("knows the four charts", () => {
    expect(["dependence", "peers", "materials", "monthly"].every(isEmbedChart)).toBe(true);
    expect(isEmbedChart("incidents")).toBe(false);
  });

  it("keeps only the chart's own filters, repeated ones included", () => {
    const page = "material=permanent-magnets&from=2012&peersYear=2022&peers=XOA&peers=TWN&window=3&v=4";
    expect(embedSearch("peers", page)).toBe("?material=permanent-magnets&peersYear=2022&peers=XOA&peers=TWN");
    expect(embedSearch("dependence", page)).toBe("?material=permanent-magnets&from=2012");
    expect(embedSearch("monthly", page)).toBe("?material=permanent-magnets");
    expect(embedSearch("materials", page)).toBe("");
    expect(embedPath("peers", "en", "material=graphite")).toBe("/embed/peers?material=graphite");
    expect(embedPath("peers", "ja", "material=graphite")).toBe("/ja/embed/peers?material=graphite");
  });

  it("links back to the full view with the same filters", () => {
    expect(embedFullView("peers", "material=graphite&peers=XOA&peers=TWN")).toEqual({ pathname: "/", query: { material: "graphite", peers: ["XOA", "TWN"] } });
    expect(embedFullView("materials", "sort=name&dir=asc&x=1")).toEqual({ pathname: "/materials", query: { sort: "name", dir: "asc" } });
  });
});

describe("embed snippet", () => {
  const code = embedSnippet({ origin: "https://ree.example", path: "/embed/peers?material=graphite&peersYear=2022", title: 'A "quoted" <title>', chart: "peers" });

  it("is an iframe of the embed, its attributes escaped", () => {
    expect(code).toContain('<iframe src="https://ree.example/embed/peers?material=graphite&amp;peersYear=2022" title="A &quot;quoted&quot; &lt;title&gt;" data-ree-monitor-embed');
    expect(code).toContain('height="560"');
  });

  it("resizes only the iframe whose window sent the height, from the site's origin", () => {
    expect(code).toContain(`e.origin!=="https://ree.example"`);
    expect(code).toContain(`d.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(code).toContain("f.contentWindow===e.source");
    expect(code.match(/<script>/g)).toHaveLength(1);
  });
});
