import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";

describe("boilerplate and related headlines", () => {
  describe("boilerplate", () => {
    it.each([
      ["Advertisement"],
      ["___."],
      ["***"],
      ["Getty."],
      ["Scott Olson via Getty Images."],
      ["Jonathan Drake / Reuters."],
      ["(Reporting by Jane Doe; Editing by John Roe)"],
      ["Jane Doe contributed to this report."],
      ["Copyright © 2015 by Jane Doe. Reprinted with permission."],
      ["This story has been updated with comments from the campaign."],
      ['<tweet tweet-id="12345"><tweet/>.'],
      ["width:100%;"],
    ])("sets %j apart from the body", (line) => {
      const article = parseArticle(`Headline Here\n\nThe mayor said the plan would go ahead.\n\n${line}\n\nShe said more later.`);
      expect(article.boilerplate.map((p) => p.text)).toEqual([line]);
      expect(article.paragraphs).toHaveLength(2);
    });

    it.each([
      ["He told Reuters."],
      ["It's a cliché that a résumé matters; it does (mis-decoded: clichÃ©)."],
      ['<tweet tweet-author="@someone">We will win this state.</tweet>'],
    ])("keeps %j in the body", (line) => {
      const article = parseArticle(`Headline Here\n\nThe mayor said the plan would go ahead.\n\n${line}`);
      expect(article.paragraphs.map((p) => p.text)).toContain(line);
    });

    it("keeps a list of sentences in the body but a list of headlines out", () => {
      const sentences = "- Lower taxes for small firms.\n- Build more roads in rural areas.\n- Hire more teachers.";
      const headlines = "- Mayor Vows Action On Potholes\n- Council Rejects Tax Plan";
      const article = parseArticle(`Headline Here\n\nThe plan has three parts.\n${sentences}\n\nRelated\n${headlines}`);
      expect(article.paragraphs.map((p) => p.text)).toEqual([
        "The plan has three parts.",
        "- Lower taxes for small firms.",
        "- Build more roads in rural areas.",
        "- Hire more teachers.",
      ]);
      expect(article.relatedHeadlines.map((p) => p.text)).toEqual(headlines.split("\n"));
    });
  });
});
