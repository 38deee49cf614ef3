import { expect, test, type Page } from "@playwright/test";

// Long facets on the realistic corpus (~1,300 speakers): the first values, the rest behind "Show
// more", and a box that narrows a facet to the values named like what is typed, in the page: typing
// costs the server nothing.

const speakerFacet = (page: Page) => page.getByRole("navigation", { name: "Filters" }).locator("section", { has: page.getByRole("heading", { name: "Speaker" }) });

test.describe("long facets", () => {
  test("show their first values and the rest under Show more", async ({ page }) => {
    await page.goto("/statements");
    const facet = speakerFacet(page);
    const more = facet.locator("details.facet-more");
    const hidden = more.locator("a");
    expect(await hidden.count()).toBeGreaterThan(10);
    await expect(hidden.first()).toBeHidden();
    await expect(facet.locator(":scope > ul").getByRole("link")).toHaveCount(10);
    await more.locator("summary").click();
    await expect(hidden.first()).toBeVisible();
    await expect(more.locator("summary")).toHaveText(`Show ${await hidden.count()} more`);
  });

  test("narrow to what is typed in their box, without a request", async ({ page }) => {
    await page.goto("/statements");
    const facet = speakerFacet(page);
    const box = facet.getByRole("searchbox", { name: "Filter speaker values" });
    await expect(box).toBeVisible();
    // A speaker from behind "Show more": typing finds it and hides the others.
    const wanted = (await facet.locator("details .facet-label").nth(5).textContent())!.trim();
    const asked: string[] = [];
    page.on("request", (r) => asked.push(r.url()));
    await box.fill(wanted);
    const visible = facet.getByRole("link").filter({ visible: true });
    await expect(visible.first()).toContainText(wanted);
    for (const label of await visible.locator(".facet-label").allTextContents()) expect(label.toLowerCase()).toContain(wanted.toLowerCase());
    await expect(facet.getByRole("status")).toHaveText(/^\d+ values?$/);
    await box.fill("zzzzqqq");
    await expect(visible).toHaveCount(0);
    await expect(facet.getByText("None among the most frequent.")).toBeVisible();
    await box.fill("");
    await expect(facet.locator(":scope > ul").getByRole("link").first()).toBeVisible();
    expect(asked).toEqual([]);
  });

  test("work without JavaScript: Show more opens, the box is not offered", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/statements");
    const facet = speakerFacet(page);
    await expect(facet.getByRole("searchbox")).toHaveCount(0);
    await facet.locator("summary").click();
    await expect(facet.locator("details").getByRole("link").first()).toBeVisible();
    await context.close();
  });
});
