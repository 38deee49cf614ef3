import { describe, expect, it } from "vitest";
import { subjectBeforeAppositives } from "@/lib/ingest/statements/subjects";
import { extractLines, onlyStatement } from "@/tests/helpers/line-paragraphs";

// A name, then its role in apposition, then the verb: the role may be an organisation's ("Nordfin's
// principal consultant on payments"), a party's, or run long ("vice president of sales and marketing
// in Europe"). Read as anything else, the sentence lost its statement or its speaker.
describe("a person's role in apposition before the verb", () => {
  it.each([
    ["Ola Brandt, Nordfin's principal consultant on payments, said the survey showed that shoppers were wary.", "the survey showed that shoppers were wary", "Ola Brandt"],
    ["Kim Orr, Tellco's consultant, said that prices would rise.", "prices would rise", "Kim Orr"],
    ["Pat Lowe, Labour shadow work and pensions secretary, said the scheme had failed.", "the scheme had failed", "Pat Lowe"],
    ["Sam Yates, Acme's vice president of sales and marketing in Europe, said demand was strong.", "demand was strong", "Sam Yates"],
    ["Lee Park, Nordtel's futurologist, said phones would shrink.", "phones would shrink", "Lee Park"],
    ["Eve Marsh, Group Economist at Halifax, said prices would rise.", "prices would rise", "Eve Marsh"],
    ["Ray Dunn, Hale's senior media adviser, said the senator would run.", "the senator would run", "Ray Dunn"],
    ["Ida Berg, Nordtel's world-wide Linux strategy manager, said the move would help.", "the move would help", "Ida Berg"],
  ])("%s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
  });

  it("keeps a role whose words run on after it ('chief of staff') in a quotation's attribution", () => {
    const st = onlyStatement("“It was long and tiring,” Dana Reyes, Mrs. Hale's chief of staff, said in an interview.");
    expect(st.kind).toBe("direct");
    expect(st.speakerAsWritten).toBe("Dana Reyes");
  });

  // The writer left out the comma that closes the role.
  it.each([
    ["Chris Pallis, managing director of ISP Surf2go said that the plan would help.", "Chris Pallis"],
    ["Prince Harry should see the damage, Rabbi Martin Heer, founder of rights group the Hale Center said.", "Rabbi Martin Heer"],
    ["A book by Philippe Sandor QC, a member of Orme Chambers says the war was illegal.", "Philippe Sandor"],
    ["Paula Sandler, spokeswoman for the Harbour Relief Committee said it was aware of the site.", "Paula Sandler"],
  ])("with no comma after the role: %s", (text, speaker) => {
    expect(onlyStatement(text).speakerAsWritten).toMatch(new RegExp(`^${speaker}`));
  });
});

// A day's or a month's possessive is a noun phrase, not "on Thursday"; "about three million" is a number, not a topic.
describe("words that only look like adjuncts", () => {
  it.each([
    ["December's confidence level was below that seen in September, the Bank of Kestrel said.", "December's confidence level was below that seen in September", "the Bank of Kestrel"],
    ["In a speech in Leeds, the prime minister said Thursday's report reinforced stability.", "Thursday's report reinforced stability", "the prime minister"],
    ["It also said about three million people eligible to vote are not registered.", "about three million people eligible to vote are not registered", "It"],
    ["Moya confirmed afterwards: \"I am donating my prize money.\"", "\"I am donating my prize money.\"", "Moya"],
    ["He said afterwards that the prime minister had offered some movement.", "the prime minister had offered some movement", "He"],
  ])("%s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
  });

  it("keeps 'Sunday's programme' the one told", () => {
    const st = onlyStatement("Mr Blair told Sunday's programme: “The figures have not moved.”");
    expect(st.text).toBe("“The figures have not moved.”");
  });
});

