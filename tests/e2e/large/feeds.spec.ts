import { expect, test } from "@playwright/test";
import { databaseEngine } from "@/lib/db/client";
import { Prisma } from "@/lib/db/sql";
import { e2eDatabaseUrl } from "@/tests/e2e/databases";

// Any filtered statement list has an Atom feed, found from the page (<link rel="alternate">), holding
// the list's newest statements by when they entered the corpus.

type Page = { items: { id: string }[]; total: number; facets: { speaker: { value: string }[]; topic: { value: string }[] } };

const entries = (xml: string) =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    id: /<id>[^<]*\/statements\/([a-z2-7]{12})<\/id>/.exec(body!)![1]!,
    published: /<published>([^<]+)<\/published>/.exec(body!)?.[1],
    updated: /<updated>([^<]+)<\/updated>/.exec(body!)?.[1],
  }));

test("a filtered list links its feed, whose entries are the list's, dated when they entered the corpus", async ({ page, request }) => {
  const all = (await (await request.get("/api/statements?limit=1")).json()) as Page;
  const speaker = all.facets.speaker.find((v) => v.value !== "none")!.value;
  const byHim = (await (await request.get(`/api/statements?speaker=${speaker}&limit=1`)).json()) as Page;
  const topic = byHim.facets.topic[0]!.value;
  const query = `speaker=${speaker}&topic=${topic}`;
  await page.goto(`/statements?${query}`);
  const alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute("href", `/statements/feed.xml?${query}`);
  await expect(page.getByRole("link", { name: "Feed" })).toHaveAttribute("href", `/statements/feed.xml?${query}`);

  const res = await request.get(`/statements/feed.xml?${query}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  const list = (await (await request.get(`/api/statements?${query}&limit=500`)).json()) as Page;
  const got = entries(xml);
  expect(got.length).toBe(Math.min(50, list.total));
  expect(got.length).toBeGreaterThan(0);
  const ids = new Set(list.items.map((s) => s.id));
  expect(got.filter((e) => !ids.has(e.id))).toEqual([]);
  // Each entry's dates are when its statement entered the corpus, newest first.
  const url = e2eDatabaseUrl("e2e-large");
  const db = databaseEngine(url).openRaw(url, { readonly: true });
  try {
    for (const e of got) {
      const [row] = await db.all<{ t: string | Date }>(
        Prisma.sql`SELECT s."addedAt" AS t FROM "Statement" s WHERE s."id" = ${e.id}`,
      );
      const t = new Date(row!.t).toISOString();
      expect(e).toEqual({ id: e.id, published: t, updated: t });
    }
  } finally {
    await db.close();
  }
  const times = got.map((e) => e.updated!);
  expect(times).toEqual([...times].sort().reverse());
});

test("a feed's parameters are read as the list's: a bad one is a 400, a slug that names nothing a 404", async ({ request }) => {
  for (const bad of ["from=garbage", "kind=shouted", "speaker=Not%20A%20Slug", "confidence=2", "from=2016-05-01&to=2016-04-01"]) {
    expect((await request.get(`/statements/feed.xml?${bad}`)).status(), bad).toBe(400);
  }
  expect((await request.get("/statements/feed.xml?speaker=nobody-at-all")).status()).toBe(404);
  const none = await request.get("/statements/feed.xml?speaker=none&confidence=0.5");
  expect(none.status()).toBe(200);
  expect(await none.text()).toContain("<title>Verbatim: statements by speakers not identified, confidence at least 0.5</title>");
});
