import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ingest, scratchDir } from "./ingest-into-server";

// Text as people read it: an article written the New York Times archive's way, with doubled
// apostrophes for quotation marks, is shown with quotation marks; the stored text, and every offset
// into it, keeps what the file said.

test("doubled apostrophes show as quotation marks in the reader, and stay in the stored text", async ({ page, request }) => {
  const file = path.join(scratchDir("reader-text"), "harbor-board.txt");
  writeFileSync(
    file,
    "Harbor Board Delays the Pier Vote\n\n" +
      "''We will rebuild the north pier before winter,'' said Ingrid Dahl, the harbor master, on Tuesday.\n\n" +
      "The board called the plan ''a fair start'' and will meet again on Friday.\n",
  );
  ingest(file);
  const article = (await (await request.get("/api/articles/harbor-board-delays-the-pier-vote")).json()) as { paragraphs: { text: string }[] };
  expect(article.paragraphs.map((p) => p.text).join("\n")).toContain("''We will rebuild the north pier before winter,''");
  await page.goto("/articles/harbor-board-delays-the-pier-vote");
  await expect(page.locator(".reader mark").first()).toBeVisible();
  // The article's words as shown, without the speaker tags after each statement.
  const shown = await page.locator(".reader").evaluate((reader) => {
    const copy = reader.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("a.who").forEach((a) => a.remove());
    return copy.textContent!;
  });
  expect(shown).toContain("“We will rebuild the north pier before winter,” said Ingrid Dahl");
  expect(shown).toContain("called the plan “a fair start” and");
  expect(shown).not.toContain("''");
});

test("a lead that describes someone the next sentence names shows that name on the permalink", async ({ page, request }) => {
  const file = path.join(scratchDir("reader-text"), "sacked-caretaker.txt");
  writeFileSync(
    file,
    "Caretaker Sacked Over Blog Posts\n\n" +
      "A school caretaker suspended over posts on his blog says he has been sacked by the council.\n\n" +
      "Tom Arden, who writes online as the Night Porter, said he was told of the decision on Monday.\n",
  );
  ingest(file);
  const api = (await (await request.get("/api/statements?q=sacked+by+the+council&limit=5")).json()) as { items: { id: string; text: string; speaker: { name: string } | null }[] };
  const lead = api.items.find((s) => s.text.startsWith("he has been sacked"))!;
  expect(lead.speaker?.name).toBe("Tom Arden");
  await page.goto(`/statements/${lead.id}`);
  // The name stands after the statement's words: in the context shown, or in the sentence shown apart, after it.
  await expect(page.locator(".context strong").filter({ hasText: "Tom Arden" })).toHaveCount(1);
  const contexts = await page.locator(".context").allTextContents();
  expect(contexts.findIndex((t) => t.includes("Tom Arden"))).toBeGreaterThan(contexts.findIndex((t) => t.includes("he has been sacked")));
  // What names the speaker is the lead's description, not the last noun before the verb.
  await expect(page.locator("dl.facts dd").filter({ hasText: "“A school caretaker suspended over posts on his blog”" })).toHaveCount(1);
});
