import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { bumpCorpusVersion } from "@/lib/db/write";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The page cache as Next.js drives it (get; on a miss, render; set), on a real migrated database
// whose version is bumped the way ingest bumps it.

type PageCacheModule = typeof import("@/lib/web/page-cache.mjs");

let database: TestDatabase;
let writer: Db;
let PageCache: PageCacheModule["default"];
let pageCacheStats: PageCacheModule["pageCacheStats"];
let refreshCorpusVersion: () => Promise<number | null>;

/** A cached App Router page as Next.js hands it over: the HTML, its RSC payload, and the prefetch segments (one of them the whole payload again). */
const page = (html: string) => {
  const rscData = Buffer.from(`rsc:${html}`);
  const segmentData = new Map([["/_tree", Buffer.from("tree")], ["/_full", Buffer.from(rscData)]]);
  return { kind: "APP_PAGE", html, rscData, segmentData, headers: {}, status: 200 };
};
const forever = { cacheControl: { revalidate: false as const } };

/** What Next.js does for one request: serve the cached page, or render it and offer it to the cache. */
async function request(key: string, render: () => string | Promise<string>) {
  const cache = new PageCache({ maxMemoryCacheSize: 1024 * 1024 });
  const hit = await cache.get(key);
  if (hit) return { html: hit.value.html as string, hit: true };
  const html = await render();
  await cache.set(key, page(html), forever);
  return { html, hit: false };
}

// On PostgreSQL a process hears of the new version by notification or poll (within POLL_MS); the
// tests read it at once, as the page cache would a moment later. On SQLite every read is current
// already, so these tests still show that the next request sees the change.
const ingest = async () => {
  await writer.$transaction((tx) => bumpCorpusVersion(tx));
  await refreshCorpusVersion();
};

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  writer = createDb({ readonly: false, url: database.url });
  ({ default: PageCache, pageCacheStats } = await import("@/lib/web/page-cache.mjs"));
  ({ refreshCorpusVersion } = await import("@/lib/db/corpus-reads.mjs"));
  await refreshCorpusVersion();
});

afterAll(async () => {
  await writer.$disconnect();
  await database.cleanup();
});

beforeEach(async () => {
  await new PageCache().revalidateTag();
});

describe("PageCache", () => {
  it("serves a rendered page until an ingest changes the corpus, then renders it again", async () => {
    expect(await request("/statements/a", () => "v1")).toEqual({ html: "v1", hit: false });
    expect(await request("/statements/a", () => "not rendered")).toEqual({ html: "v1", hit: true });
    await ingest();
    expect(await request("/statements/a", () => "v2")).toEqual({ html: "v2", hit: false });
    expect(await request("/statements/a", () => "not rendered")).toEqual({ html: "v2", hit: true });
  });

  it("drops every page at once when the corpus changes, not only the one asked for", async () => {
    await request("/speakers/a", () => "a1");
    await request("/speakers/b", () => "b1");
    expect(pageCacheStats().entries).toBe(2);
    await ingest();
    await request("/speakers/a", () => "a2");
    expect(pageCacheStats().entries).toBe(1);
    expect((await request("/speakers/b", () => "b2")).html).toBe("b2");
  });

  it("does not keep a page whose render overlapped an ingest", async () => {
    const during = await request("/articles/a", async () => {
      await ingest();
      return "rendered while the corpus changed";
    });
    expect(during.hit).toBe(false);
    expect(await request("/articles/a", () => "after")).toEqual({ html: "after", hit: false });
    expect((await request("/articles/a", () => "not rendered")).hit).toBe(true);
  });

  it("keeps nothing it was not asked for first", async () => {
    await new PageCache().set("/topics/a", page("unasked"), forever);
    expect(await new PageCache().get("/topics/a")).toBeNull();
  });

  it("stays within its memory budget, dropping the least recently used page first", async () => {
    // Random text barely compresses: about 150 kB an entry (the HTML and its RSC payload, kept once
    // though Next.js hands it over twice), so the 1 MiB budget holds six.
    const big = () => randomBytes(75 * 1024).toString("base64");
    for (const key of ["/p/1", "/p/2", "/p/3"]) await request(key, big);
    expect((await request("/p/1", () => "not rendered")).hit).toBe(true);
    for (const key of ["/p/4", "/p/5", "/p/6", "/p/7", "/p/8"]) await request(key, big);
    const { entries, bytes, maxBytes } = pageCacheStats();
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    expect(entries).toBeLessThan(8);
    expect((await request("/p/1", () => "evicted")).hit).toBe(true);
    expect((await request("/p/2", () => "evicted")).hit).toBe(false);
  });

  it("keeps pages gzipped, the RSC payload once, and hands them back as they were", async () => {
    const html = `<p>“Quoted” words</p>${"<li>the same markup, row after row</li>".repeat(2_500)}`;
    await request("/q/big", () => html);
    expect(pageCacheStats().bytes).toBeLessThan(html.length / 10);
    const hit = await new PageCache().get("/q/big");
    expect(hit?.value.html).toBe(html);
    expect(hit?.value.rscData?.toString()).toBe(`rsc:${html}`);
    expect([...(hit?.value.segmentData ?? [])].map(([segment, buffer]) => [segment, buffer.toString()])).toEqual([["/_tree", "tree"], ["/_full", `rsc:${html}`]]);
    expect(hit?.value).toMatchObject({ kind: "APP_PAGE", status: 200, headers: {} });
  });
});