describe("subjects that were read as something else", () => {
  it.each([
    ["The world's biggest tea consumer, Kestria, has said it will not allow new factories.", "it will not allow new factories", "Kestria"],
    ["Separately, the world's largest parcel company, UPX, said it had ordered ten jets.", "it had ordered ten jets", "UPX"],
    ["Games should carry larger warnings, the trade and industry secretary has said.", "Games should carry larger warnings", "the trade and industry secretary"],
    ["November saw an improvement in exports, the Office for National Statistics said.", "November saw an improvement in exports", "the Office for National Statistics"],
    ["The sale failed due to a catalogue of errors, a report by the government's finance watchdog says.", "The sale failed due to a catalogue of errors", "a report by the government's finance watchdog"],
    ["A recent survey by Kestrel Data found that most people shop online.", "most people shop online", "A recent survey by Kestrel Data"],
    ["Vivendo, however, has said that the information was public knowledge.", "the information was public knowledge", "Vivendo"],
    ["Optimism is at its highest since 1997, say researchers at BDO Stoy Harwood.", "Optimism is at its highest since 1997", "researchers at BDO Stoy Harwood"],
    ["The letter, from the Home Office, said the passport would not be issued.", "the passport would not be issued", "the Home Office"],
    ["Global Sports Promotions, Chepkemei's management company, said she had wanted to run.", "she had wanted to run", "Global Sports Promotions"],
    ["India's biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says it is in talks to buy the assets.", "it is in talks to buy the assets", "Oil & Natural Gas Corp"],
    ["A spokesman for the prosecutor, New York State Comptroller Alan Hevers, said no agreement had been made.", "no agreement had been made", "A spokesman for the prosecutor"],
  ])("%s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
  });

  it("still reads a place and its state in apposition as where someone lives, not as a name", () => {
    const p = "Cecelia Purnell, 67, a retired clerk in Allentown, Pa., said in an interview that she was unsure.";
    expect(subjectBeforeAppositives(p, 0, p.indexOf(" said") + 1)?.text).toBe("Cecelia Purnell");
  });
});

describe("a document and who wrote it", () => {
  it("leaves the participle's subject to be read apart ('a report from Bloomberg saying')", () => {
    const st = onlyStatement("Mr Trump is discrediting an earlier report from Bloomberg saying his campaign invited a boxer.");
    expect(st.speakerAsWritten).toBe("Bloomberg");
  });

  it("does not read back past a verb ('The figures contradict a survey from X, which said')", () => {
    const st = onlyStatement("The figures contradict a survey from the Bankers' Association, which said approvals were at a low.");
    expect(st.speakerAsWritten).not.toMatch(/contradict/);
  });
});

describe("what is no subject", () => {
  it.each([
    ["The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised to pursue strong climate policies.", /Bernie/],
    ["His assumption, confidently stated on live TV, was that voters would learn.", /assumption/],
    ["Perhaps counterintuitively, deeply reported features can draw readers.", /Perhaps/],
  ])("%s", (text, notSpeaker) => {
    expect(extractLines(text).filter((st) => notSpeaker.test(st.speakerAsWritten ?? ""))).toEqual([]);
  });
});

describe("verbs of speech after 'forced to', and quotations closed by a name and any verb", () => {
  it("reads 'was forced to deny' as a denial, and ends the clause before 'although'", () => {
    const found = extractLines("The Tories announced they would back the plans although Michael Howard was forced to deny the shadow cabinet was split.");
    expect(found.map((st) => [st.speakerAsWritten, st.text])).toEqual([
      ["The Tories", "they would back the plans"],
      ["Michael Howard", "the shadow cabinet was split"],
    ]);
  });

  it("gives 'Advisers to Mr. Rubio' no one's name", () => {
    expect(onlyStatement("Advisers to Mr. Rubio said that he had placed second.").speakerAsWritten).toBe("Advisers to Mr. Rubio");
  });

  it("gives a quotation to the name after it, whatever the verb ('Hannity pressed')", () => {
    const found = extractLines("Trump said the wall was not negotiable.\n“Would it be negotiable about the 11 million?” Hannity pressed.\n“I would say this,” Trump answered.");
    expect(found.map((st) => st.speakerAsWritten)).toEqual(["Trump", "Hannity", "Trump"]);
  });
});
