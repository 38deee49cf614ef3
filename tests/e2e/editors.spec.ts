import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDatabaseUrl, removeDatabase } from "./databases";
import { ingest, scratchDir } from "./ingest-into-server";
import { testEngine } from "../helpers/engine";

// Editors correct attributions on the page, readers report errors, and nothing unauthorised gets in:
// accounts made by the real command, corrections through the real page and handlers, on the running
// server's database; the article corrected is one of this spec's own, so the other specs' corpus is
// the seeds' as before.

test.describe.configure({ mode: "serial" });

const dir = scratchDir("editors");
/** The spec's own article, in a folder of its own (the exports go beside it, not in it). */
const corpus = path.join(dir, "corpus");
const ARTICLE = `HARBOURTON, March 3, 2016. The mayor of Harbourton, Ilse Brandt, said on Thursday that the port would reopen in April.

"We have waited long enough," Brandt said. "The ships will come back to the old quay."

Councillor Tom Reyes said the budget did not allow a reopening this year.
`;
const PASSWORD = "a long enough password";

/** Runs one of the repository's commands on the server's database (or another); its output. */
function run(script: string, args: string[], url = e2eDatabaseUrl("e2e")): string {
  return execFileSync("node_modules/.bin/tsx", [script, ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" }).toString();
}

/** A new editor, set up through the printed link in `page`: signed in there afterwards. */
async function newEditor(page: Page, email: string): Promise<void> {
  const out = run("scripts/editor.ts", ["add", email]);
  const link = new URL(out.trim().split("\n").at(-1)!);
  await page.goto(`${link.pathname}${link.hash}`);
  await page.getByLabel("Password (at least 12 characters)").fill(PASSWORD);
  await page.getByLabel("The same again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Editor’s desk" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

async function statementMatching(request: APIRequestContext, words: string) {
  const body = await (await request.get(`/api/statements?q=${encodeURIComponent(words)}`)).json();
  expect(body.items.length, words).toBeGreaterThan(0);
  return body.items[0] as { id: string; text: string; speaker: { slug: string; name: string } | null };
}

/** A write request as a page of this site sends it. */
const ownOrigin = (baseURL: string) => ({ origin: new URL(baseURL).origin, "content-type": "application/json" });

test.beforeAll(() => {
  mkdirSync(corpus);
  writeFileSync(path.join(corpus, "editors-harbour.txt"), ARTICLE);
  ingest(corpus);
});

test("an editor signs in, reassigns a speaker with a note; permalink, speaker page and API show it at once; re-ingest, export and import keep it", async ({ page, request }) => {
  await newEditor(page, "desk@example.org");
  const statement = await statementMatching(request, "ships quay");
  await page.goto(`/statements/${statement.id}`);
  const form = page.locator("form", { has: page.getByRole("group", { name: "Speaker" }) });
  await form.getByLabel(/^Speaker/).fill("Pia Lindqvist");
  await form.getByLabel(/^Note/).fill("the harbour master said this, not the mayor");
  await form.getByRole("button", { name: "Save correction" }).click();

  // The very next request, the same page: the new speaker, the note, the history.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pia Lindqvist");
  const history = page.getByRole("region", { name: "Corrected by an editor" });
  await expect(history).toContainText("desk@example.org corrected the speaker: “the harbour master said this, not the mayor”");
  await expect(history).toContainText(`${statement.speaker?.name ?? "none"} → Pia Lindqvist`);

  const api = await (await request.get(`/api/statements/${statement.id}`)).json();
  expect(api.speaker.name).toBe("Pia Lindqvist");
  expect(api.corrections).toEqual([{ field: "speaker", note: "the harbour master said this, not the mayor", editor: "desk@example.org" }]);
  expect(api.history).toHaveLength(1);

  // The filtered list and its facets (read from the in-memory statement columns) see it too.
  const listed = await (await request.get(`/api/statements?speaker=${api.speaker.slug}`)).json();
  expect(listed.items.map((i: { id: string }) => i.id)).toContain(statement.id);
  expect(listed.facets.speaker.find((f: { value: string }) => f.value === api.speaker.slug)?.count).toBe(1);

  await page.goto(`/speakers/${api.speaker.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pia Lindqvist");
  await expect(page.getByText(statement.text.replace(/^"|"$/g, "").slice(0, 30)).first()).toBeVisible();

  // Re-ingesting the article keeps the correction.
  ingest(corpus);
  expect((await (await request.get(`/api/statements/${statement.id}`)).json()).speaker.name).toBe("Pia Lindqvist");

  // Export, a fresh database with the same article, import: the same export, and the same speaker.
  const exported = path.join(dir, "exported.json");
  run("scripts/corrections.ts", ["export", exported]);
  const copyUrl = testEngine() === "postgres" ? e2eDatabaseUrl("e2e-editors-copy") : `file:${path.join(dir, "copy.db")}`;
  await removeDatabase(copyUrl);
  try {
    run("scripts/ingest.ts", [corpus], copyUrl);
    expect(run("scripts/corrections.ts", ["import", exported], copyUrl)).toMatch(/1 added/);
    const again = path.join(dir, "again.json");
    run("scripts/corrections.ts", ["export", again], copyUrl);
    expect(JSON.parse(readFileSync(again, "utf8"))).toEqual(JSON.parse(readFileSync(exported, "utf8")));
    run("scripts/ingest.ts", [corpus], copyUrl);
    expect(run("scripts/export.ts", [], copyUrl)).toContain('"name": "Pia Lindqvist"');
  } finally {
    await removeDatabase(copyUrl);
  }
});

test("an editor sets an article's title from a permalink; the article page shows it and the history", async ({ page, request }) => {
  await page.goto("/editor/sign-in");
  await page.getByLabel("E-mail address").fill("desk@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Editor’s desk" })).toBeVisible();
  const statement = await statementMatching(request, "budget reopening");
  await page.goto(`/statements/${statement.id}`);
  await page.locator("summary", { hasText: "The article's title" }).click();
  const form = page.locator("form", { has: page.getByRole("group", { name: "The article's title" }) });
  await form.getByLabel("Title").fill("Harbourton port to reopen in April");
  await form.getByLabel(/^Note/).fill("the headline of the printed edition");
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("link", { name: "Harbourton port to reopen in April" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Harbourton port to reopen in April" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbourton port to reopen in April");
  await expect(page.getByRole("region", { name: "Corrected by an editor" })).toContainText("desk@example.org corrected the article: “the headline of the printed edition”");
});

test("every write handler refuses anonymous requests (401) and requests from another site (403), and changes nothing", async ({ request, baseURL, page }) => {
  const statement = await statementMatching(request, "budget reopening");
  const before = await (await request.get(`/api/statements/${statement.id}`)).json();
  const headers = ownOrigin(baseURL!);
  const writes: [string, unknown][] = [
    ["/api/editor/corrections", { op: "reassign-speaker", statement: statement.id, speaker: "Mallory", note: "n" }],
    ["/api/editor/sign-out", { everywhere: true }],
    ["/api/editor/reports/1", { status: "dismissed", note: "n" }],
  ];
  for (const [url, data] of writes) {
    expect((await request.post(url, { headers, data })).status(), url).toBe(401);
    // A session of a reader who is not an editor: no such thing; a made-up cookie is none either.
    expect((await request.post(url, { headers: { ...headers, cookie: "verbatim_session=forged-token" }, data })).status(), url).toBe(401);
  }

  // A signed-in editor's cookie, sent by a form another site posts (or by that site's script): refused.
  await newEditor(page, "csrf@example.org");
  const cookie = (await page.context().cookies()).find((c) => c.name === "verbatim_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const withCookie = { cookie: `verbatim_session=${cookie.value}` };
  const form = { op: "reassign-speaker", statement: statement.id, speaker: "Mallory", note: "n" };
  const forged = [
    { ...withCookie, origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" },
    { ...withCookie, origin: "http://evil.example", "content-type": "application/json" },
    { ...withCookie, "content-type": "application/json" },
    { ...withCookie, origin: "null", "content-type": "application/json" },
  ];
  for (const h of forged) {
    const response = await request.post("/api/editor/corrections", { headers: h, data: h["content-type"].includes("json") ? form : new URLSearchParams(form as Record<string, string>).toString() });
    expect(response.status(), JSON.stringify(h)).toBe(403);
  }
  // The same request from this site's own page is accepted: the refusals above were the origin's.
  const own = await request.post("/api/editor/corrections", { headers: { ...withCookie, ...headers }, data: { op: "set-kind", statement: statement.id, kind: before.kind, note: "checked: unchanged" } });
  expect(own.status()).toBe(201);

  const after = await (await request.get(`/api/statements/${statement.id}`)).json();
  expect(after.speaker).toEqual(before.speaker);
});

test("a session cookie stops working after sign-out, everywhere", async ({ page, request, baseURL }) => {
  await page.goto("/editor/sign-in");
  await page.getByLabel("E-mail address").fill("csrf@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Editor’s desk" })).toBeVisible();
  const stolen = (await page.context().cookies()).find((c) => c.name === "verbatim_session")!.value;
  const asThief = { ...ownOrigin(baseURL!), cookie: `verbatim_session=${stolen}` };
  expect((await (await request.get("/api/editor/session", { headers: { cookie: asThief.cookie } })).json()).editor.email).toBe("csrf@example.org");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("heading", { name: "Editor sign-in" })).toBeVisible();
  expect((await (await request.get("/api/editor/session", { headers: { cookie: asThief.cookie } })).json()).editor).toBeNull();
  const statement = await statementMatching(request, "budget reopening");
  expect((await request.post("/api/editor/corrections", { headers: asThief, data: { op: "set-kind", statement: statement.id, kind: "mixed", note: "n" } })).status()).toBe(401);
  // And the desk sends a signed-out browser to sign in.
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/editor\/sign-in$/);
});

test("the eleventh wrong password in a minute is locked out, the right one too, with when to try again", async ({ page, request, baseURL }) => {
  await newEditor(page, "locked@example.org");
  const headers = ownOrigin(baseURL!);
  for (let i = 0; i < 10; i++) {
    expect((await request.post("/api/editor/sign-in", { headers, data: { email: "locked@example.org", password: `guess number ${i}` } })).status()).toBe(401);
  }
  const locked = await request.post("/api/editor/sign-in", { headers, data: { email: "locked@example.org", password: PASSWORD } });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await locked.json()).error).toMatch(/try again after \d\d:\d\d:\d\d UTC/);
  // The page says so too.
  await page.context().clearCookies();
  await page.goto("/editor/sign-in");
  await page.getByLabel("E-mail address").fill("locked@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "too many failed sign-ins" })).toContainText(/try again after \d\d:\d\d:\d\d UTC/);
});

test("readers report errors without an account; a huge report is refused, HTML stays text; an editor resolves it", async ({ page, request, baseURL }) => {
  const statement = await statementMatching(request, "budget reopening");
  const headers = ownOrigin(baseURL!);
  const huge = await request.post("/api/reports", { headers, data: { statementId: statement.id, message: "x".repeat(500 * 1024) } });
  expect(huge.status()).toBe(413);
  const hostile = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">the speaker is wrong`;
  expect((await request.post("/api/reports", { headers, data: { statementId: statement.id, message: hostile } })).status()).toBe(201);

  await page.context().clearCookies();
  await page.goto(`/statements/${statement.id}`);
  await page.getByText("Report an error").click();
  await page.getByLabel(/What is wrong/).fill("Reyes is a councillor of another town");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "the editors will look at your report" })).toBeVisible();

  await page.goto("/editor/sign-in");
  await page.getByLabel("E-mail address").fill("desk@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const reports = page.getByTestId("open-report");
  await expect(reports.filter({ hasText: "Reyes is a councillor of another town" })).toBeVisible();
  await expect(reports.filter({ hasText: "<script>window.__xss=1</script>" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  const report = reports.filter({ hasText: "Reyes is a councillor of another town" });
  await report.getByLabel("Note").fill("checked the article: he is this town's");
  await report.getByRole("button", { name: "Dismiss" }).click();
  await expect(reports.filter({ hasText: "Reyes is a councillor of another town" })).toHaveCount(0);
  await expect(page.getByText("dismissed by desk@example.org — checked the article: he is this town's")).toBeVisible();
});

test("the editor's pages and forms have no serious accessibility violations (axe)", async ({ page, request }) => {
  test.setTimeout(120_000);
  const check = async (where: string) => {
    // After the sign-in's client navigation the page's <title> comes with the streamed metadata, a
    // moment after the heading: axe read the page in between once (document-title).
    await expect(page).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  };
  await page.context().clearCookies();
  await page.goto("/editor/sign-in");
  await check("sign-in");
  const statement = await statementMatching(request, "budget reopening");
  await page.goto(`/statements/${statement.id}`);
  await page.getByText("Report an error").click();
  await check("permalink with the report form");
  await page.goto("/editor/sign-in");
  await page.getByLabel("E-mail address").fill("desk@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Editor’s desk" })).toBeVisible();
  await check("desk");
  await page.goto(`/statements/${statement.id}`);
  await expect(page.getByRole("heading", { name: "Correct this statement" })).toBeVisible();
  await page.locator(".editor-correction").evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  await check("permalink with every correction form open");
});
