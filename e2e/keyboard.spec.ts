import { getDependence } from "./support/api";
import { expect, test } from "./fixtures";

test.describe("keyboard", () => {
  test("Tab reaches an event marker; focus shows the tooltip, Enter opens the event", async ({ overview, request, page }) => {
    const api = await getDependence(request);
    const titles = new Map(api.events.map((e) => [e.id, e.title]));
    await overview.goto();

    // Start at the chart card's last export button (the filters and the menu's own buttons are
    // covered elsewhere) and tab on until a marker has the focus.
    await page.getByTestId("chart-card").filter({ has: overview.chart }).getByTestId("export-menu").getByRole("button").last().focus();
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
    let steps = 0;
    while ((await focusedTestId()) !== "event-marker") {
      expect(steps++, "Tab presses before reaching a marker").toBeLessThan(100);
      await page.keyboard.press("Tab");
    }
    const marker = overview.chart.locator('[data-testid="event-marker"]:focus');
    await expect(marker).toBeFocused();
    // The first marker in tab order is the earliest event.
    const id = Number(await marker.getAttribute("data-event-id"));
    expect(id).toBe(api.events[0].id);
    const title = titles.get(id)!;
    expect(title).toBeTruthy();

    await expect(overview.tooltip).toBeVisible();
    await expect(overview.tooltip).toContainText(title);

    await page.keyboard.press("Enter");
    await expect(overview.eventDetail).toBeVisible();
    await expect(overview.eventDetail.getByRole("heading")).toContainText(title);
    await expect(overview.eventDetail).toContainText("Source:");
    // The detail takes the focus; Escape closes it.
    await expect(overview.eventDetail.getByRole("heading")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(overview.eventDetail).toHaveCount(0);
  });

  test("the next marker is one Tab away and shows its own event", async ({ overview, request, page }) => {
    const api = await getDependence(request);
    await overview.goto();
    const first = overview.markers.first();
    await first.focus();
    await expect(overview.tooltip).toContainText(api.events[0].title);
    await page.keyboard.press("Tab");
    const second = overview.markers.nth(1);
    await expect(second).toBeFocused();
    const id = Number(await second.getAttribute("data-event-id"));
    await expect(overview.tooltip).toContainText(api.events.find((e) => e.id === id)!.title);
    await page.keyboard.press(" ");
    await expect(overview.eventDetail.getByRole("heading")).toContainText(api.events.find((e) => e.id === id)!.title);
  });
});

test.describe("keyboard: closing a panel returns the focus to what opened it", () => {
  const activeAttr = (page: import("@playwright/test").Page, name: string) => page.evaluate((n) => document.activeElement?.getAttribute(n) ?? null, name);

  test("Escape on an event opened by keyboard: the same marker has the focus, and the next Tab reaches the next marker", async ({ overview, page }) => {
    await overview.goto();
    const first = overview.markers.first();
    const second = overview.markers.nth(1);
    const id = await first.getAttribute("data-event-id");
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(overview.eventDetail.getByRole("heading")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(overview.eventDetail).toHaveCount(0);
    expect(await activeAttr(page, "data-testid")).toBe("event-marker");
    expect(await activeAttr(page, "data-event-id")).toBe(id);
    await page.keyboard.press("Tab");
    await expect(second).toBeFocused();
  });

  test("Close on an event panel: the marker has the focus again", async ({ overview, page }) => {
    await overview.goto();
    const marker = overview.marker(3);
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(overview.eventDetail).toBeVisible();
    await overview.eventDetail.getByRole("button", { name: "Close event details" }).focus();
    await page.keyboard.press("Enter");
    await expect(overview.eventDetail).toHaveCount(0);
    expect(await activeAttr(page, "data-event-id")).toBe("3");
  });

  test("a point's panel: Escape and Close give the focus back to the same point", async ({ overview, page }) => {
    await overview.goto();
    const point = overview.headlinePoint(2010);
    const detail = page.getByTestId("point-detail");
    await point.focus();
    await page.keyboard.press("Enter");
    await expect(detail.getByRole("heading")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(detail).toHaveCount(0);
    expect(await activeAttr(page, "data-testid")).toBe("headline-point");
    expect(await activeAttr(page, "data-year")).toBe("2010");

    await page.keyboard.press(" ");
    await expect(detail).toBeVisible();
    await detail.getByRole("button", { name: "Close point details" }).click();
    await expect(detail).toHaveCount(0);
    expect(await activeAttr(page, "data-year")).toBe("2010");
  });
});
