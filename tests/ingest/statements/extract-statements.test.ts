import { describe, expect, it } from "vitest";
import { extractStatements } from "@/lib/ingest/statements/extract-statements";
import { extractLines, onlyStatement, speakersOf } from "@/tests/helpers/line-paragraphs";

// The rules each have their own file under rules/; this is what holds across them.
describe("extractStatements", () => {
  describe("a second verb of speech joined to the first", () => {
    it("makes 'X said A and said B' two statements, each X's", () => {
      const found = extractLines("Ann Hale said her tweet may have been clumsy but was not meant to hurt, and said on Monday she would not resign.\nThe coach said the match was dull and insisted his side could still win the title.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["her tweet may have been clumsy but was not meant to hurt", "Ann Hale"],
        ["she would not resign", "Ann Hale"],
        ["the match was dull", "The coach"],
        ["his side could still win the title", "The coach"],
      ]);
    });

    it("leaves two verbs of the reported clause joined ('arrested and charged')", () => {
      expect(extractLines("Ann Hale said the police had arrested and charged him on Monday.").map((s) => s.text)).toEqual(["the police had arrested and charged him on Monday"]);
    });
  });

  describe("'said nothing'", () => {
    it("reads 'said nothing could be done' as a statement, 'said nothing' and 'said nothing about' as none", () => {
      expect(extractLines("Ann Hale agreed it was bad but said nothing could be done.").map((s) => s.text)).toEqual(["nothing could be done"]);
      expect(extractLines("Ann Hale said nothing.\nAnn Hale said nothing about the row.")).toEqual([]);
    });
  });

  describe("speakers of participles", () => {
    it("gives an -ing form after an infinitive's object to the sentence's subject", () => {
      expect(onlyStatement("Ann Hale is to make a pitch for Norland's ethnic vote urging people who feel \"taken for granted\" by Tom Reade to vote Green.").speakerAsWritten).toBe("Ann Hale");
    });

    it("gives an -ing form after a modal verb's object to the sentence's subject, never a verb or whom the object names", () => {
      expect(onlyStatement("The union leader will also call for strike action arguing that wages had fallen for years.").speakerAsWritten).toBe("The union leader");
      expect(onlyStatement("Broadband firm Linnet Online also backed the plan saying \"the changes are long overdue\".").speakerAsWritten).toBe("Broadband firm Linnet Online");
      expect(onlyStatement("The filing also shows former councillor Rhoda Bell declaring a gift of theatre tickets.").speakerAsWritten).not.toBe("The filing");
    });

    it("reads past an opening participle clause and a particle after the -ing form", () => {
      expect(extractLines("Realising his error, Mr Campbell then e-mailed Mr McFadyen pointing out the mistake, but suggesting Jeremy Paxman would have seen the funny side.").map((s) => s.speakerAsWritten)[0]).toBe("Mr Campbell");
      expect(onlyStatement("Realising his error, Mr Campbell then e-mailed Mr McFadyen saying it was a mistake.").speakerAsWritten).toBe("Mr Campbell");
    });

    it("gives a participle cue to the subject of the sentence", () => {
      const st = onlyStatement("Trump attacked Clinton on Tuesday, saying she was unfit to serve.");
      expect(st.text).toBe("she was unfit to serve");
      expect(st.speakerAsWritten).toBe("Trump");
      expect(st.speakerMode).toBe("sentence-subject");
    });

    it("reads the name after a conjunction that opens the sentence, whatever verb follows it", () => {
      const st = onlyStatement("But Governor Hale became a champion of the plan, arguing that the roads were the worst in the nation.");
      expect(st.speakerAsWritten).toBe("Governor Hale");
    });

    it.each([
      ["an opening adverbial", "However, Okafor met with the mayor in March and declared in an interview that he found her frank.", "Okafor"],
      ["a date and an adverb before the verb", "On Sunday, Mr. Halvorsen even repeated the case for the merger, saying most workers there wanted it.", "Mr. Halvorsen"],
      ["an aside with a verb of its own", "At a rally in Laramie -- which holds its primary next week -- Ortega took the stage and argued he is the stronger candidate.", "Ortega"],
      ["a party tag and a day after the name", "Sen. Ada Brandt (D-Ore.) on Friday criticized the treaty, saying the deal does too little for farmers.", "Sen. Ada Brandt"],
      ["an opening subordinate clause", "Although Mr. Dunmore has not entered the race, Mr. Hale mocked him by suggesting that he owed his fortune to luck.", "Mr. Hale"],
      ["“Later on Sunday”", 'Later on Sunday, Dr. Hale shared a syllabus for the class on his page, writing "Allow me to do the research for the reporter."', "Dr. Hale"],
      ["“Two hours after …”", "Two hours after the debate ended, Dr. Hale posted a picture of the stage, saying it was the best night of the race.", "Dr. Hale"],
      ["a verb with “n’t”", "Marsh didn’t seem impressed with the ruling, telling reporters that the judge had erred.", "Marsh"],
    ])("finds the sentence's subject past %s", (_, text, speaker) => {
      expect(extractLines(text).at(-1)!.speakerAsWritten).toBe(speaker);
    });

    it.each([
      ["issued a statement saying", "Soon after the vote, Senator Alma Reyes issued a statement saying that the chamber should pause.", "Senator Alma Reyes"],
      ["a statement that said", "The Harbour Trust issued a statement that said the remarks were a joke.", "The Harbour Trust"],
      ["a statement describing", 'Gail Ross released a statement describing the meeting as a "very positive step" toward unity.', "Gail Ross"],
      ["an opening “In a statement”", "In a statement released Friday, Rep. Dana Whitlow reacted to the ruling, saying the fine should be doubled.", "Rep. Dana Whitlow"],
    ])("gives a statement's words to whoever issued it (%s)", (_, text, speaker) => {
      expect(onlyStatement(text).speakerAsWritten).toBe(speaker);
    });

    it.each([
      ["a speech", "The break was complete when Senator Ann Holt in her announcement speech called the tax “a theft.”", "Senator Ann Holt"],
      ["a post", "Carla Mendes in a blog post said she would hire more teachers in the district.", "Carla Mendes"],
    ])("leaves the occasion out of the speaker (%s)", (_, text, speaker) => {
      expect(onlyStatement(text).speakerAsWritten).toBe(speaker);
    });

    it("reads no cue in a verb's bare form after 'a' and a word, so the participle keeps the sentence's subject", () => {
      const st = onlyStatement('Mr. Pike offered a Hale-style retort on his favourite network, posting at him, "you are a quitter."');
      expect([st.cue, st.speakerAsWritten]).toEqual(["posting", "Mr. Pike"]);
      expect(extractLines("A third say they do not know yet.").map((s) => s.text)).toEqual(["they do not know yet"]);
    });

    it("gives a participle after a passive and 'for' to the sentence's subject, not to whoever is named before 'for'", () => {
      const st = onlyStatement('Ward coach Alan Pike has been fined and banned from the touchline for six weeks for calling a referee "a disgrace".');
      expect([st.cue, st.speakerAsWritten]).toEqual(["calling", "Ward coach Alan Pike"]);
      const praised = extractLines("The mayor praised Tom Holt for saying the plan was fair.");
      expect(praised.filter((s) => s.cue === "saying" && s.speakerAsWritten === "The mayor")).toEqual([]);
    });

    it("keeps a participle whose clause runs on to a noun after a comma ('…, remarks that were aired')", () => {
      const st = extractLines("Mr. Hale echoed the rebels' claim, saying most people there wanted to join them, remarks that were aired on state news.").at(-1)!;
      expect([st.cue, st.text.startsWith("most people there wanted to join them")]).toEqual(["saying", true]);
    });

    it("ends a reported clause at a participle of speech right after a closing quotation mark, which is the subject's", () => {
      const sts = extractLines('Mr Hale derided rival claims they could cut £35bn in "wasteful spending" saying the party had got its sums wrong.');
      expect(sts.map((s) => s.text)).toEqual(['they could cut £35bn in "wasteful spending"', "the party had got its sums wrong"]);
      expect(sts[1]!.speakerAsWritten).toBe("Mr Hale");
    });

    it("keeps a quotation after ', but' in the reported clause it goes on with", () => {
      const st = onlyStatement("Mr Pell said he had offers for the boat, but “the offers were not ones I could accept.”");
      expect([st.text, st.kind]).toEqual(["he had offers for the boat, but “the offers were not ones I could accept.”", "mixed"]);
    });

    it("reads no speech in words to oneself ('asked themselves', 'told himself')", () => {
      expect(extractLines("It was a question they asked themselves every day on the tour.")).toEqual([]);
      expect(extractLines("He told himself that the race was already lost.")).toEqual([]);
    });

    it("reads no cue in an -ing form after a possessive", () => {
      expect(extractLines("Brokers said that the new data and Norway's continuing losses could slow growth.").map((s) => s.speakerAsWritten)).toEqual(["Brokers"]);
    });

    it("gives a coordinated cue to its own clause's subject, not the sentence's", () => {
      const st = onlyStatement("There were sharper moments, such as when Ibarra faulted Kemble on taxes and called him a spendthrift.");
      expect(st.speakerAsWritten).toBe("Ibarra");
    });

    it("keeps the speaker of the inverted cue before a participle after a closing quotation mark", () => {
      const sts = extractLines("''We will know soon enough,'' said Mr. Pell, adding that he did not expect the board to agree.");
      expect(sts.map((s) => s.speakerAsWritten)).toEqual(["Mr. Pell", "Mr. Pell"]);
    });
  });

  describe("speakers before appositives", () => {
    it.each([
      ["Maria Lopez, a retired teacher from Dayton, Ohio, said the new plan was a mistake.", "Maria Lopez"],
      ["Mr. Harlow, now 70 and living in Albany, N.Y., said he had voted for the bill twice.", "Mr. Harlow"],
      ["Lena Park, the mayor's chief of staff, said the dinner would go ahead.", "Lena Park"],
      ["Maja Nowak, Tom's younger sister and a fellow band member, describes the concert as a lot of noise.", "Maja Nowak"],
      ["Earlier Mr Kennedy, whose party opposes the plan said the new minister had time to think again.", "Mr Kennedy"],
      ["The prime minister time and again insisted the future direction would be New Labour.", "The prime minister"],
      ["Mr Hale once more insisted the plan was sound.", "Mr Hale"],
      ["Ms Reade time after time said the plan was wrong.", "Ms Reade"],
      ["Omar Diaz, Acme's director of communications, said the plant would close.", "Omar Diaz"],
      ["Mr Pratt, 52, has said the club will appeal against the ban.", "Mr Pratt"],
      ["Sen. Ada Brandt, D-Ore., the panel's ranking member, said the treaty does too little for farmers.", "Sen. Ada Brandt"],
      ["Rep. Tom Vale, R-N.Y., who chairs the subcommittee, said the hearing would go ahead.", "Rep. Tom Vale"],
      ["A source close to the singer told reporters that the tour was off.", "A source close to the singer"],
      ["People close to the talks said a deal was near.", "People close to the talks"],
      ["Two people familiar with the matter said the deal could come on Monday.", "Two people familiar with the matter"],
      ["Last week the LSE said the bid was too low.", "the LSE"],
      ["Tamsin Greer, who has run the Playhouse in Eastmouth, Norfolk, since 2015, said the plan was a scandal.", "Tamsin Greer"],
      ["Paul Porter, a welder in Joplin, Mo., who has worked nights for years, said he was paid overtime.", "Paul Porter"],
      ["Mr Dunmore, MP for Ashcombe, Wiltshire, said he feared the vote was lost.", "Mr Dunmore"],
      ["At Easter the bishop said the cathedral had never been so full.", "the bishop"],
      ["In New York the mayor said the subway would run all night.", "the mayor"],
      ["On Tuesday night the reality star posted a message, writing that she was fine.", "the reality star"],
      ["Vasquez's coach, former Davis Cup player Martin Ferreyra, said he had told her to relax.", "former Davis Cup player Martin Ferreyra"],
      ["Its founder, retired health officer Derek Mullan, 67, said the council had failed.", "retired health officer Derek Mullan"],
      ["Henrik Dahl, a portfolio manager at Fjord Capital, which holds Nordvik shares, said the fall looked overdone.", "Henrik Dahl"],
      ["Marta Vale, a law professor at Halden who once worked for Sen. Tom Hale (R-Tenn.), one of the bill's architects, called it “a turning point.”", "Marta Vale"],
      ["Officials briefed on the talks said a deal was near.", "Officials briefed on the talks"],
      ["His family said he had been a kind and generous man.", "His family"],
      ["The organiser of the protest rally said the march would go ahead.", "The organiser of the protest rally"],
      ["Norland, which owns the northern mine, had previously maintained it would keep the site.", "Norland"],
      ["Judge Alma Fenwick, writing for the majority in the 5-4 decision, said the rule was unfair to voters.", "Judge Alma Fenwick"],
      ["Senator Ray Dulles, recalling long lunches with the governor, described himself as her loyal friend.", "Senator Ray Dulles"],
      ["The firm, reporting its first annual results since listing on the London Stock Exchange in June, said the home market grew by 8%.", "The firm"],
      ["The union's lawyer Anna Reyes, said that at no time had the workers broken any rule.", "The union's lawyer Anna Reyes"],
      ["Almost 60% of those questioned said local food was worth paying more for.", "Almost 60% of those questioned"],
      ["The plan is dead, said Christine Link.", "Christine Link"],
      ["Few homes were sold, but most of those polled said prices would fall.", "most of those polled"],
      ["Farms may have to close within a year, leading economists have warned.", "leading economists"],
      ["Dr Gibbons, who was a GP in Carrow, in the Upper Ash Valley, before becoming a member for Ashby, said staff wanted calm.", "Dr Gibbons"],
      ["Cory Dawes, European outreach coordinator for the rights group Open Wires, said that the firm should not be fined.", "Cory Dawes"],
      ["The BBC's Laura Finch in Madrid said the results reflected a long boom.", "The BBC's Laura Finch"],
      ["Dan Hale, Vice President of the Tour, said the tests were fine.", "Dan Hale"],
      ["Most small farms expect a good harvest this year, a poll of 2,400 growers shows.", "a poll of 2,400 growers"],
      ["Ann Reyes, the head of Open Ledger, a watchdog group, said the rules were weak.", "Ann Reyes"],
      ["Ruth Ames, founder of the Harbor Club, a member since the 1970s, said he had shown real courage.", "Ruth Ames"],
      ["Tom Barr, AKA Night Owl, said he had written a host of new songs.", "Tom Barr"],
      ["Spalding said the club would still meet on Fridays for a quiz.", "Spalding"],
      ["Hale afterwards described the display as a joy to watch.", "Hale"],
      ["Ann Cole, however, said the new road would be built.", "Ann Cole"],
      ["Ann Seaman, who farms just outside the county town, Ashford, said the mayor would win.", "Ann Seaman"],
      ["Mr Pike, who was forced to apologise last year for an article in the magazine he edits about people grieving over the death of the hostage Ken Marsh, said Mr Hale should keep out of it.", "Mr Pike"],
      ["In a statement, the head of Open Ledger, a watchdog group, said the rules were weak.", "the head of Open Ledger"],
      ["Party spokesman Tom Rees wouldn’t say whether the leader would stand again.", "Party spokesman Tom Rees"],
      ["The council did not mention the cost of the new road.", "The council"],
      ["Sen. Tom Reed of Ohio, the likely leader next year, wouldn’t say whether the bill would pass.", "Sen. Tom Reed of Ohio"],
      ["Ann Cole, a Democrat, did not mention the new road in her speech.", "Ann Cole"],
      ["Harwood, whose labels include Brightwell, Osgrove and Tamberlin, dismissed the offer as inadequate.", "Harwood"],
      ["Senator Carla Mendes, whose home town, Ardmore, lost its mill last year, argues that the plan will ruin the economy.", "Senator Carla Mendes"],
      ["However, several forecasters, including the Harbour Institute, have pointed out that the damage is still hard to judge.", "the Harbour Institute"],
      ["Three unions, including Unite and the Fire Brigades Union, said that the offer was too low.", "Three unions"],
      ["The Economic Commission for the Northern Isles and the Faroes (ECNIF) said the region grew by 5% this year.", "The Economic Commission for the Northern Isles and the Faroes"],
      // A verb's form inside a name: "the Met Office", "Met Office forecaster…".
      ["Gusts could hit Wales on Friday, the Met Office has warned.", "the Met Office"],
      ["Met Office forecaster Tom Hale said the storm would pass.", "Met Office forecaster Tom Hale"],
      // A relative clause left unclosed: neither its verb nor its object is the subject.
      ["Ms Reade, who presents The Late Quiz tells Mr Cole that she despaired of him.", "Ms Reade"],
      ["Tom Hale, who runs the Acme Trust said the fund was empty.", "Tom Hale"],
      ["House Speaker Ann Vale, who just a week ago surprised Mr Hale by declaring she could not yet support him, met him.", "House Speaker Ann Vale"],
    ])("%s", (text, speaker) => {
      expect(onlyStatement(text).speakerAsWritten).toBe(speaker);
    });
  });

  describe("an inverted 'said' closing the sentence", () => {
    it("gives the clause before it, commas and all, to the name after it", () => {
      const st = onlyStatement("Trade, jobs and schools would be the main themes when the city took over the presidency in May, said Mr Okoro.");
      expect(st.speakerAsWritten).toBe("Mr Okoro");
      expect(st.text).toBe("Trade, jobs and schools would be the main themes when the city took over the presidency in May");
    });

    it("gives the clause before it to a person described after it", () => {
      const st = onlyStatement("Many poorer countries, such as Laos, Nepal or the Maldives, rarely insure against such disasters, said a US-based insurance expert.");
      expect(st.speakerAsWritten).toBe("a US-based insurance expert");
      expect(st.text).toMatch(/^Many poorer countries/);
    });

    it("reads a title with 'of' in it through to the name after it", () => {
      expect(onlyStatement("“The tax will go,” said Northern Chancellor of the Treasury Alan Pryce.").speakerAsWritten).toBe("Northern Chancellor of the Treasury Alan Pryce");
    });

    it("reads an organisation's name with 'of' and a role word through to the person after them", () => {
      expect(onlyStatement("“The risk is low,” said Bank of Norland governor Tashiro Okuma.").speakerAsWritten).toBe("Bank of Norland governor Tashiro Okuma");
    });

    it("reads a description before the name that speaks as no clause of the quotation's", () => {
      const st = onlyStatement("“We saw nothing,” the mission's head, Ratna Sari, said.");
      expect(st.speakerAsWritten).toBe("Ratna Sari");
      expect(st.text).toBe("“We saw nothing,”");
    });

    it("never takes whoever was told for the speaker", () => {
      expect(onlyStatement("“We saw nothing,” the head, former official Ratna Sari, told reporters.").speakerAsWritten).toBe("former official Ratna Sari");
    });

    it.each(["Kelly", "Howard", "Woodward"])("takes the surname %s for a name, not an adverb like 'Finally' or 'Afterwards'", (name) => {
      expect(onlyStatement(`“It is good,” ${name} said.`).speakerAsWritten).toBe(name);
    });

    it("reads past a party tag between the quotation and the verb", () => {
      expect(onlyStatement("“We won,” Sen. Ada Brandt, D-Ore., said.").speakerAsWritten).toBe("Sen. Ada Brandt");
    });

    it("takes no addressee for a speaker", () => {
      const st = onlyStatement('"The party is not divided," Senator Ann Lowe, a close ally of the leader, told Reuters.');
      expect(st.speakerAsWritten).toBe("Senator Ann Lowe");
    });
  });

  describe("what the verb's object holds", () => {
    it.each([
      ["Mr Varga said no vote had been held.", "no vote had been held"],
      // "this" opens an adjunct only before a time ("said this week…"); here it is the clause's subject.
      ["Mr Dace wants the road built by May but conceded this was ambitious.", "this was ambitious"],
      ["Mr Dace said this week the road would be built by May.", "the road would be built by May"],
      // An audience closing the sentence is no content: what was told stands before it.
      ["The mayor had known of the fraud since 2001, his former deputy has told a Leeds court.", "The mayor had known of the fraud since 2001"],
    ])("%s", (text, span) => {
      expect(onlyStatement(text).text).toBe(span);
    });

    it("reads 'said no to' as no statement", () => {
      expect(extractLines("The board said no to the offer on Friday.")).toEqual([]);
    });
  });

  describe("a short quotation that goes on from the words before it", () => {
    it("is one mixed statement with them, whose subject is then no speaker", () => {
      const found = extractLines('Mr Ebbers denied he pressured Scott Sullivan. Mr Sullivan "made accounting decisions," he told the court.');
      expect(found.map((s) => [s.text, s.kind]).at(-1)).toEqual(['Mr Sullivan "made accounting decisions,"', "mixed"]);
      expect(extractLines('The deal was a "natural development", Mr Hale said.').map((s) => s.text)).toEqual(['The deal was a "natural development"']);
    });

    it("leaves a quotation opening in capitals on its own", () => {
      expect(extractLines('Asked about it, "Nobody knows," Mr Hale said.').map((s) => s.text)).toEqual(['"Nobody knows,"']);
    });
  });

  describe("a verb's bare form after 'a' and a few words is a noun", () => {
    it("gives '…a disputed pass interference call on the drive, saying…' to the sentence's subject", () => {
      const found = extractLines("Whitlock declined to discuss a disputed pass interference call on the game-winning drive, saying only that the conference would review it.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([["the conference would review it", "Whitlock"]]);
    });

    it("keeps 'a decision they say…', 'a speech to say…' and 'a confirmed Breitbart News report that…' as cues", () => {
      expect(extractLines("Critics point to a decision they say allowed the crisis to grow.").map((s) => s.speakerAsWritten)).toEqual(["they"]);
      expect(extractLines("Mr Kennedy used a speech to say his party faced painful realities.").map((s) => s.text)).toEqual(["his party faced painful realities"]);
      expect(extractLines("He cited a confirmed Harbour News report that eight men were held.").map((s) => s.speakerAsWritten)).toEqual(["Harbour News"]);
    });
  });

  describe("-ing nouns of speech", () => {
    it("reads 'an amber wind warning from 06:00' as no cue, and 'The Swiss sounded warning of…' as one", () => {
      expect(extractLines("The forecaster has issued an amber wind warning from 06:00 to 18:00 GMT covering the coast.")).toEqual([]);
      expect(extractLines("The Swiss sounded warning of the dominance to come at the open.").map((s) => s.speakerAsWritten)).toEqual(["The Swiss"]);
    });
  });

  describe("reports nobody is named for", () => {
    it("keeps 'amid reports X' out of the statement around it, as a statement with no speaker", () => {
      const found = extractLines("The club chief Ann Lee insists the club will never sell the player amid reports a rival will renew its bid.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["the club will never sell the player", "The club chief Ann Lee"],
        ["a rival will renew its bid", null],
      ]);
    });

    it("gives 'amid opposition claims X' to whose claims they are when a name says so, else to nobody", () => {
      const found = extractLines("Mr Hale has backed the chancellor's spending plan amid opposition claims he was too bullish.\nMr Hale backed the plan, despite Labour claims that it was too costly.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["he was too bullish", null],
        ["it was too costly", "Labour"],
      ]);
    });

    it("reads 'X is said to have…' as a statement nobody named made, not X's", () => {
      const found = extractLines("The bishop is said to be deeply unhappy with the new rota.\nHe is reported to have met the bidders twice.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["to be deeply unhappy with the new rota", null],
        ["to have met the bidders twice", null],
      ]);
      expect(extractLines("The house is said to be worth millions, the agent said.").map((s) => [s.text, s.speakerAsWritten])).toEqual([["The house is said to be worth millions", "the agent"]]);
    });

    it("gives 'despite a recent ruling X' nobody's name, never the subject of the sentence around it", () => {
      const found = extractLines('The Lantern Films drama has won six nominations, despite a recent ruling it was "not British enough".');
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([['it was "not British enough".', null]]);
      // "an official warning to the trio": a warning given, with no words of its own.
      expect(extractLines("The federation issued an official warning to the trio after they missed two tests.")).toEqual([]);
      // "his stern warning that…" is still his.
      expect(extractLines("Ed Hale repeated his stern warning that the bank would fail.").map((s) => s.text)).toEqual(["the bank would fail"]);
    });

    it("keeps ', despite a new book saying X' out of the statement before it", () => {
      const found = extractLines("The coach insisted the deal would go ahead, despite a new biography saying he had lost the board's support.");
      expect(found.map((s) => s.text)).toEqual(["the deal would go ahead", "he had lost the board's support"]);
    });

    it("ends a fronted claim at its comma", () => {
      const st = onlyStatement("Despite claims that the vote was rigged, the result stood.");
      expect([st.text, st.speakerAsWritten]).toEqual(["the vote was rigged", null]);
    });
  });

  describe("a verb of speech in the passive, its speaker after 'by'", () => {
    it.each([
      ['Ms Lowe announced plans to limit casinos to 24, in a move branded a "humiliating retreat" by the Tories.', ['a "humiliating retreat"', "the Tories"]],
      ['The plan was described as "madness" by Labour MP Tom Vale.', ['"madness"', "Labour MP Tom Vale"]],
      ['The Mac was described by Jobs as the "most important Mac" ever made.', ['the "most important Mac" ever made', "Jobs"]],
      ["China has been accused of blocking news sites by the media watchdog, Reporters Without Borders.", ["blocking news sites", "Reporters Without Borders"]],
      ["One blogger was asked to stop writing by his company before any action was taken.", ["to stop writing", "his company"]],
      ['The deal, described as "a disaster" by analysts, went ahead.', ['"a disaster"', "analysts"]],
    ])("%s", (text, expected) => {
      expect(extractLines(text).map((s) => [s.text, s.speakerAsWritten]).at(-1)).toEqual(expected);
    });

    it("reads no statement where 'by' names a means, a kind of people or whom it was told to", () => {
      expect(extractLines("Scenes from the film were described to him by a reporter.")).toEqual([]);
      expect(extractLines("He was criticised for trading a spy for a reporter, even by conservatives like Tom Kemp.")).toEqual([]);
      expect(extractLines("Ann Hale, head of the chamber, warned that many firms could be \"crippled\" by the move.").map((s) => s.speakerAsWritten)).toEqual(["Ann Hale"]);
    });
  });

  describe("documents", () => {
    it("reads 'It found' right after a sentence about a survey as the survey's finding", () => {
      const found = extractLines("The survey also looked at food. It found fish and chips topped the list of dishes.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([["fish and chips topped the list of dishes", "It"]]);
    });

    it("reads no finding without a document", () => {
      expect(extractLines("The police searched the house. It found nothing at all in the end.")).toEqual([]);
    });

    it("reads a verb's form before a finite verb as the document that speaks, not as the cue", () => {
      const found = extractLines("A Kestrel Data report said tablet sales would halve.\nThe Orme Council survey found most roads were unsafe.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["tablet sales would halve", "A Kestrel Data report"],
        ["most roads were unsafe", "The Orme Council survey"],
      ]);
    });

    it("reads 'that' between a document and its verb as the document itself", () => {
      const text = "Shares slid despite a Harbour Bank report that showed profits were rising.";
      expect(onlyStatement(text).text).toBe("profits were rising");
      expect(speakersOf(text)).toEqual(["Harbour Bank"]);
    });

    it("still reads 'that' after a verb as the start of what was said", () => {
      const st = onlyStatement("The minister insisted that said savings were real.");
      expect(st.cue).toBe("insisted");
    });
  });

  describe("quoted or reported as saying", () => {
    it("gives the quotation to the person a paper quotes, not the paper", () => {
      const st = onlyStatement('"Our reforms have trained a new generation of teachers," the Daily Courier quoted Minister Hana Karim as saying.');
      expect(st.text).toBe('"Our reforms have trained a new generation of teachers,"');
      expect(st.speakerAsWritten).toBe("Minister Hana Karim");
    });

    it("gives 'X has been reported as saying' to X", () => {
      const st = onlyStatement("Teachers will be hired in the north for the first time, Education Minister Omar Fadel has been reported as saying.");
      expect(st.text).toBe("Teachers will be hired in the north for the first time");
      expect(st.speakerAsWritten).toBe("Education Minister Omar Fadel");
    });

    it("gives 'X was quoted in a newspaper as saying' to X", () => {
      const st = onlyStatement("Vasquez was quoted in a Spanish daily as saying he hoped to coach abroad one day.");
      expect(st.text).toBe("he hoped to coach abroad one day");
      expect(st.speakerAsWritten).toBe("Vasquez");
    });
  });

  describe("progressive cues", () => {
    it("reads 'is telling' as a cue whose subject stands before the auxiliary", () => {
      const st = onlyStatement("The governor is telling voters that the road will be finished in May.");
      expect(st.text).toBe("the road will be finished in May");
      expect(st.speakerAsWritten).toBe("The governor");
      expect(st.cue).toBe("is telling");
    });

    it("reads a negated progressive", () => {
      const st = onlyStatement("The club isn’t saying whether the striker will be sold.");
      expect(st.speakerAsWritten).toBe("The club");
      expect(st.text).toBe("whether the striker will be sold");
    });

    it("takes no adjective for a cue", () => {
      expect(extractLines("It is telling that the council never replied to the letter.")).toEqual([]);
    });
  });

  describe("a participle after a cue", () => {
    it("splits 'X, he said, adding that Y' into two statements of the same speaker", () => {
      const found = extractLines("The bridge will stay shut, the engineer said, adding that repairs would take a month.");
      expect(found.map((s) => [s.text, s.speakerAsWritten, s.cue])).toEqual([
        ["The bridge will stay shut", "the engineer", "said"],
        ["repairs would take a month", "the engineer", "adding"],
      ]);
    });

    it("gives 'pointing out' the speaker of the cue before it, not the sentence's subject", () => {
      const found = extractLines("Few tenants have been repaid, Ms Oduya estimated, pointing out that many had waited for years.");
      expect(found.map((s) => s.speakerAsWritten)).toEqual(["Ms Oduya", "Ms Oduya"]);
      expect(found[1]!.text).toBe("many had waited for years");
    });

    it("reads a quotation after ', adding,' as the participle's", () => {
      const found = extractLines('The shop was closed all week, Mr Ames said, adding, "We had no choice at all."');
      expect(found.map((s) => s.text)).toEqual(["The shop was closed all week", '"We had no choice at all."']);
    });

    it("takes no noun before the comma for a cue", () => {
      const st = onlyStatement("The aide later retracted the remarks, saying that the senator had misspoken.");
      expect(st.speakerAsWritten).toBe("The aide");
    });

    it.each([
      ['"We see a low risk of recession," said bank chief Tom Hale, despite warning that other indicators had been worrying.', "other indicators had been worrying", "warning"],
      ['"The bridge will stay shut," said Tom Hale, while admitting that repairs would take a month.', "repairs would take a month", "admitting"],
    ])("gives a participle after 'despite' or 'while' the speaker of the cue before it: %s", (text, content, cue) => {
      const found = extractLines(text);
      expect(found.map((s) => [s.text, s.speakerAsWritten, s.cue])).toEqual([
        [found[0]!.text, found[0]!.speakerAsWritten, "said"],
        [content, found[0]!.speakerAsWritten, cue],
      ]);
      expect(found[0]!.speakerAsWritten).toMatch(/Tom Hale$/);
    });

    it("ends the statement before ', despite warning that…' and reads that as the speaker's own", () => {
      const found = extractLines("The bridge will stay shut, the engineer said, despite warning that repairs would take a month.");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["The bridge will stay shut", "the engineer"],
        ["repairs would take a month", "the engineer"],
      ]);
    });

    it("reads on to what was said past ', while visiting Paris,' and gives 'despite conceding a goal' nobody's words", () => {
      expect(extractLines("Tom Hale said, while visiting Paris, that prices would rise.").map((s) => s.text)).toEqual(["prices would rise"]);
      expect(speakersOf("Coach Tom Hale was satisfied after the win despite conceding a goal in the last minute.")).not.toContain("Tom Hale");
    });
  });

  describe("what is not a statement", () => {
    it.each([
      ["That said, the plan has flaws that nobody can ignore."],
      ["In a statement on Tuesday, the committee's plans were unveiled."],
      ["In a statement that was issued on Tuesday, he added nothing."],
      ["After the vote was counted, he said."],
      ["The so-called “alt-right” movement grew online."],
      ["Voters in three states head to the polls on Tuesday."],
      ["His claims were later shown to be false."],
      ["She was asked to leave the room."],
      ["A group called the People's Foundation met on Monday."],
      ["He warned on Wednesday."],
      ["The storm claims the lives of many each year."],
    ])("%s", (text) => {
      expect(extractLines(text)).toEqual([]);
    });
  });

  describe("offsets", () => {
    it("returns spans into the given source, skipping text outside the paragraphs", () => {
      const source = "HEADLINE: Trump says stuff\n\nTrump said the economy is strong.";
      const start = source.indexOf("Trump said");
      const found = extractStatements(source, [{ start, end: source.length }]);
      expect(found).toHaveLength(1);
      expect(source.slice(found[0]!.start, found[0]!.end)).toBe("the economy is strong");
      expect(source.slice(found[0]!.speakerSpan!.start, found[0]!.speakerSpan!.end)).toBe("Trump");
      expect(source.slice(found[0]!.cueSpan!.start, found[0]!.cueSpan!.end)).toBe("said");
    });
  });
});
