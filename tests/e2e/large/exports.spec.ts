import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { parseCsv } from "@/tests/e2e/large/parse-csv";

// Exports on the realistic corpus (~22,000 statements): every matching row without a limit, pages
// chained by Link headers with one, the columns a researcher checks attribution with.

async function busiestSpeaker(request: APIRequestContext): Promise<string> {
  const page = (await (await request.get("/api/speakers?limit=1")).json()) as { items: { slug: string }[] };
  return page.items[0]!.slug;
}

const totalOf = async (request: APIRequestContext, query: string) =>
  ((await (await request.get(`/api/statements?${query}&limit=1`)).json()) as { total: number }).total;

test.describe("statement exports on a large corpus", () => {
  test("CSV without a limit holds every matching row, with attribution columns and absolute links", async ({ request }) => {
    const speaker = await busiestSpeaker(request);
    const total = await totalOf(request, `speaker=${speaker}`);
    expect(total).toBeGreaterThan(500);
    const res = await request.get(`/api/statements?speaker=${speaker}&format=csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toBe('attachment; filename="statements.csv"');
    expect(res.headers()["x-total-count"]).toBe(String(total));
    const [header, ...rows] = parseCsv(await res.text());
    for (const column of ["id", "url", "text", "speaker_slug", "speaker_as_written", "cue", "rule", "confidence", "article_url"]) {
      expect(header).toContain(column);
    }
    expect(rows).toHaveLength(total);
    const at = (name: string) => header!.indexOf(name);
    expect(new Set(rows.map((r) => r[at("id")])).size).toBe(total);
    // One expect over every row: Playwright's expect records a stack per call, slow by the thousand.
    const wrong = rows.filter(
      (row) =>
        row[at("speaker_slug")] !== speaker ||
        !/^https?:\/\/[^/]+\/statements\/[a-z2-7]{12}$/.test(row[at("url")]!) ||
        !/^https?:\/\/[^/]+\/articles\//.test(row[at("article_url")]!) ||
        !(Number(row[at("confidence")]) > 0) ||
        row[at("rule")] === "",
    );
    expect(wrong).toEqual([]);
  });

  test("JSON Lines without a limit holds every statement of the corpus", async ({ request }) => {
    const total = await totalOf(request, "");
    expect(total).toBeGreaterThan(10_000);
    const res = await request.get("/api/statements?format=jsonl");
    expect(res.headers()["content-disposition"]).toBe('attachment; filename="statements.jsonl"');
    const lines = (await res.text()).trimEnd().split("\n");
    expect(lines).toHaveLength(total);
    const ids = new Set(lines.map((line) => (JSON.parse(line) as { id: string }).id));
    expect(ids.size).toBe(total);
  });

  test("with a limit: one page and a Link to the next, until every row is read once", async ({ request }) => {
    const speaker = await busiestSpeaker(request);
    const total = await totalOf(request, `speaker=${speaker}`);
    let url: string | null = `/api/statements?speaker=${speaker}&format=csv&limit=200`;
    const ids: string[] = [];
    for (let pageNo = 1; url; pageNo++) {
      const res: APIResponse = await request.get(url);
      expect(res.status()).toBe(200);
      const [header, ...rows] = parseCsv(await res.text());
      ids.push(...rows.map((r) => r[header!.indexOf("id")]!));
      // `<next>; rel="next", <previous>; rel="prev"`: each a part of its own.
      const link = res.headers()["link"] ?? "";
      url = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
      if (url) expect(url).toMatch(/^https?:\/\/.+[?&]cursor=/);
      expect(/; rel="prev"/.test(link), `page ${pageNo} links back`).toBe(pageNo > 1);
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  test("JSON pages carry the same Link header as their nextCursor", async ({ request }) => {
    const res = await request.get("/api/statements?limit=5");
    const body = (await res.json()) as { nextCursor: string };
    expect(res.headers()["link"]).toContain(`cursor=${body.nextCursor}>; rel="next"`);
  });

  test("the statements page offers the download of exactly what it shows", async ({ page, request }) => {
    const speaker = await busiestSpeaker(request);
    await page.goto(`/statements?speaker=${speaker}&kind=direct`);
    const csv = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    expect(csv).toContain(`speaker=${speaker}`);
    expect(csv).toContain("kind=direct");
    expect(csv).toContain("format=csv");
    const shown = Number((await page.locator(".sort").first().textContent())!.match(/(\d+) statements?/)![1]);
    const rows = parseCsv(await (await request.get(csv!)).text());
    expect(rows).toHaveLength(shown + 1);
  });
});
