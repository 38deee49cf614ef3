import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("browsing statements", () => {
  test("article → statement → speaker → topic → date, by clicking", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link", { name: "Russia and Belarus Will Coordinate Response to US Missile Shield" }).click();
    const statements = page.getByRole("region", { name: /Statements in this article/ });
    await expect(statements.locator(".statement-card").first()).toBeVisible();
    const card = statements.locator(".statement-card", { hasText: "Minsk will support the initiatives on disarmament" });
    await card.getByRole("link", { name: /Permalink/ }).click();
    await expect(page).toHaveURL(/\/statements\/[a-z2-7]{12}$/);
    await expect(page.locator("blockquote.quote")).toContainText("Minsk will support the initiatives on disarmament");
    await expect(page.locator("dl.facts").first()).toContainText("Makei");
    await page.locator("dl.facts").first().getByRole("link", { name: /Makei|Makey/ }).click();
    await expect(page).toHaveURL(/\/speakers\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Makei|Makey/);
    await page.getByRole("link", { name: /^Disarmament/ }).first().click();
    // The speaker page has statement cards too: wait for the filtered list before clicking in it.
    await expect(page).toHaveURL(/\/statements\?speaker=[a-z0-9-]+&topic=disarmament$/);
    await expect(page.locator(".statement-card").first()).toBeVisible();
    await page.locator(".statement-card").first().getByRole("link", { name: /^Disarmament$/ }).click();
    await expect(page).toHaveURL(/\/topics\/disarmament$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Disarmament");
    await page.goto("/dates");
    await page.getByRole("heading", { name: /^2016/ }).getByRole("link").click();
    await expect(page).toHaveURL(/\/dates\/2016$/);
    await expect(page.locator(".statement-card").first()).toBeVisible();
  });

  test("filters by minister and by topic, with facet counts that add up", async ({ page }) => {
    await page.goto("/statements");
    const speakers = page.getByRole("navigation", { name: "Filters" }).locator("section", { hasText: "Speaker" });
    const lavrov = speakers.getByRole("link", { name: /Lavrov/ });
    const count = Number(await lavrov.locator(".count").textContent());
    await lavrov.click();
    await expect(page).toHaveURL(/speaker=sergey-lavrov|speaker=sergei-lavrov/);
    await expect(page.locator(".statement-card")).toHaveCount(count);
    for (const name of await page.locator(".statement-card .speaker").allTextContents()) expect(name).toMatch(/Lavrov/);
    const topics = page.getByRole("navigation", { name: "Filters" }).locator("section", { hasText: "Topic" });
    const missile = topics.getByRole("link", { name: /Missile defense/ });
    const both = Number(await missile.locator(".count").textContent());
    await missile.click();
    await expect(page).toHaveURL(/topic=missile-defense/);
    await expect(page.locator(".statement-card")).toHaveCount(both);
    await expect(topics.getByRole("link", { name: /Missile defense/ })).toHaveAttribute("aria-current", "true");
  });

  test("a permalink opened in the article lands on the highlighted span", async ({ page }) => {
    await page.goto("/search?q=arms+race");
    const first = page.locator(".statement-card").first();
    await expect(first.locator("mark").first()).toHaveText(/arms/i);
    await first.getByRole("link", { name: /Permalink/ }).click();
    await page.getByRole("link", { name: "Read it in the article →" }).click();
    await page.waitForURL(/#s-/);
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toMatch(/^s-[a-z2-7]{12}$/);
    const target = page.locator(`mark#${id}`);
    await expect(target).toBeInViewport();
    await expect(target).toContainText("arms race");
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: "test-results/screenshots/permalink-target.png" });
  });

  test("the statement a permalink leads to is highlighted on arrival, after an in-app navigation as after a full load", async ({ page }) => {
    await page.goto("/search?q=arms+race");
    await page.locator(".statement-card").first().getByRole("link", { name: /Permalink/ }).click();
    const into = page.getByRole("link", { name: "Read it in the article →" });
    const href = (await into.getAttribute("href"))!;
    await into.click();
    await page.waitForURL(/#s-/);
    const target = page.locator(`mark#${new URL(page.url()).hash.slice(1)}`);
    // --mark-target (#ffd166), not the kind's colour; and only this statement.
    await expect(target).toHaveCSS("background-color", "rgb(255, 209, 102)");
    await expect(target).toBeInViewport();
    await expect(page.locator("mark.statement.is-target")).toHaveCount(1);
    await page.goto("/articles");
    await page.goto(href);
    await expect(target).toHaveCSS("background-color", "rgb(255, 209, 102)");
  });

  test("copying article text leaves out the speaker tags", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/articles");
    await page.getByRole("link", { name: "Russia and Belarus Will Coordinate Response to US Missile Shield" }).click();
    const paragraph = page.locator(".reader p", { has: page.locator("a.who") }).first();
    await expect(paragraph).toBeVisible();
    const tags = await paragraph.locator("a.who").allTextContents();
    const words = await paragraph.evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("a.who").forEach((a) => a.remove());
      return copy.textContent!;
    });
    // A reader's selection of the whole paragraph, copied with the keyboard.
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const squeeze = (t: string) => t.replace(/\s+/g, " ").trim();
    expect(tags.length).toBeGreaterThan(0);
    expect(squeeze(copied)).toBe(squeeze(words));
  });

  test("the permalink page cites, explains and links out", async ({ page, request }) => {
    const api = await (await request.get("/api/statements?q=arms+race&limit=1")).json();
    const id: string = api.items[0].id;
    await page.goto(`/statements/${id}`);
    await expect(page.locator("h1")).toHaveCount(1);
    const citations = page.locator(".citation");
    await expect(citations).toHaveCount(2);
    // Cited with the reader's today as the access date, in both styles.
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }));
    await expect(citations.nth(0)).toContainText(`Retrieved ${today}, from`);
    await expect(citations.nth(1)).toContainText(`Accessed ${today}.`);
    for (const c of await citations.all()) await expect(c).toContainText(`/statements/${id}`);
    await expect(page.getByRole("heading", { name: "Why it is attributed this way" })).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.hasPart["@type"]).toBe("Quotation");
    expect(ld.hasPart.text).toBe(api.items[0].text);
    await page.screenshot({ path: "test-results/screenshots/statement.png", fullPage: true });
  });

  test("a permalink whose words do not name the speaker shows the sentence that does", async ({ page, request }) => {
    const api = await (await request.get("/api/statements?q=discuss+NATO+coordinated&limit=5")).json();
    const item = api.items.find((s: { text: string }) => s.text.startsWith('"We are going to discuss with NATO'));
    await page.goto(`/statements/${item.id}`);
    const named = page.locator(".named-here");
    await expect(named).toContainText("Named here");
    await expect(named.locator("strong")).toHaveText("Sergey Lavrov");
  });

  test("main pages have no serious accessibility violations", async ({ page }) => {
    test.setTimeout(120_000); // axe reads seven whole pages
    for (const path of ["/", "/articles", "/statements", "/speakers", "/topics", "/dates", "/search?q=nato"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    }
  });
});

