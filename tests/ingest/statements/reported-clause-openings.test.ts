import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Reported clauses that were missed because of how they open, or because of what stands between the
// speaker and the cue (twenty-sixth session; found by listing sentences with "X said" that no
// statement covered, in the whole BBC corpus). Every sentence is invented.

const read = statementsAndSpeakers;

describe("a number with a thousands comma inside a relative clause", () => {
  it("is no comma that ends the clause: the name before it speaks", () => {
    expect(read("Painter Ruth Alder spoke at the gallery.\nBut Ms Alder, who won the £30,000 Kestrel prize in 2003, said grants should be kept apart from ministers.")).toEqual([
      ["grants should be kept apart from ministers", "Ruth Alder"],
    ]);
  });
});

describe("a reported clause opening with 'much' or 'little'", () => {
  it("is read when a verb follows ('said much had been achieved')", () => {
    expect(read("Mr Harwood said much had been achieved on debt relief in seven years.")).toEqual([["much had been achieved on debt relief in seven years", "Harwood"]]);
    expect(read("Mr Harwood said little has changed since the vote in May.")).toEqual([["little has changed since the vote in May", "Harwood"]]);
  });

  it("but 'said little' and 'said much about' are no clauses", () => {
    expect(read("Mr Harwood said little about the vote in May.")).toEqual([]);
  });
});

describe("'added' or 'claims' before a clause whose verb is irregular", () => {
  it("reads the clause ('she added the pair brought…', 'claims he spent…')", () => {
    expect(read("Ann Quill hosted the show.\nShe added the pair brought a real warmth to Saturday nights.")).toEqual([["the pair brought a real warmth to Saturday nights", "Ann Quill"]]);
    expect(read("Label boss Tom Reade claims he spent thousands of pounds on the album.")).toEqual([["he spent thousands of pounds on the album", "Tom Reade"]]);
  });

  it("but 'added ten points' is no statement", () => {
    expect(read("Fly-half Tom Reade added ten points as Kestrel won.")).toEqual([]);
  });
});

describe("'said as …,' followed by a clause", () => {
  it("is what was said, the 'as' clause with it", () => {
    expect(read("Mr Harwood said as well as teaching pupils about piracy, the pack would protect young musicians.")).toEqual([
      ["as well as teaching pupils about piracy, the pack would protect young musicians", "Harwood"],
    ]);
  });

  it("but 'said as he left the court' is when, not what", () => {
    expect(read("Mr Harwood said as he left the court, smiling.")).toEqual([]);
  });
});

describe("first names that are also words", () => {
  it("'Guy', 'Tad', 'Angel' start a person's name, so the surname alone is that person later", () => {
    const text = ["Songwriter Guy Alder has backed the scheme.", 'Later Alder said: "It is important."', "Campaign adviser Tad Vine spoke too.", "Vine said the race was close."].join("\n");
    expect(speakersOf(text)).toEqual(["Guy Alder", "Tad Vine"]);
  });
});

describe("a name after the role that follows an inverted cue", () => {
  it("speaks, though the role opens on a capital ('said EEF chief economist, Steve Radley')", () => {
    expect(read('"Rates should stay on hold," said KTA chief economist, Ann Quill.')).toEqual([['"Rates should stay on hold,"', "Ann Quill"]]);
  });

  it("but a name that ends the phrase is the speaker ('said Kestrel Bank, …')", () => {
    expect(read('"Rates should stay on hold," said Kestrel Bank, the lender.')).toEqual([['"Rates should stay on hold,"', "Kestrel Bank"]]);
  });
});

describe("names with letters outside ASCII, and first names ending in -ly", () => {
  it("'García said' is a cue after a name, not after the article 'a' (a \\b reads í as a word's end)", () => {
    expect(read("NEA president Lily Eskelsen García leads the union.\nEskelsen García said the races can help unite teachers.")).toEqual([
      ["the races can help unite teachers", "Lily Eskelsen García"],
    ]);
  });

  it("'Holly said' opens a statement: a first name, not an adverb like 'Kindly'", () => {
    expect(read("Holly said the races can help unite teachers.").map(([words]) => words)).toEqual(["the races can help unite teachers"]);
    expect(read("Kindly said the races can help unite teachers.")).toEqual([]);
  });
});

describe("a subject, an adverb 'then', and the cue", () => {
  it("'The mayor then said' has the mayor as its subject, not a verb joined to an earlier one", () => {
    expect(read('Mayor Ann Quill met the reporter.\nThe mayor then said: "You are like a guard."')).toEqual([['"You are like a guard."', "Ann Quill"]]);
  });

  it("while '…, then said' and '… and then said' go on from the sentence's subject", () => {
    expect(read("Mr Pike spoke to the crowd, then said the plan was dead.")).toEqual([["the plan was dead", "Pike"]]);
    expect(read("Mr Pike spoke to the crowd and then said the plan was dead.")).toEqual([["the plan was dead", "Pike"]]);
  });
});

