import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { CACHE_CONTROL } from "../../lib/web/http-cache.mjs";
import { ingest, scratchDir } from "./ingest-into-server";

// Article text is data and every response carries the security headers. A hostile article goes in
// through the real ingest command, on the running server's database, and must come out as text.

test.describe.configure({ mode: "serial" });

const dir = scratchDir("security");

/** Each payload sets window.__xss when it runs: a page that reads it back as undefined ran none. */
const HOSTILE = `<script>window.__xss=1</script>Hostile <img src=x onerror='window.__xss=2'> headline

"Budgets <script>window.__xss=3</script> must <img src=x onerror='window.__xss=4'> balance and </script><script>window.__xss=5</script> add up," Senator Nora Pike said on Tuesday.

Senator Nora Pike also said that the <b>committee</b> would <iframe src="javascript:window.__xss=6"></iframe> meet again.
`;

/** The directives of a Content-Security-Policy header, each with its sources. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  expect(headers["x-powered-by"], where).toBeUndefined();
  const csp = parseCsp(headers["content-security-policy"] ?? "");
  expect(csp.get("default-src"), where).toEqual(["'self'"]);
  expect(csp.get("object-src"), where).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(["'none'", "'self'"], where).toContain(csp.get("base-uri")?.join(" "));
  expect(csp.get("form-action"), where).toEqual(["'self'"]);
  // No third-party origin anywhere: only keywords ('self', 'none', 'unsafe-inline') and data: images.
  for (const [name, sources] of csp) {
    for (const source of sources) expect(source, `${where}: ${name}`).toMatch(/^'(self|none|unsafe-inline)'$|^data:$/);
  }
}

async function firstOf(request: APIRequestContext, api: string): Promise<Record<string, string>> {
  const body = await (await request.get(api)).json();
  return body.items[0];
}

test("every kind of response carries the security headers", async ({ request }) => {
  const article = await firstOf(request, "/api/articles");
  const statement = await firstOf(request, "/api/statements");
  const speaker = await firstOf(request, "/api/speakers");
  const topic = await firstOf(request, "/api/topics");
  const answers: [string, number][] = [
    ["/", 200], ["/articles", 200], ["/statements", 200], ["/speakers", 200], ["/topics", 200], ["/dates", 200],
    ["/dates/unknown-year", 200], ["/search?q=nato", 200],
    [`/articles/${article!.slug}`, 200], [`/statements/${statement!.id}`, 200],
    [`/speakers/${speaker!.slug}`, 200], [`/topics/${topic!.slug}`, 200],
    [`/speakers/${speaker!.slug}/feed.xml`, 200], [`/topics/${topic!.slug}/feed.xml`, 200],
    ["/api/statements", 200], ["/api/statements?format=csv", 200], ["/api/articles", 200], ["/api/speakers", 200],
    ["/api/topics", 200], [`/api/statements/${statement!.id}`, 200], [`/api/articles/${article!.slug}`, 200],
    ["/api/statements?limit=abc", 400], ["/api/statements/nothere", 400],
    ["/no-such-page", 404], ["/api/no-such-route", 404], ["/statements/aaaaaaaaaaaa", 404], ["/speakers/nobody/feed.xml", 404],
  ];
  for (const [url, status] of answers) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(status);
    expectSecurityHeaders(res.headers(), url);
  }
});

test("pages served from the page cache carry them too, and ask shared caches to revalidate by ETag", async ({ request }) => {
  const article = await firstOf(request, "/api/articles");
  const statement = await firstOf(request, "/api/statements");
  const speaker = await firstOf(request, "/api/speakers");
  const topic = await firstOf(request, "/api/topics");
  for (const url of [`/articles/${article!.slug}`, `/statements/${statement!.id}`, `/speakers/${speaker!.slug}`, `/topics/${topic!.slug}`, "/statements/aaaaaaaaaaaa"]) {
    await request.get(url);
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.headers()["x-nextjs-cache"], url).toBe("HIT");
    expectSecurityHeaders(res.headers(), `${url} (cached)`);
    // Never Next.js's default `s-maxage=31536000`: an ingest can change the page at any moment. A
    // shared cache keeps it a few seconds, then revalidates with the ETag (lib/web/http-cache.mjs).
    if (res.status() === 200) {
      expect(res.headers()["cache-control"], url).toBe(CACHE_CONTROL);
      expect(res.headers().etag, url).toMatch(/^W\/".+"$/);
      const again = await request.get(url, { maxRedirects: 0, headers: { "if-none-match": res.headers().etag! } });
      expect(again.status(), url).toBe(304);
      expectSecurityHeaders(again.headers(), `${url} (304)`);
    } else {
      expect(res.headers()["cache-control"], url).toBe("no-cache");
    }
  }
});

test("the 301 and 410 of retired addresses (proxy.ts, scripts/serve.mjs) carry them too", async ({ request }) => {
  const file = path.join(dir, "harbour-plan.txt");
  writeFileSync(file, 'Harbour plan shelved\n\n"The harbour plan is shelved for now," Mayor Ilse Brandt said on Monday.\n');
  ingest(file);
  const before = (await (await request.get("/api/articles/harbour-plan-shelved")).json()).statements[0].id as string;
  writeFileSync(file, 'Harbour plan shelved\n\n"The harbour plan is shelved for a year," Mayor Ilse Brandt said on Monday.\n');
  ingest(file);
  const after = (await (await request.get("/api/articles/harbour-plan-shelved")).json()).statements[0].id as string;
  for (const url of [`/statements/${before}`, `/api/statements/${before}?format=json`]) {
    const moved = await request.get(url, { maxRedirects: 0 });
    expect(moved.status(), url).toBe(301);
    expect(moved.headers().location, url).toBe(url.replace(before, after));
    expectSecurityHeaders(moved.headers(), url);
  }
  ingest("--remove", file);
  for (const url of ["/articles/harbour-plan-shelved", "/api/articles/harbour-plan-shelved", `/statements/${after}`, `/api/statements/${after}`]) {
    const gone = await request.get(url, { maxRedirects: 0 });
    expect(gone.status(), url).toBe(410);
    expectSecurityHeaders(gone.headers(), url);
  }
});

/** Violations the page reported, recorded from before its first script ran. */
async function watchCsp(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return console;
}

