import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";

// How news introduces whoever speaks, as a grid: each introduction in three shapes ("X said…",
// "'…,' said X", "X told the BBC: '…'"), and the name that must come out. Names cut at "of" or
// "and" ("the Bank", "the Transport") had no speaker, or the wrong one later ("said the Bank of
// Japan" went to the Bank of England named before).

const INTRODUCTIONS: [string, string | null][] = [
  ["Labour MP Stephen Pound", "Stephen Pound"],
  ["Analyst Nick Van den Brul of BNP Paribas", "Nick Van den Brul"],
  ["Sir Paul McCartney", "Paul McCartney"],
  ["Mr Blair's spokesman", null],
  ["A spokesman for Mr Blair", null],
  ["US Secretary of State Colin Powell", "Colin Powell"],
  ["Manchester United manager Sir Alex Ferguson", "Alex Ferguson"],
  ["Downing Street", "Downing Street"],
  ["Bank of England governor Mervyn King", "Mervyn King"],
  ["The Bank of England", "Bank of England"],
  ["The Bank of Japan", "Bank of Japan"],
  ["The Confederation of British Industry (CBI)", "Confederation of British Industry"],
  ["The Transport and General Workers Union", "Transport and General Workers Union"],
  ["Transport and General Workers Union leader Tony Woodley", "Tony Woodley"],
  ["Sinn Fein president Gerry Adams", "Gerry Adams"],
  ["The International Monetary Fund (IMF)", "International Monetary Fund"],
  ["Ireland's Brian O'Driscoll", "Brian O'Driscoll"],
  ["The Reporters Without Borders group", "Reporters Without Borders"],
  ["The League Against Cruel Sports", "League Against Cruel Sports"],
  ["The Mail on Sunday", "Mail on Sunday"],
  ["The Independent on Sunday", "Independent on Sunday"],
];
const SHAPES = [
  (s: string) => `${s} said the plan was wrong.`,
  (s: string) => `"The plan is wrong," said ${s.replace(/^The /, "the ").replace(/^A /, "a ")}.`,
  (s: string) => `${s} told the BBC: "The plan is wrong."`,
];

function speakersOf(sentence: string, lead = "The plan was published on Monday."): (string | null)[] {
  const text = `Plan row\n\n${lead}\n\n${sentence}`;
  const { statements, speakers } = extractArticle(text, { key: "grid" });
  const at = text.indexOf(sentence);
  return statements.filter((s) => s.start >= at).map((s) => (s.speakerIndex === null ? null : speakers[s.speakerIndex]!.name));
}

describe("a grid of introductions", () => {
  it(`names each of ${INTRODUCTIONS.length * SHAPES.length} speakers as the introduction does`, () => {
    const wrong: string[] = [];
    for (const [introduction, name] of INTRODUCTIONS) {
      for (const shape of SHAPES) {
        const sentence = shape(introduction);
        const found = speakersOf(sentence);
        if (found.length !== 1 || found[0] !== name) wrong.push(`${sentence} => ${found.join(" ; ") || "(nothing)"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives a body named after another with the same first word its own name", () => {
    expect(speakersOf('"Rates will rise," said the Bank of Japan.', 'The Bank of England said: "Rates will stay."')).toEqual(["Bank of Japan"]);
  });

  it("reads no speaker in a name given with 'called'", () => {
    expect(speakersOf("Firms must report their risks in a chapter of their accounts, called the Operating and Financial Review.")).toEqual([]);
    expect(speakersOf("Microsoft has unveiled a test version of its blog service, called MSN Spaces.")).toEqual([]);
  });
});

describe("a body's name with 'and' in it, named before it speaks", () => {
  it("is whole, and its acronym and its kind refer to it", () => {
    const lead = "The Transport and General Workers Union (TGWU) has called a strike.";
    expect(speakersOf("The TGWU said pay was too low.", lead)).toEqual(["Transport and General Workers Union"]);
    expect(speakersOf("The union said pay was too low.", lead)).toEqual(["Transport and General Workers Union"]);
    expect(speakersOf("The bank said its profits rose by a third last year.", "Shares in the Industrial and Commercial Bank rose.")).toEqual(["Industrial and Commercial Bank"]);
  });

  it("never joins two names ('Disney and ABC', 'the New York Times and Los Angeles Times')", () => {
    expect(speakersOf("ABC said the claims had no merit.", "Disney and ABC have been sued.")).toEqual(["ABC"]);
    expect(speakersOf("The bank said it was ready.", "The IMF and World Bank met on Monday.")).toEqual(["World Bank"]);
  });
});

describe("a sport's governing body named by a nation and the sport", () => {
  it("is a body that 'the body' and 'the governing body' refer to", () => {
    expect(speakersOf("The body said the fine was fair.", "Tennis Australia has fined the player £5,000.")).toEqual(["Tennis Australia"]);
    expect(speakersOf('"The fine is fair," the governing body said.', "The player was fined by Cricket Australia on Monday.")).toEqual(["Cricket Australia"]);
    expect(speakersOf("It said the fine was fair.", "British Cycling has fined the rider £5,000.")).toEqual(["British Cycling"]);
  });
});

describe("a public body referred to by what its name says it is", () => {
  it("is the bureau that 'the agency' and the commission that 'the watchdog' refer to", () => {
    const fbi = "The warning came from the Federal Bureau of Investigation. Its inquiry goes on, the FBI said. A virus hides in the attachment.";
    expect(speakersOf("The e-mails come from abroad, according to the agency.", fbi)).toEqual(["Federal Bureau of Investigation"]);
    const commission = "Party funding should change, the Electoral Commission has said. Candidates should be able to send leaflets free, it says. Turnout has fallen in every election since 1992.";
    expect(speakersOf("Every candidate should get a free mailshot, says the watchdog.", commission)).toEqual(["Electoral Commission"]);
    expect(speakersOf("The regulator said the rules would change.", "The Financial Services Authority fined the bank £2m on Monday.")).toEqual(["Financial Services Authority"]);
  });
});
