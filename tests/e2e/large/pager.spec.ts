import { expect, test, type Page } from "@playwright/test";

// Cursor lists go back as well as on: Next twice, then Previous twice, lands on the pages seen, with
// the same first item, down to the first page (which has no Previous).

const firstItem = (page: Page, item: string) => page.locator(item).first().innerText();

async function forwardAndBack(page: Page, start: string, item: string) {
  await page.goto(start);
  const seen: { url: string; first: string }[] = [{ url: page.url(), first: await firstItem(page, item) }];
  for (let i = 0; i < 2; i++) {
    await page.getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page).not.toHaveURL(seen.at(-1)!.url);
    seen.push({ url: page.url(), first: await firstItem(page, item) });
  }
  for (const back of [seen[1]!, seen[0]!]) {
    await page.getByRole("link", { name: "← Previous page" }).click();
    await expect(page).toHaveURL(back.url);
    expect(await firstItem(page, item)).toBe(back.first);
  }
  await expect(page.getByRole("link", { name: "← Previous page" })).toHaveCount(0);
}

test.describe("previous page", () => {
  // Five page loads each; a search's first pages may be answered in SQL while the statement columns load.
  test.describe.configure({ timeout: 90_000 });

  test("on /statements, filtered and sorted", async ({ page }) => {
    await forwardAndBack(page, "/statements?kind=direct&sort=oldest", ".statement-card");
  });

  test("on a search with its words (the statement columns' path)", async ({ page }) => {
    await forwardAndBack(page, "/statements?q=said", ".statement-card");
  });

  test("on /speakers", async ({ page }) => {
    await forwardAndBack(page, "/speakers", ".cards li");
  });

  test("on a date page", async ({ page, request }) => {
    const years = (await (await request.get("/api/statements?limit=1")).json()) as { facets: { year: { value: string; count: number }[] } };
    const busiest = years.facets.year.filter((y) => y.value !== "unknown").sort((a, b) => b.count - a.count)[0]!;
    expect(busiest.count).toBeGreaterThan(150);
    await forwardAndBack(page, `/dates/${busiest.value}`, ".statement-card");
  });
});