const reported = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test("the main pages run under the policy without a single violation, copy buttons included", async ({ page, context, request, baseURL }) => {
  const consoleViolations = await watchCsp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
  const article = await firstOf(request, "/api/articles");
  const statement = await firstOf(request, "/api/statements");
  const speaker = await firstOf(request, "/api/speakers");
  const topic = await firstOf(request, "/api/topics");
  for (const url of [
    "/", "/articles", "/statements", "/speakers", "/topics", "/dates", "/search?q=nato",
    `/articles/${article!.slug}`, `/speakers/${speaker!.slug}`, `/topics/${topic!.slug}`, "/no-such-page",
  ]) {
    await page.goto(url);
    expect(await reported(page), url).toEqual([]);
  }
  // The permalink page's copy button is a client component: it works only if the page hydrated.
  await page.goto(`/statements/${statement!.id}`);
  const copy = page.locator(".citation + p button.copy-button").first();
  await expect(copy).toHaveText("Copy APA citation");
  await copy.click();
  await expect(copy).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator(".citation").first().textContent());
  // Client-side navigation fetches the next page's data from the same origin.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Speakers" }).click();
  await expect(page).toHaveURL(/\/speakers$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await reported(page)).toEqual([]);
  expect(consoleViolations).toEqual([]);
});

test("HTML and script inside an article's title, text and quotes render as text", async ({ page, request }) => {
  const file = path.join(dir, "hostile.txt");
  writeFileSync(file, HOSTILE);
  ingest(file);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const found = await (await request.get("/api/statements?q=budgets+balance")).json();
  const quote = found.items[0] as { id: string; text: string; article: { slug: string; title: string }; speaker: { slug: string } };
  expect(quote.text).toContain("<script>window.__xss=3</script>");
  expect(quote.article.title).toContain("<script>window.__xss=1</script>");

  const pages = [
    `/articles/${quote.article.slug}`, `/statements/${quote.id}`, "/search?q=budgets", "/statements?q=budgets",
    `/speakers/${quote.speaker.slug}`, "/articles", "/", "/dates/unknown-year",
  ];
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
    // Nothing from the article became an element: the only <script> in <main> is the JSON-LD block.
    expect(await page.locator("main img, main iframe, main b, main script:not([type='application/ld+json'])").count(), url).toBe(0);
  }
  await page.goto(`/articles/${quote.article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=1</script>Hostile <img src=x");
  await expect(page.locator("main")).toContainText("</script><script>window.__xss=5</script>");
  await expect(page.locator("main")).toContainText("<iframe src=\"javascript:window.__xss=6\"></iframe>");
  await page.goto(`/statements/${quote.id}`);
  await expect(page.locator("blockquote.quote")).toContainText("<img src=x onerror='window.__xss=4'>");
  // The JSON-LD block keeps the quote without letting it close the script element.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld.hasPart.text).toBe(quote.text);
  await page.goto("/search?q=budgets");
  await expect(page.locator("main")).toContainText("<script>window.__xss=3</script>");
  expect(dialogs).toEqual([]);

  const feed = await (await request.get(`/speakers/${quote.speaker.slug}/feed.xml`)).text();
  expect(feed).toContain("&lt;script&gt;window.__xss=3&lt;/script&gt;");
  expect(feed).not.toMatch(/<script|<img|<iframe/i);
});
