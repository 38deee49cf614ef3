import { expect, test } from "@playwright/test";

// A page view costs the server the page and what the browser prefetches in the background. Every
// facet, card and chip link used to be prefetched (51 server renders for one view of /statements);
// now only the link a reader most likely opens next (the next page) is.

const LIST_PAGES = ["/", "/statements", "/speakers", "/articles", "/topics", "/dates", "/search?q=nato"];

test("a list page view asks the server for at most 5 things", async ({ page }) => {
  test.setTimeout(120_000);
  const counts: string[] = [];
  for (const path of LIST_PAGES) {
    const asked: string[] = [];
    const listen = (request: { url: () => string; resourceType: () => string }) => {
      const url = new URL(request.url());
      // Documents and React Server Component fetches are server renders; static files are not.
      if (!url.pathname.startsWith("/_next/static/") && ["document", "fetch", "xhr"].includes(request.resourceType())) asked.push(url.pathname + url.search);
    };
    page.on("request", listen);
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(2_500);
    page.off("request", listen);
    counts.push(`${path}: ${asked.length}`);
    expect(asked.length, `${path} asked for ${asked.join(", ")}`).toBeLessThanOrEqual(5);
  }
  test.info().annotations.push({ type: "requests per page view", description: counts.join("; ") });
  console.log(`requests per page view: ${counts.join("; ")}`);
});