describe("roles joined by 'and' after an inverted cue", () => {
  it("run on to the name ('said chairman and chief executive officer Tom Reade')", () => {
    expect(read('"Our company gained momentum," said chairman and chief executive officer Tom Reade.')).toEqual([['"Our company gained momentum,"', "Tom Reade"]]);
  });
});

describe("a peer known by a place", () => {
  it("is a person ('Home Office minister Baroness Scotland said'), the place alone an organisation", () => {
    expect(read('Home Office minister Baroness Scotland said: "Murder is the most serious of crimes."')).toEqual([['"Murder is the most serious of crimes."', "Scotland"]]);
    expect(resolveLines('Home Office minister Baroness Scotland said: "Murder is the most serious of crimes."').speakers.map((sp) => sp.kind)).toEqual(["person"]);
    expect(resolveLines("Scotland said it would change the law.").speakers.map((sp) => sp.kind)).toEqual(["organization"]);
  });
});

describe("a preposition after the name that follows an inverted cue", () => {
  it("ends the name ('said Castaignede ahead of the tie', 'said Mr Pike outside the court')", () => {
    expect(read('"All the talk is of the Irish," said Castaignede ahead of the 12 March tie.')).toEqual([['"All the talk is of the Irish,"', "Castaignede"]]);
    expect(read('"It is over," said Mr Pike outside the court.')).toEqual([['"It is over,"', "Pike"]]);
    expect(read('"It is over," said Mr Pike following the verdict.')).toEqual([['"It is over,"', "Pike"]]);
  });
});

describe("a full stop the source left out after the name that follows an inverted cue", () => {
  it("ends the name at the next sentence's 'The' ('said analyst Vadim Mitro The dispute…')", () => {
    expect(read('"The risks are real," said Kestrel Bank analyst Vadim Mitro The dispute is partly political.').map(([, speaker]) => speaker)).toEqual(["Vadim Mitro"]);
  });
});

describe("'both' between a compound subject and its verb", () => {
  it("belongs to the verb: 'Heineken and Carlsberg both said' has a named speaker", () => {
    expect(read("Kestrel and Norvale both said the market was weak.")).toEqual([["the market was weak", "Norvale"]]);
  });

  it("while 'all' stays with the noun phrase ('process all claims abroad would not work')", () => {
    expect(read("Tory plans to process all claims abroad would not work, argued Mr Harwood.")).toEqual([["Tory plans to process all claims abroad would not work", "Harwood"]]);
  });
});

describe("a first name alone in apposition after an inverted cue", () => {
  it("speaks ('said his wife, Sheila.')", () => {
    expect(read('Novelist Tom Reade died on Wednesday.\n"He had a wonderful life," said his wife, Sheila.').map(([, speaker]) => speaker)).toEqual(["Sheila"]);
  });

  it("but a word that is no first name does not ('said his publisher, Kestrelbooks.')", () => {
    expect(read('Novelist Tom Reade died on Wednesday.\n"He had a wonderful life," said his publisher, Kestrelbooks.').map(([, speaker]) => speaker)).toEqual([null]);
  });
});

describe("a bare reported clause whose subject has a relative clause between commas", () => {
  it("is read ('admits Gerrard, who has been linked with Chelsea, will have the final say')", () => {
    expect(read("Club chief Tom Reade spoke on Monday.\nBut Reade also admits Hale, who has been linked with Kestrel, will have the final say on his future.")).toEqual([
      ["Hale, who has been linked with Kestrel, will have the final say on his future", "Tom Reade"],
    ]);
  });

  it("but a name and its relative clause with no verb after are no clause", () => {
    expect(read("Club chief Tom Reade spoke on Monday.\nBut Reade also admires Hale, who has been linked with Kestrel, for his work.")).toEqual([]);
  });
});

describe("a word that is often a noun, before 'of'", () => {
  it("is no cue, whatever quotation the sentence holds ('the physical demands of the grind')", () => {
    expect(read('The physical demands of the grind will only get harder for Ann Reade, who has admitted she "doesn\'t like the training".')).toEqual([
      ["she \"doesn't like the training\".", "Ann Reade"],
    ]);
  });
});

describe("a cue that closes an aside between dashes", () => {
  it("introduces nothing after the closing dash: the quotation there is its own cue's", () => {
    expect(read("If Russia is behind the attacks — as researchers believe, but Moscow strongly denies — \u201cwhy wouldn't you raise it?\u201d asked Ann Dunn, a former adviser.")).toEqual([
      ["\u201cwhy wouldn't you raise it?\u201d", "Ann Dunn"],
    ]);
  });
});
