import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { Frame, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { englishUiStrings } from "./support/english-catalogue";
import { revealOnDemand } from "./pages/overview-page";

// Embeds from another origin: a tiny static server on another port serves pages that frame
// `/embed/peers` (the snippet the Embed button hands out, pasted as a site would) and `/` (a
// normal page, which must be refused). Real Chromium, the production server, its response cache.

const PORT = Number(process.env.E2E_PORT) || 3100;
const APP = `http://127.0.0.1:${PORT}`;
const OTHER_PORT = PORT + 1000;
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;
const SHOTS = "test-results/embed";

/** The other site's pages, by path; set by each test before it opens them. */
const pages = new Map<string, string>();
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const html = pages.get(req.url ?? "");
    // No icon: answered empty rather than 404 (a 404 is logged in the console as a failed load).
    if (req.url === "/favicon.ico") return void res.writeHead(204).end();
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(OTHER_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const sitePage = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Think tank</title>` +
  `<style>body{font-family:sans-serif;margin:16px;background:#f6f1e7}article{max-width:760px;margin:auto}</style></head>` +
  `<body><article><h1>Another organisation's page</h1><p>Text of the article before the chart.</p>${body}<p>Text after the chart.</p></article></body></html>`;

/**
 * The frame-ancestors the production server writes for `path` with EMBED_ALLOWED_ORIGINS set to
 * `value`: config/env.mjs and http/security-headers.mjs run in a node process of their own, as
 * server.mjs runs them (the test runner does not load these ES modules itself).
 */
function frameAncestorsWith(value: string, path: string): string {
  const script = "const { env } = await import('./config/env.mjs'); const { frameAncestors } = await import('./http/security-headers.mjs'); process.stdout.write(frameAncestors(process.argv[1], env.EMBED_ALLOWED_ORIGINS));";
  return execFileSync(process.execPath, ["--input-type=module", "-e", script, path], { env: { ...process.env, EMBED_ALLOWED_ORIGINS: value }, encoding: "utf8" });
}

const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? "";
const PEERS_URL = "/?material=permanent-magnets";

/** The snippet the peers card's Embed button offers on `path`, copied from its dialog. */
async function snippetFrom(page: Page, path: string): Promise<string> {
  await page.goto(path);
  // The peers card loads when scrolled to.
  await revealOnDemand(page);
  const card = page.getByTestId("peers-chart");
  await card.getByTestId("export-embed").click();
  const dialog = card.getByTestId("embed-dialog");
  await expect(dialog).toBeVisible();
  return dialog.getByTestId("embed-snippet").inputValue();
}

/** The iframe's frame once it has committed a document (the embed, or Chromium's error page). */
async function childFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBe(2);
  return page.frames()[1];
}

test.describe("embeds framed by another origin", () => {
  test("the Embed button's snippet, pasted on another origin, shows the live peers chart with real values, its key, sources, data version and a link back, and resizes its frame", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/peers?material=permanent-magnets")).json();
    const share = (code: string) => api.rows.find((r: { importer: string }) => r.importer === code).chinaSharePct as number;
    expect(api.year).toBe(2024);
    expect(share("JPN")).toBe(27.58);
    const health = await (await request.get("/api/health")).json();

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP });
    const snippet = await snippetFrom(page, PEERS_URL);
    expect(snippet).toContain(`<iframe src="${APP}/embed/peers?material=permanent-magnets" title="REE Monitor: China's share of imports, Japan and its peers" data-ree-monitor-embed`);
    // The copy button puts exactly the code shown on the clipboard.
    const card = page.getByTestId("peers-chart");
    await card.getByTestId("embed-copy").click();
    await expect(card.getByTestId("embed-copy-status")).toHaveText("Copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(snippet).toContain(`e.origin!=="${APP}"`);
    await page.screenshot({ path: `${SHOTS}/dialog-en-1280.png` });

    pages.set("/peers-en.html", sitePage("en", snippet));
    const embedRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/v1/peers")) embedRequests.push(r.url());
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${OTHER}/peers-en.html`);
    const frame = page.frameLocator("iframe[data-ree-monitor-embed]");
    const bar = (code: string) => frame.locator(`[data-testid="peer-bar"][data-importer="${code}"]`);
    await expect(frame.getByTestId("peer-bar")).toHaveCount(8);
    await expect(bar("JPN")).toContainText(`Japan${share("JPN").toFixed(1)}%`);
    await expect(bar("JPN")).toHaveAttribute("data-highlight", "true");
    await expect(bar("KOR")).toContainText(`${share("KOR").toFixed(1)}%`);
    expect(share("KOR")).toBe(87.44);
    // The key, the sources line, the data version and the way back.
    await expect(frame.getByText("Japan", { exact: true }).first()).toBeVisible();
    await expect(frame.getByTestId("embed-sources")).toHaveText(/^Sources: CEPII.*BACI.*V202601/);
    await expect(frame.getByTestId("embed-version")).toHaveAttribute("data-version", String(health.dataVersion));
    await expect(frame.getByTestId("embed-version")).toContainText(`Data version ${health.dataVersion}`);
    const home = frame.getByTestId("embed-home");
    await expect(home).toHaveText("REE Monitor");
    await expect(home).toHaveAttribute("target", "_top");
    await expect(home).toHaveAttribute("href", "/?material=permanent-magnets");
    // No site chrome, and no Embed button inside the embed.
    await expect(frame.locator("header nav, body > footer, [data-testid='all-data-csv']")).toHaveCount(0);
    await expect(frame.getByTestId("export-embed")).toHaveCount(0);
    await expect(frame.getByTestId("export-png")).toBeVisible();
    // Painted from the server's prefetch: the frame fetched no peers data of its own.
    expect(embedRequests).toEqual([]);

    // The embed posted its height; the snippet's script gave the iframe exactly that height.
    const iframe = page.locator("iframe[data-ree-monitor-embed]");
    const contentHeight = () => frame.getByTestId("embed").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)) === `${await contentHeight()}px`).toBe(true);
    const wide = await contentHeight();
    expect(wide).not.toBe(560);
    await iframe.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/framed-en-1280.png`, fullPage: true });

    // Narrower: the card reflows, taller; the frame follows.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)) === `${await contentHeight()}px` && (await contentHeight()) !== wide).toBe(true);
    await page.screenshot({ path: `${SHOTS}/framed-en-390.png`, fullPage: true });

    // The link back opens the full view in the top window, out of the frame.
    await home.click();
    await expect(page).toHaveURL(`${APP}/?material=permanent-magnets`);
    await revealOnDemand(page);
    await expect(page.getByTestId("peers-chart").getByTestId("peer-bar")).toHaveCount(8);
  });

  test("/ja/embed/peers in the frame is Japanese: the snippet from /ja, the bars, sources and version", async ({ page, request }) => {
    const health = await (await request.get("/api/health")).json();
    const snippet = await snippetFrom(page, `/ja${PEERS_URL}`);
    await expect(page.getByTestId("peers-chart").getByTestId("embed-dialog").getByRole("heading")).toHaveText("グラフの埋め込み");
    await expect(page.getByTestId("peers-chart").getByTestId("embed-copy")).toHaveText("コードをコピー");
    expect(snippet).toContain(`<iframe src="${APP}/ja/embed/peers?material=permanent-magnets" title="REE Monitor：輸入に占める中国の割合（日本と主要国の比較）"`);
    await page.screenshot({ path: `${SHOTS}/dialog-ja-1280.png` });

    pages.set("/peers-ja.html", sitePage("ja", snippet));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${OTHER}/peers-ja.html`);
    const frame = page.frameLocator("iframe[data-ree-monitor-embed]");
    await expect(frame.locator("html")).toHaveAttribute("lang", "ja");
    await expect(frame.locator('[data-testid="peer-bar"][data-importer="JPN"]')).toContainText("日本27.6%");
    await expect(frame.locator('[data-testid="peer-bar"][data-importer="KOR"]')).toContainText("韓国87.4%");
    await expect(frame.getByRole("heading", { level: 2 })).toHaveText("主要国との比較");
    await expect(frame.getByTestId("embed-sources")).toHaveText(/^出典：CEPII/);
    await expect(frame.getByTestId("embed-version")).toContainText(String(health.dataVersion));
    await expect(frame.getByTestId("embed-home")).toHaveAttribute("href", "/ja?material=permanent-magnets");
    await expect(frame.getByTestId("embed-home")).toHaveAttribute("title", "REE Monitorでこのビューを開く（絞り込み条件と表を含む全体表示）");
    const iframe = page.locator("iframe[data-ree-monitor-embed]");
    const contentHeight = () => frame.getByTestId("embed").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)) === `${await contentHeight()}px`).toBe(true);
    await page.screenshot({ path: `${SHOTS}/framed-ja-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)) === `${await contentHeight()}px`).toBe(true);
    await page.screenshot({ path: `${SHOTS}/framed-ja-390.png`, fullPage: true });
  });

  test("no English UI string in a Japanese embed, nor in the Japanese Embed dialog", async ({ page }) => {
    const english = englishUiStrings();
    // The texts and labels outside lang="en" elements (source titles are marked so), as e2e/ja-no-english.spec.ts reads them.
    const found = () =>
      page.evaluate(() => {
        const out = new Set<string>([document.title]);
        const inEnglish = (el: Element | null) => !!el?.closest('[lang]:not([lang="ja"]):not(html)');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (!parent || parent.closest("script, style, noscript, textarea") || inEnglish(parent)) continue;
          const text = (n.textContent ?? "").replace(/\s+/g, " ").trim();
          if (text) out.add(text);
        }
        for (const el of document.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
          if (inEnglish(el)) continue;
          for (const a of ["title", "aria-label", "placeholder", "alt"]) {
            const v = el.getAttribute(a)?.replace(/\s+/g, " ").trim();
            if (v) out.add(v);
          }
        }
        return [...out];
      });
    const englishIn = (texts: string[]) => texts.flatMap((text) => english.filter((e) => e.pattern.test(text)).map((e) => `${e.key}: "${text}"`));
    for (const path of ["/ja/embed/peers?material=permanent-magnets", "/ja/embed/dependence?material=permanent-magnets", "/ja/embed/materials", "/ja/embed/monthly?material=graphite"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      await expect(page.getByTestId("embed-sources")).toHaveText(/^出典：/);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      expect(englishIn(await found()), path).toEqual([]);
    }
    // Rare earths (the default) have no monthly figures: said in Japanese, and no sources line.
    await page.goto("/ja/embed/monthly");
    await expect(page.getByTestId("embed-monthly-none")).toHaveText("レアアース（希土類）全体の月次データはありません。月次グラフは、中国税関の月次統計がある鉱種（黒鉛、HS 811292のマイナーメタル）が対象です。");
    await expect(page.getByTestId("embed-sources")).toHaveCount(0);
    expect(englishIn(await found())).toEqual([]);
    await page.goto("/ja/materials");
    await page.getByTestId("export-embed").click();
    await expect(page.getByTestId("embed-dialog")).toBeVisible();
    await expect(page.getByTestId("embed-snippet")).toHaveValue(/\/ja\/embed\/materials"/);
    expect(englishIn(await found())).toEqual([]);
  });

  test("a normal page is refused in the frame: frame-ancestors 'none' and X-Frame-Options DENY", async ({ page, request, pageErrors }) => {
    for (const path of ["/", "/ja/materials", "/incidents"]) {
      const h = (await request.get(path)).headers();
      expect(directive(h["content-security-policy"] ?? "", "frame-ancestors"), path).toBe("frame-ancestors 'none'");
      expect(h["x-frame-options"], path).toBe("DENY");
    }
    pages.set("/normal.html", sitePage("en", `<iframe id="normal" src="${APP}/" width="100%" height="600"></iframe>`));
    await page.goto(`${OTHER}/normal.html`);
    const frame = await childFrame(page);
    await expect.poll(() => frame.url()).toBe("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#normal").getByTestId("chart-card")).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/refused-normal-page.png` });
    // Chromium says why, once per frame: only that.
    expect(pageErrors.length).toBeGreaterThan(0);
    expect(pageErrors.every((e) => /Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'none'"/.test(e))).toBe(true);
    pageErrors.length = 0;
  });

  test("a link inside a framed embed opens the site in the top window, not in the frame", async ({ page }) => {
    pages.set("/materials.html", sitePage("en", `<iframe id="embed" src="${APP}/embed/materials" width="100%" height="700"></iframe>`));
    await page.goto(`${OTHER}/materials.html`);
    const frame = page.frameLocator("#embed");
    const tungsten = frame.getByTestId("materials-table").locator('[data-material="tungsten"]');
    await expect(tungsten).toContainText("99.63%");
    await tungsten.getByRole("link", { name: "Tungsten (unwrought)" }).click();
    await expect(page).toHaveURL(`${APP}/?material=tungsten`);
    await expect(page.getByTestId("dependence-chart")).toBeVisible();
  });

  test("an unknown chart is a 404, and a bad filter shows the visible notice inside the embed", async ({ page, request }) => {
    expect((await request.get("/embed/incidents")).status()).toBe(404);
    expect((await request.get("/ja/embed/nothing")).status()).toBe(404);
    await page.goto("/embed/peers?material=unobtainium&from=abc");
    await expect(page.getByTestId("filter-notice")).toBeVisible();
    await expect(page.getByTestId("filter-notice")).toContainText("unobtainium");
    // Falls back to the default material (rare earths), for which BACI has no peer rows: said in words.
    await expect(page.getByTestId("peers-empty")).toContainText("No peer data");
    await expect(page.getByTestId("embed-sources")).toHaveText("No values drawn, so no sources to name.");
    await page.goto("/embed/monthly?material=rare-earths");
    await expect(page.getByTestId("embed-monthly-none")).toHaveText(/^No monthly figures for Rare earths/);
    await page.goto("/embed/monthly?material=graphite");
    await expect(page.getByTestId("monthly-chart")).toBeVisible();
    await expect(page.getByTestId("embed-sources")).toHaveText(/^Sources: /);
    await page.goto("/embed/dependence");
    await expect(page.getByTestId("dependence-chart")).toBeVisible();
    await expect(page.getByTestId("embed-sources")).toHaveText(/^Sources: /);
    await page.goto("/embed/materials");
    await expect(page.getByTestId("materials-table").locator('[data-material="rare-earths"]')).toBeVisible();
    await expect(page.getByTestId("embed-sources")).toHaveText(/^Sources: /);
    await expect(page.getByTestId("embed-home")).toHaveAttribute("href", "/materials");
  });

  test("the response cache serves an embed again with the embed's headers, in each language", async ({ request }) => {
    for (const path of ["/embed/peers?material=permanent-magnets&peersYear=2022", "/ja/embed/peers?material=permanent-magnets&peersYear=2022"]) {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(first.status()).toBe(200);
      expect(first.headers()["x-ree-cache"]).toBe("miss");
      expect(second.headers()["x-ree-cache"]).toBe("hit");
      for (const h of [first.headers(), second.headers()]) {
        expect(directive(h["content-security-policy"] ?? "", "frame-ancestors")).toBe("frame-ancestors *");
        expect(h["x-frame-options"]).toBeUndefined();
        expect(h["x-content-type-options"]).toBe("nosniff");
      }
      // The same page and the same script hashes from the cache.
      expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
      expect(await second.text()).toBe(await first.text());
    }
  });

  test("with EMBED_ALLOWED_ORIGINS naming another origin, the frame is refused; naming the framing site, it renders", async ({ page, pageErrors }) => {
    // The server's own policy with frame-ancestors as the header builder writes it for each setting.
    let setting = "https://elsewhere.example";
    expect(frameAncestorsWith(setting, "/embed/peers")).toBe("https://elsewhere.example");
    expect(frameAncestorsWith(setting, "/")).toBe("'none'");
    await page.route(`${APP}/embed/**`, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const path = new URL(route.request().url()).pathname;
      headers["content-security-policy"] = headers["content-security-policy"].replace(/frame-ancestors [^;]+/, `frame-ancestors ${frameAncestorsWith(setting, path)}`);
      await route.fulfill({ response, headers });
    });
    pages.set("/restricted.html", sitePage("en", `<iframe id="embed" src="${APP}/embed/peers?material=permanent-magnets" width="100%" height="600"></iframe>`));
    await page.goto(`${OTHER}/restricted.html`);
    const frame = await childFrame(page);
    await expect.poll(() => frame.url()).toBe("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#embed").getByTestId("peer-bar")).toHaveCount(0);
    expect(pageErrors.length).toBeGreaterThan(0);
    expect(pageErrors.every((e) => e.includes("frame-ancestors https://elsewhere.example"))).toBe(true);
    pageErrors.length = 0;

    setting = `https://elsewhere.example ${OTHER}`;
    await page.reload();
    await expect(page.frameLocator("#embed").locator('[data-testid="peer-bar"][data-importer="JPN"]')).toContainText("27.6%");
  });
});
