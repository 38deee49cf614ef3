import { expect, test } from "@playwright/test";

// Speakers on the realistic corpus (~1,300 of them): every one reachable, page by page, in JSON and CSV.

type SpeakerPage = { items: { slug: string; name: string; aliases: string[]; statementCount: number }[]; total: number; nextCursor: string | null };

test.describe("/api/speakers on a large corpus", () => {
  test("answers every speaker by nextCursor, each once, in count order", async ({ request }) => {
    const seen: string[] = [];
    let counts: number[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const res = await request.get(`/api/speakers?limit=500${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status()).toBe(200);
      const page = (await res.json()) as SpeakerPage;
      total = page.total;
      seen.push(...page.items.map((s) => s.slug));
      counts = [...counts, ...page.items.map((s) => s.statementCount)];
      cursor = page.nextCursor;
    } while (cursor);
    expect(total).toBeGreaterThan(999);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("CSV without a limit is every speaker, as a download", async ({ request }) => {
    const { total } = (await (await request.get("/api/speakers?limit=1")).json()) as SpeakerPage;
    const res = await request.get("/api/speakers?format=csv");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="speakers\.csv"/);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("slug,name,aliases,role,kind,statement_count,url");
    expect(lines).toHaveLength(total + 1);
  });

  test("q filters by name or alias, case aside", async ({ request }) => {
    const first = ((await (await request.get("/api/speakers?limit=1")).json()) as SpeakerPage).items[0]!;
    const surname = first.name.split(" ").at(-1)!;
    const page = (await (await request.get(`/api/speakers?q=${encodeURIComponent(surname.toUpperCase())}`)).json()) as SpeakerPage;
    expect(page.items.map((s) => s.slug)).toContain(first.slug);
    expect(page.total).toBeLessThan(20);
    for (const s of page.items) expect([s.name, ...s.aliases].join(" ").toLowerCase()).toContain(surname.toLowerCase());
  });

  test("/speakers pages through everyone and searches by name", async ({ page }) => {
    await page.goto("/speakers");
    await expect(page.locator("main ul.cards > li")).toHaveCount(100);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.locator("main ul.cards > li").first()).toBeVisible();
    await page.getByRole("searchbox", { name: "Find a speaker" }).fill("lavrov");
    await page.getByRole("searchbox", { name: "Find a speaker" }).press("Enter");
    await expect(page).toHaveURL(/q=lavrov/);
    await expect(page.getByRole("link", { name: "Sergey Lavrov" })).toBeVisible();
  });
});
