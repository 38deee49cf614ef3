import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ingest, scratchDir } from "./ingest-into-server";

// The permalink, article, speaker and topic pages are rendered once and then served from the page
// cache (lib/web/page-cache.mjs). An ingest into the running server's database, from another process,
// must show on the very next request, whatever was cached before it: pages, and 404s alike.

test.describe.configure({ mode: "serial" });

const dir = scratchDir("page-cache");

const noFollow = { maxRedirects: 0 };

/** Asks twice; the second answer must come from the page cache and say what the first said. */
async function cachedAnswer(request: APIRequestContext, url: string) {
  const first = await request.get(url, noFollow);
  const second = await request.get(url, noFollow);
  expect(second.headers()["x-nextjs-cache"], url).toBe("HIT");
  expect(second.status(), url).toBe(first.status());
  expect(await second.text(), url).toBe(await first.text());
  return second;
}

/** One request, which must have been rendered for it rather than served from the cache. */
async function freshAnswer(request: APIRequestContext, url: string) {
  const res = await request.get(url, noFollow);
  expect(res.headers()["x-nextjs-cache"], url).toBe("MISS");
  return res;
}

const FERRY = `Ferry timetable cut

"The winter ferry will run twice a day, and the island needs better infrastructure," Senator Odile Marchetti said on Friday.
`;

const FERRY_REVISED = `Ferry timetable cut for the winter

"The winter ferry will run twice a day, and the island needs better infrastructure," Senator Odile Marchetti said on Friday.

"Tickets will cost the same, and the roads to the pier will be repaired," Marchetti added.
`;

test("a cached page shows what an ingest changed on the very next request", async ({ request }) => {
  const file = path.join(dir, "ferry.txt");
  // A speaker who is not in the corpus yet: her page is a 404, and the 404 is cached too.
  const speakerPage = "/speakers/odile-marchetti";
  expect((await cachedAnswer(request, speakerPage)).status()).toBe(404);

  writeFileSync(file, FERRY);
  ingest(file);
  const created = await freshAnswer(request, speakerPage);
  expect(created.status()).toBe(200);
  expect(await created.text()).toContain("The winter ferry will run twice a day");

  const found = (await (await request.get("/api/statements?speaker=odile-marchetti")).json()) as { items: { id: string; topics: string[] }[] };
  const statement = found.items[0]!;
  expect(statement.topics).toContain("infrastructure");
  const pages = [`/statements/${statement.id}`, "/articles/ferry-timetable-cut", speakerPage, "/topics/infrastructure"];
  for (const url of pages) expect((await cachedAnswer(request, url)).status(), url).toBe(200);

  // The same file, retitled, with one more quote: the first statement keeps its id (its text and
  // file are unchanged), the article moves to the new title's address.
  writeFileSync(file, FERRY_REVISED);
  ingest(file);
  const permalink = await freshAnswer(request, `/statements/${statement.id}`);
  expect(permalink.status()).toBe(200);
  expect(await permalink.text()).toContain("Ferry timetable cut for the winter");
  const speaker = await freshAnswer(request, speakerPage);
  expect(await speaker.text()).toContain("Tickets will cost the same");
  const topic = await freshAnswer(request, "/topics/infrastructure");
  expect(await topic.text()).toContain("Tickets will cost the same");
  const moved = await request.get("/articles/ferry-timetable-cut", noFollow);
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toMatch(/\/articles\/ferry-timetable-cut-for-the-winter$/);
  const retitled = await freshAnswer(request, "/articles/ferry-timetable-cut-for-the-winter");
  expect(await retitled.text()).toContain("Tickets will cost the same");

  // Removed: every cached page of the article answers 410 at once, and its quotes leave the others.
  for (const url of pages.slice(0, 2)) await cachedAnswer(request, url.replace("ferry-timetable-cut", "ferry-timetable-cut-for-the-winter"));
  ingest("--remove", file);
  for (const url of [`/statements/${statement.id}`, "/articles/ferry-timetable-cut-for-the-winter", "/articles/ferry-timetable-cut"]) {
    expect((await request.get(url, noFollow)).status(), url).toBe(410);
  }
  const speakerAfter = await freshAnswer(request, speakerPage);
  expect(await speakerAfter.text()).not.toContain("Tickets will cost the same");
});

test("a query string neither splits nor bypasses the cached page", async ({ request }) => {
  const [statement] = (await (await request.get("/api/statements?limit=1")).json()).items as { id: string }[];
  const url = `/statements/${statement!.id}`;
  const page = await cachedAnswer(request, url);
  const withQuery = await request.get(`${url}?utm_source=x&cursor=abc`, noFollow);
  expect(withQuery.status()).toBe(200);
  expect(await withQuery.text()).toBe(await page.text());
});
