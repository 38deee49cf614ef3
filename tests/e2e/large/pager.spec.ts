import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

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

// The API walks both ways too: nextCursor and prevCursor (and the Link headers rel="next" and
// rel="prev", which carry the same cursors) lead forward three pages and back to the very pages seen.
type ApiPage = { items: { id?: string; slug?: string }[]; nextCursor: string | null; prevCursor: string | null };

/** The Link header's targets by rel, as paths with their query (the origin is the site's). */
function links(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, url, rel] of (header ?? "").matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)) {
    const u = new URL(url!);
    out[rel!] = u.pathname + u.search;
  }
  return out;
}

const withCursor = (path: string, cursor: string) => {
  const url = new URL(path, "http://x");
  if (cursor === "") url.searchParams.delete("cursor");
  else url.searchParams.set("cursor", cursor);
  return url.pathname + url.search;
};

async function apiForwardAndBack(request: APIRequestContext, start: string) {
  const get = async (path: string) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    return { page: (await res.json()) as ApiPage, links: links(res.headers()["link"]), path };
  };
  const keys = (p: ApiPage) => p.items.map((i) => i.id ?? i.slug);
  const first = await get(start);
  expect(first.page.prevCursor).toBeNull();
  expect(first.links.prev).toBeUndefined();
  const seen = [first];
  // Three pages on, or to the end of the list when it comes sooner (but not before the third page).
  while (seen.length < 4 && (seen.length < 3 || seen.at(-1)!.page.nextCursor !== null)) {
    const at = seen.at(-1)!;
    expect(at.page.nextCursor, at.path).not.toBeNull();
    expect(at.links.next).toBe(withCursor(start, at.page.nextCursor!));
    seen.push(await get(at.links.next!));
  }
  // The second page's previous is the first, which has no cursor: prevCursor "" and a Link without one.
  expect(seen[1]!.page.prevCursor).toBe("");
  expect(seen[1]!.links.prev).toBe(withCursor(start, ""));
  for (let i = seen.length - 1; i > 0; i--) {
    const here = seen[i]!;
    expect(here.links.prev).toBe(withCursor(start, here.page.prevCursor!));
    const back = await get(withCursor(start, here.page.prevCursor!));
    expect(keys(back.page), `back from page ${i + 1}`).toEqual(keys(seen[i - 1]!.page));
    expect(back.page.nextCursor).toBe(seen[i - 1]!.page.nextCursor);
  }
  const all = seen.flatMap((s) => keys(s.page));
  expect(new Set(all).size).toBe(all.length);
  return all;
}

test.describe("the API's previous page", () => {
  test.describe.configure({ timeout: 90_000 });

  test("on /api/statements, filtered and sorted", async ({ request }) => {
    await apiForwardAndBack(request, "/api/statements?kind=direct&sort=oldest&limit=40");
  });

  test("on /api/statements, newest first, into the undated statements at the end", async ({ request }) => {
    type Counted = { total: number; facets: { outlet: { value: string; count: number }[] } };
    const count = async (query: string) => (await (await request.get(`/api/statements?${query}&limit=1`)).json()) as Counted;
    // The outlet with undated statements whose list is shortest (but a few pages long): walked to its end.
    const outlets = (await count("year=unknown")).facets.outlet.map((o) => o.value);
    const totals = await Promise.all(outlets.map(async (o) => ({ o, n: (await count(`outlet=${o}`)).total })));
    const { o, n } = totals.filter((t) => t.n >= 8).sort((a, b) => a.n - b.n)[0]!;
    expect(n).toBeLessThanOrEqual(2_000);
    const ids = await apiForwardAndBack(request, `/api/statements?outlet=${o}&limit=${Math.ceil(n / 4)}`);
    expect(ids).toHaveLength(n);
  });

  test("on a search (the statement columns' path) and ranked by relevance", async ({ request }) => {
    await apiForwardAndBack(request, "/api/statements?q=said&limit=30");
    await apiForwardAndBack(request, "/api/statements?q=said&sort=relevance&limit=30");
  });

  test("on /api/speakers", async ({ request }) => {
    await apiForwardAndBack(request, "/api/speakers?limit=25");
  });
});