test.describe("the API", () => {
  test("answers JSON with facets, CSV, and 400 with zod issues", async ({ request }) => {
    const res = await request.get("/api/statements?topic=missile-defense&limit=2");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(Object.keys(body.facets).sort()).toEqual(["kind", "outlet", "speaker", "topic", "year"]);
    const next = await (await request.get(`/api/statements?topic=missile-defense&limit=2&cursor=${body.nextCursor}`)).json();
    expect(next.items[0].id).not.toBe(body.items[0].id);

    const csv = await request.get("/api/statements?format=csv&limit=500");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe(
      "id,url,text,kind,speaker_slug,speaker_name,speaker_url,speaker_as_written,speaker_named_start,speaker_named_end,cue,rule,confidence,article_slug,article_title,article_url,article_source_url,article_outlet,date_year,date_month,date_day,topics,start,end",
    );

    for (const bad of ["limit=0", "limit=501", "from=2016-02-30", "kind=shouted", "speaker=%3Cscript%3E", "cursor=%27%3B"]) {
      const r = await request.get(`/api/statements?${bad}`);
      expect(r.status(), bad).toBe(400);
      expect((await r.json()).issues.length, bad).toBeGreaterThan(0);
    }
    expect((await request.get("/api/statements/nothere")).status()).toBe(400);
    expect((await request.get("/api/statements/aaaaaaaaaaaa")).status()).toBe(404);
    for (const path of ["/api/articles", "/api/speakers", "/api/topics"]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      expect((await r.json()).items.length, path).toBeGreaterThan(0);
      expect((await request.get(`${path}?format=csv`)).headers()["content-type"]).toContain("text/csv");
    }
  });

  test("feeds are Atom and pages never answer 500 to odd input", async ({ request }) => {
    const speakers = await (await request.get("/api/speakers")).json();
    const feed = await request.get(`/speakers/${speakers.items[0].slug}/feed.xml`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    for (const path of [
      "/statements?from=nonsense&kind=loud&speaker=%00&cursor=%%%",
      "/statements?q=%22NEAR(%22&sort=sideways",
      "/dates/2016-13", "/dates/2016-02-30", "/dates/abc", "/speakers/..%2F..%2Fetc", "/topics/%F0%9F%92%A5",
      "/statements/AAAA", "/search?q=" + "x".repeat(5000),
    ]) {
      const r = await request.get(path);
      expect(r.status(), path).toBeLessThan(500);
    }
  });
});
