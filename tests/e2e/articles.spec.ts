import { expect, test } from "@playwright/test";

test.describe("reading the seed articles", () => {
  test("the list shows both seeds with outlet and date precision", async ({ page }) => {
    await page.goto("/articles");
    await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
    const items = page.locator(".article-list li");
    await expect(items).toHaveCount(2);
    const cubaSi = items.filter({ hasText: "Russia and Belarus Will Coordinate Response to US Missile Shield" });
    await expect(cubaSi).toContainText("Cuba Si");
    await expect(cubaSi).toContainText("16 May 2016");
    const tass = items.filter({ hasText: "TASS" });
    await expect(tass).toContainText("derived title");
    await expect(tass).toContainText("5 June, year not stated");
  });

  test("filters by outlet and by year, with 'year not stated' as a value of its own", async ({ page }) => {
    await page.goto("/articles");
    const filters = page.getByRole("navigation", { name: "Filter articles" });
    await filters.getByRole("link", { name: /^Cuba Si/ }).click();
    await expect(page.locator(".article-list li")).toHaveCount(1);
    await expect(page.locator(".article-list li")).toContainText("Cuba Si");
    await page.goto("/articles");
    await filters.getByRole("link", { name: /^year not stated/ }).click();
    await expect(page).toHaveURL(/year=unknown/);
    await expect(page.locator(".article-list li")).toHaveCount(1);
    await expect(page.locator(".article-list li")).toContainText("5 June, year not stated");
    for (const odd of ["/articles?year=abc&outlet=%00&page=-1&sort=x", "/articles?page=99999"]) {
      expect((await page.goto(odd))?.status(), odd).toBe(200);
    }
  });

  test("clicking into the TASS seed shows its body, with the related headlines apart", async ({ page }) => {
    await page.goto("/articles");
    await page.locator(".article-list li", { hasText: "TASS" }).getByRole("link").first().click();
    await expect(page.locator(".reader")).toContainText("Russian Foreign Minister Sergey Lavrov has said");
    await expect(page.locator(".reader")).toContainText("This sharply narrows variants for cooperation");
    await expect(page.locator(".reader")).not.toContainText("Putin points to");
    await expect(page.getByRole("complementary", { name: "Related headlines" })).toContainText(
      "Putin points to NATO's non-cooperation",
    );
    await expect(page.locator("article > .meta")).toContainText("5 June, year not stated");
    await page.screenshot({ path: "test-results/screenshots/article-tass.png", fullPage: true });
  });

  test("clicking into the Cuba Si seed shows its body without the publisher footer", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link", { name: "Russia and Belarus Will Coordinate Response to US Missile Shield" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia and Belarus Will Coordinate");
    const reader = page.locator(".reader");
    await expect(reader).toContainText("Makei stressed that Minsk will support the initiatives on disarmament");
    // Text after the footer line is still body.
    await expect(reader).toContainText("The Belorussian news agency Belta reported");
    await expect(reader).not.toContainText("Published on Cuba Si");
    await expect(page.locator("article > .meta")).toContainText("16 May 2016");
    await page.screenshot({ path: "test-results/screenshots/article-cubasi.png", fullPage: true });
  });

  test("an unknown article answers a proper 404 page", async ({ page }) => {
    for (const path of ["/articles/no-such-article", "/articles/%E2%80%A2%00..%2F", "/nowhere"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
  });
});
