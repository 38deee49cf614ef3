import { describe, expect, it } from "vitest";
import { findDoubleQuotes, findSingleQuotes, insideQuote, lastClosedBetween, quoteStyle, type Quote } from "@/lib/ingest/statements/quotes";
import { extractLines } from "@/tests/helpers/line-paragraphs";

const quoted = (p: string, quotes: { open: number; close: number }[]) => quotes.map((q) => p.slice(q.open, q.close));

describe("quotation marks", () => {
  it.each([
    ["curly", "He said “we will win” and left.", ["“we will win”"]],
    ["guillemets", "He said «we will win» and left.", ["«we will win»"]],
    ["low-high", "He said „we will win“ and left.", ["„we will win“"]],
    ["doubled apostrophes (wire copy)", "He said ''we will win'' and left.", ["''we will win''"]],
  ])("finds %s double quotations", (_, p, expected) => {
    expect(quoted(p, findDoubleQuotes(p))).toEqual(expected);
  });

  it.each([
    ["a quotation in single marks", "'We will fight on,' he said.", ["'We will fight on,'"]],
    ["past an apostrophe inside it", "'We don't accept it,' he said.", ["'We don't accept it,'"]],
    ["past a plural's apostrophe inside it", "'It is the Smiths' fault, not ours,' he said.", ["'It is the Smiths' fault, not ours,'"]],
    ["not a decade or a contraction", "Music of the '90s and rock 'n' roll, said the club's owner.", []],
    ["curly single marks", "‘We will fight on,’ he said.", ["‘We will fight on,’"]],
  ])("tells %s", (_, p, expected) => {
    expect(quoted(p, findSingleQuotes(p, []))).toEqual(expected);
  });

  it("opens a straight mark typed between spaces, so its closing mark closes it", () => {
    const p = 'He said one laptop could be " very important to the village". He said the child could use it as a book.';
    expect(quoted(p, findDoubleQuotes(p))).toEqual(['" very important to the village"']);
    expect(extractLines(p).map((s) => s.text)).toContain("the child could use it as a book");
  });

  it("ends a quotation whose closing mark was dropped before a later sentence in which someone named speaks", () => {
    const p = 'Moya said: "I am donating my prize money to the victims. Srichan said he would donate too. The sponsor, Mercedes, said it would also contribute.';
    expect(quoted(p, findDoubleQuotes(p))).toEqual(['"I am donating my prize money to the victims.']);
    expect(extractLines(p).map((s) => s.speakerAsWritten)).toEqual(["Moya", "Srichan", "Mercedes"]);
  });

  it("ends it so before the next quotation opens too, and never at 'Somebody told me'", () => {
    const p = '"For us, we have played two," he said. "If we win it would be great. If we stumble we will regret it. Dale also revealed that the side had sent a card. "We signed it today," said Dale.';
    expect(quoted(p, findDoubleQuotes(p))).toEqual(['"For us, we have played two,"', '"If we win it would be great. If we stumble we will regret it.', '"We signed it today,"']);
    const q = 'Errera said hopes were high. "It does not feel like a game any more. Somebody told me this was the biggest release. "We are all hoping."';
    expect(quoted(q, findDoubleQuotes(q))[0]).toBe('"It does not feel like a game any more. Somebody told me this was the biggest release.');
  });

  it("keeps such a quotation going past a pronoun's words ('They said…'), which may be the speaker's own", () => {
    const p = '"Hillary and Obama all told me it was a video. They said they would call me.';
    expect(quoted(p, findDoubleQuotes(p))).toEqual([p]);
  });

  it("keeps a single quotation open at the end of its paragraph when asked", () => {
    const p = "'The strike goes on and the members are united";
    expect(findSingleQuotes(p, [], true)).toEqual([{ open: 0, close: p.length, closed: false }]);
  });

  it("tells an article that quotes with single marks from one that quotes with double marks", () => {
    expect(quoteStyle(["'We will fight on,' he said.", "Mr Crow said: 'The strike goes on.'"])).toBe("single");
    expect(quoteStyle(["“We will fight on,” he said of the 'dividing lines'.", "It was the Smiths' house."])).toBe("double");
  });
});

describe("quotations as statements", () => {
  it("reads British single-mark quotations as direct quotations with their speaker", () => {
    const found = extractLines("Union leader Bob Crow spoke on Monday.\n'We will not be moved by threats,' Mr Crow said. 'The members have voted.'");
    expect(found.map((s) => [s.text, s.kind, s.speakerAsWritten])).toEqual([["'We will not be moved by threats,' Mr Crow said. 'The members have voted.'", "direct", "Mr Crow"]]);
  });

  it.each([
    ["double", '"We will not be moved by threats," he said. "The members have voted.\n"We have the support of the public."'],
    ["single", "'We will not be moved by threats,' he said. 'The members have voted.\n'We have the support of the public.'"],
  ])("makes one statement of a %s-mark quotation that runs on into the next paragraph", (_, text) => {
    const found = extractLines(`Bob Crow spoke on Monday.\n${text}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/public\.["']$/);
  });
});

describe("insideQuote and lastClosedBetween", () => {
  // What they answer, read one quotation at a time; they search instead when the quotations are in order.
  const inside = (quotes: Quote[], pos: number) => quotes.some((q) => pos > q.open && pos < q.close);
  const lastClosed = (quotes: Quote[], from: number, to: number) => quotes.filter((q) => q.closed && q.close <= to && q.close >= from).at(-1);
  let seed = 11;
  const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;

  it("answer as a scan of every quotation does, on paragraphs of quotations and on arrays out of order", () => {
    const texts = Array.from({ length: 40 }, () =>
      Array.from({ length: 60 }, () => ["word", "“said", "it”", '"so', 'went"', "«non»", "''yes''", "„ja“", "he"][random(9)]).join(" "),
    );
    for (const text of texts) {
      const inOrder = findDoubleQuotes(text);
      const shuffled = [...inOrder, { open: 3, close: text.length, closed: false }].reverse();
      for (const quotes of [inOrder, shuffled]) {
        for (let pos = 0; pos <= text.length; pos++) expect(insideQuote(quotes, pos)).toBe(inside(quotes, pos));
        for (let k = 0; k < 50; k++) {
          const from = random(text.length);
          const to = from + random(text.length);
          expect(lastClosedBetween(quotes, from, to)).toBe(lastClosed(quotes, from, to));
        }
      }
    }
  });
});
