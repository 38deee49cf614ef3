import { expect, test } from "@playwright/test";
import { parseCsv } from "@/tests/e2e/large/parse-csv";

// Two filters researchers asked for, on the realistic corpus: the statements whose speaker was not
// identified (a value of the speaker facet, speaker=none) and a least confidence (confidence=0.9),
// the same on the page, in the API and in the download.

type Page = { items: { speaker: { slug: string } | null }[]; total: number; facets: { speaker: { value: string; label: string; count: number }[] } };

test.describe("speaker not identified", () => {
  test("is a speaker facet value with its count, and filters the page to statements without a speaker", async ({ page }) => {
    await page.goto("/statements");
    const value = page.getByRole("navigation", { name: "Filters" }).getByRole("link", { name: /Speaker not identified/ });
    const count = Number(await value.locator(".count").textContent());
    expect(count).toBeGreaterThan(0);
    await value.click();
    await expect(page).toHaveURL(/[?&]speaker=none(&|$)/);
    await expect(page.locator(".sort")).toContainText(`${count} statement`);
    await expect(page.getByRole("list", { name: "Filters in force" })).toContainText("Speaker: not identified");
    await expect(page.locator(".statement-card .speaker")).toHaveCount(0);
    expect(await page.locator(".statement-card").count()).toBe(Math.min(count, 50));
  });

  test("answers the API, counted under another filter as COUNT(*) would", async ({ request }) => {
    const all = (await (await request.get("/api/statements?limit=1")).json()) as Page;
    const none = (await (await request.get("/api/statements?speaker=none&limit=500")).json()) as Page;
    expect(none.total).toBe(all.facets.speaker.find((v) => v.value === "none")!.count);
    expect(none.items.every((s) => s.speaker === null)).toBe(true);
    // Under a topic (the rollups' path), the value's count is the number the filtered list has.
    const topic = ((await (await request.get("/api/topics")).json()) as { items: { slug: string; statementCount: number }[] }).items[0]!.slug;
    const inTopic = (await (await request.get(`/api/statements?topic=${topic}&limit=1`)).json()) as Page;
    const both = (await (await request.get(`/api/statements?topic=${topic}&speaker=none&limit=1`)).json()) as Page;
    expect(inTopic.facets.speaker.find((v) => v.value === "none")?.count ?? 0).toBe(both.total);
    // With a named speaker it ORs, as two speakers do.
    const named = all.facets.speaker.find((v) => v.value !== "none")!;
    const either = (await (await request.get(`/api/statements?speaker=none&speaker=${named.value}&limit=1`)).json()) as Page;
    expect(either.total).toBe(none.total + named.count);
  });
});

test.describe("least confidence", () => {
  test("filters the API and the CSV to statements at least that confident; a bad value is a 400", async ({ request }) => {
    const all = (await (await request.get("/api/statements?limit=1")).json()) as Page;
    const sure = (await (await request.get("/api/statements?confidence=0.9&limit=1")).json()) as Page;
    expect(sure.total).toBeGreaterThan(0);
    expect(sure.total).toBeLessThan(all.total);
    const csv = await request.get("/api/statements?confidence=0.9&format=csv");
    expect(csv.status()).toBe(200);
    const [header, ...rows] = parseCsv(await csv.text());
    const column = header!.indexOf("confidence");
    expect(rows).toHaveLength(sure.total);
    expect(rows.filter((r) => !(Number(r[column]) >= 0.9))).toEqual([]);
    expect((await request.get("/api/statements?confidence=high")).status()).toBe(400);
    expect((await request.get("/api/statements?confidence=2")).status()).toBe(400);
  });

  test("is chosen in the page's form, shown as a chip, and carried into its download", async ({ page }) => {
    await page.goto("/statements");
    await page.getByLabel("Confidence").selectOption("0.9");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]confidence=0\.9(&|$)/);
    await expect(page.getByRole("list", { name: "Filters in force" })).toContainText("Confidence: at least 0.9");
    await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /confidence=0\.9/);
    await page.goto("/statements?confidence=lots");
    await expect(page.getByText("“lots” is not a confidence")).toBeVisible();
  });
});
