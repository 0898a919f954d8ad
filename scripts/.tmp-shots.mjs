import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const shots = [
  ["mine-en-1280", "http://127.0.0.1:3101/?material=rare-earths&from=2005&to=2026", 1280],
  ["main-en-1280", "http://127.0.0.1:3300/?material=rare-earths&from=2005&to=2026", 1280],
  ["mine-ja-1280-value", "http://127.0.0.1:3101/ja?material=permanent-magnets&from=2010&view=value", 1280],
  ["main-ja-1280-value", "http://127.0.0.1:3300/ja?material=permanent-magnets&from=2010&view=value", 1280],
  ["mine-en-390", "http://127.0.0.1:3101/?material=rare-earths&from=2005&to=2026", 390],
  ["mine-multi", "http://127.0.0.1:3101/?material=rare-earths,permanent-magnets,graphite&from=2008", 1280],
];
for (const [name, url, width] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  const chart = page.getByTestId("dependence-chart");
  await chart.locator("svg").first().waitFor();
  if (name.startsWith("mine")) await page.locator('[data-testid="dependence-chart"][data-measured="true"]').waitFor();
  await chart.locator('[data-testid="event-marker"]').first().waitFor();
  await chart.screenshot({ path: `test-results/shot-${name}.png` });
  if (name === "mine-en-1280") {
    await page.getByTestId("headline-point").nth(3).hover();
    await page.getByTestId("chart-tooltip").waitFor();
    await chart.screenshot({ path: `test-results/shot-${name}-hover.png` });
    await page.getByTestId("print-chart").locator("svg").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    await page.getByTestId("print-chart").screenshot({ path: `test-results/shot-${name}-print.png` });
  }
  await page.close();
}
await browser.close();
