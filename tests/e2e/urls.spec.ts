import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ingest, scratchDir } from "./ingest-into-server";

// URLs never break: the corpus changes under the running server (through the real ingest
// command, on the server's database) and old addresses answer 301 or 410.

test.describe.configure({ mode: "serial" });

const dir = scratchDir("urls");

async function statementsOf(request: APIRequestContext, articleSlug: string) {
  const res = await request.get(`/api/articles/${articleSlug}`);
  expect(res.status()).toBe(200);
  return (await res.json()).statements as { id: string; text: string; speaker: { slug: string } | null }[];
}

const noFollow = { maxRedirects: 0 };

test("a changed quote's old permalink answers 301 to its successor", async ({ request }) => {
  const file = path.join(dir, "budget-vote.txt");
  writeFileSync(file, 'Budget vote delayed\n\n"We need another week to count the votes," Senator Mary Quill said on Tuesday.\n');
  ingest(file);
  const [before] = await statementsOf(request, "budget-vote-delayed");
  expect(before?.text).toContain("We need another week");
  // Read (and so cached) before the change: the cached page must not outlive it.
  for (let i = 0; i < 2; i++) expect((await request.get(`/statements/${before!.id}`, noFollow)).status()).toBe(200);

  writeFileSync(file, 'Budget vote delayed\n\n"We need another two weeks to count the votes," Senator Mary Quill said on Tuesday.\n');
  ingest(file);
  const [after] = await statementsOf(request, "budget-vote-delayed");
  expect(after!.id).not.toBe(before!.id);
  const res = await request.get(`/statements/${before!.id}`, noFollow);
  expect(res.status()).toBe(301);
  expect(res.headers().location).toMatch(new RegExp(`/statements/${after!.id}$`));
  const api = await request.get(`/api/statements/${before!.id}`, noFollow);
  expect(api.status()).toBe(301);
});

test("a speaker whose name becomes fuller keeps her old address as a 301", async ({ request }) => {
  const first = path.join(dir, "quill-only.txt");
  writeFileSync(first, 'Quill speaks\n\n"The committee will meet again," Quill told reporters.\n');
  ingest(first);
  const [statement] = await statementsOf(request, "quill-speaks");
  const slug = statement!.speaker!.slug;
  // The surname-only speaker is merged into the one fully named "Mary Quill" of the corpus.
  const res = await request.get(`/speakers/${slug}`, noFollow);
  if (slug !== "mary-quill") {
    expect(res.status()).toBe(301);
    expect(res.headers().location).toMatch(/\/speakers\/mary-quill$/);
  } else {
    expect(res.status()).toBe(200);
  }
  const page = await request.get("/speakers/mary-quill");
  expect(await page.text()).toContain("The committee will meet again");
});

test("a removed article's pages and statements answer 410, and removal is idempotent", async ({ request }) => {
  const statements = await statementsOf(request, "budget-vote-delayed");
  // Read (and so cached) before the removal.
  for (const url of ["/articles/budget-vote-delayed", ...statements.map((s) => `/statements/${s.id}`)]) {
    for (let i = 0; i < 2; i++) expect((await request.get(url, noFollow)).status(), url).toBe(200);
  }
  ingest("--remove", path.join(dir, "budget-vote.txt"));
  ingest("--remove", path.join(dir, "budget-vote.txt"));
  const article = await request.get("/articles/budget-vote-delayed", noFollow);
  expect(article.status()).toBe(410);
  expect(await article.text()).toContain("removed");
  for (const s of statements) {
    expect((await request.get(`/statements/${s.id}`, noFollow)).status()).toBe(410);
    const api = await request.get(`/api/statements/${s.id}`, noFollow);
    expect(api.status()).toBe(410);
    expect((await api.json()).error).toContain("removed");
  }
  const list = await (await request.get("/api/articles?limit=500")).json();
  expect(list.items.map((a: { slug: string }) => a.slug)).not.toContain("budget-vote-delayed");
});

test("an article in another language is stored and readable, and says its statements were not extracted", async ({ page, request }) => {
  ingest("tests/ingest/fixtures/non-english.txt");
  const list = await (await request.get("/api/articles?limit=500")).json();
  const article = list.items.find((a: { statementCount: number; title: string }) => /Gobierno|ministro|gobierno/i.test(a.title));
  expect(article, JSON.stringify(list.items.map((a: { title: string }) => a.title))).toBeDefined();
  expect(article.statementCount).toBe(0);
  await page.goto(article.url);
  await expect(page.locator(".notice")).toContainText("not in English");
  await expect(page.locator(".reader p").first()).not.toBeEmpty();
});
