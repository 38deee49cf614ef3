import { expect, test } from "@playwright/test";

// /topics on the realistic corpus: found by part of a label, every listed topic leading to statements.

test("/topics finds topics by part of their label, and lists only topics with statements", async ({ page, request }) => {
  await page.goto("/topics");
  const cards = page.locator(".cards li");
  const counts = await cards.locator(".sub").allTextContents();
  expect(counts.length).toBeGreaterThan(10);
  for (const sub of counts) expect(sub).toMatch(/^[1-9]\d* statements? · /);
  const label = (await cards.first().locator(".name").textContent())!;
  const part = label.slice(0, 4);
  await page.getByRole("searchbox", { name: "Find a topic" }).fill(part);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(`/topics?q=${encodeURIComponent(part).replace(/%20/g, "+")}`);
  const found = await page.locator(".cards li .name").allTextContents();
  expect(found).toContain(label);
  for (const name of found) expect(name.toLowerCase()).toContain(part.toLowerCase());
  const api = (await (await request.get(`/api/topics?q=${encodeURIComponent(part)}`)).json()) as { items: { label: string; statementCount: number }[] };
  expect(api.items.map((t) => t.label)).toEqual(found);
  expect(api.items.every((t) => t.statementCount > 0)).toBe(true);
});
