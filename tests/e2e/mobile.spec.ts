import { expect, test, type Page } from "@playwright/test";

// On a 390 px phone: nothing scrolls sideways, and every link, button and field in the page's content
// is at least 24 × 24 px (WCAG 2.5.8), except a link inside a sentence, whose height is the line's.
// The timeline's links (in its SVG) are measured like the others.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function articleAndPermalink(page: Page): Promise<string[]> {
  await page.goto("/statements");
  const permalink = (await page.locator(".statement-card a.permalink").first().getAttribute("href"))!;
  const article = (await page.locator(".statement-card .attribution a").nth(1).getAttribute("href"))!;
  return [article, permalink];
}

/** Targets in <main> smaller than 24 × 24 px, outside a sentence, described. */
const smallTargets = (page: Page) =>
  page.locator("main").evaluate((main) => {
    const inSentence = (el: Element) => {
      if (getComputedStyle(el).display !== "inline") return false;
      const p = el.closest("p");
      if (!p) return false;
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("a, button").forEach((t) => t.remove());
      return /[\p{L}\p{N}]/u.test(copy.textContent ?? "");
    };
    const out: string[] = [];
    for (const el of main.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (display: none, closed <details>)
      if ((box.width < 24 || box.height < 24) && !inSentence(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, ".")}` : ""} “${(el.textContent ?? "").trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  });

test("list and reading pages fit a 390 px screen, with tap targets of 24 px", async ({ page }) => {
  test.setTimeout(120_000);
  const pages = ["/", "/statements", "/statements?speaker=sergey-lavrov", "/speakers", "/articles", "/topics", "/dates", "/dates/2016", "/search?q=nato", ...(await articleAndPermalink(page))];
  const problems: Record<string, string[]> = {};
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const small = await smallTargets(page);
    if (overflow > 0 || small.length) problems[path] = [...(overflow > 0 ? [`scrolls ${overflow} px sideways`] : []), ...small];
  }
  expect(problems).toEqual({});
});

test("the home timeline's links are measured: a month each on the seeds, over their bars, 24 px", async ({ page }) => {
  await page.goto("/");
  const shown = await page.locator("svg.timeline a").evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute("href")!, box: a.getBoundingClientRect() })).filter(({ box }) => box.width > 0),
  );
  // Months, then the year not stated (the TASS seed): each tap lands on its period's page.
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.every(({ href }) => /^\/dates\/(\d{4}-\d{2}|unknown-year)$/.test(href))).toBe(true);
  for (const { href, box } of shown) expect(Math.min(box.width, box.height), href).toBeGreaterThanOrEqual(24);
  await page.locator("figure.timeline-figure").screenshot({ path: test.info().outputPath("timeline-seeds-390.png") });
  await page.locator("svg.timeline a").filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/dates\/\d{4}-\d{2}$/);
});

test("list pages have a skip link to their results", async ({ page }) => {
  for (const path of ["/statements", "/speakers", "/articles", "/topics", "/dates/2016", "/search?q=nato"]) {
    await page.goto(path);
    // The second stop of the keyboard, after "Skip to content".
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to results" });
    await expect(skip, path).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#results"), path).toBeFocused();
    await expect(page.locator("#results"), path).toBeInViewport();
  }
  // A page without results offers none.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Skip to results" })).toBeHidden();
});
