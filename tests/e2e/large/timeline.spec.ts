import { expect, test, type Page } from "@playwright/test";

// The home page's timeline on the realistic corpus (2012–2019, too many months for month links of
// 24 px at any width): its links are a year each, at least 24 × 24 px on a 390 px phone and on a
// desktop, one for every year with statements and one for the year not stated; none scrolls the page.

/** The timeline's links that show, with their box and address. */
const shownLinks = (page: Page) =>
  page.locator("svg.timeline a").evaluateAll((links) =>
    links
      .map((a) => ({ href: a.getAttribute("href")!, box: a.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 || box.height > 0)
      .map(({ href, box }) => ({ href, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 })),
  );

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test(`the home timeline's links are a year each and 24 px at ${viewport.width} px`, async ({ browser, request }) => {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500, isMobile: viewport.width < 500 });
    const page = await context.newPage();
    await page.goto("/");
    const links = await shownLinks(page);
    const small = links.filter((l) => l.width < 24 || l.height < 24);
    expect(small).toEqual([]);
    const years = ((await (await request.get("/api/statements?limit=1")).json()) as { facets: { year: { value: string }[] } }).facets.year.map((y) => y.value);
    expect(years.length).toBeGreaterThan(5);
    const expected = years.map((y) => (y === "unknown" ? "/dates/unknown-year" : `/dates/${y}`)).sort();
    expect(links.map((l) => l.href).sort()).toEqual(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.locator("figure.timeline-figure").screenshot({ path: test.info().outputPath(`timeline-${viewport.width}.png`) });
    await page.screenshot({ path: test.info().outputPath(`home-${viewport.width}.png`) });
    await context.close();
  });
}
