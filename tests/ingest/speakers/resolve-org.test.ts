import { describe, expect, it } from "vitest";
import { frontedPlaceEnd } from "@/lib/ingest/speakers/sentence-openings";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

describe("organisations referred to again", () => {
  it.each([
    ["“it said” goes to the organisation last spoken of", "Norvale Telecom said profits fell by a third.\nIt said that prices would rise next year.", ["Norvale Telecom", "Norvale Telecom"]],
    ["“the company said” goes to the organisation named before", "Shares in Brightwater Group fell on Monday.\nThe company said demand had collapsed in Asia.", ["Brightwater Group"]],
    ["a descriptor before the name says what “the airline” is", "German airline Kestrel has cancelled flights.\nThe airline said 40 flights were affected by the strike.", ["Kestrel"]],
    ["“the central bank” is the country's central bank named before", "Cash was moved abroad, the Norwegian central bank has said.\nThe sum was $400m, the central bank told reporters.", ["Norwegian central bank", "Norwegian central bank"]],
    ["“the report” is the report of the organisation that issued it", "A study by the Fenwick Institute was published on Monday.\nThe report said children earn more than ever.", ["Fenwick Institute"]],
    [
      "“the report” is the body a report went to before, after a person of it spoke",
      "Fewer adults can read well, a report says.\nThe Fenwick Institute said progress was slow.\nBut the report said courses had improved.\nSir John Harlow said that was only the beginning.\nThe report said councils should do more.",
      ["Fenwick Institute", "Fenwick Institute", "Fenwick Institute", "John Harlow", "Fenwick Institute"],
    ],
    [
      "“the minutes” are the body's whose minutes the article named before",
      "Norvale Bank kept rates on hold.\nThe Bank's minutes said risks were to the downside.\nTom Hale, an economist, said a rise was unlikely.\nHowever, the minutes said some members wanted a rise.",
      ["Norvale Bank", "Tom Hale", "Norvale Bank"],
    ],
    ["“the magazine” is a title named with what it is", "Broadcast magazine said TV had never been so bad.\nBaywatch topped the list, according to the magazine.", ["Broadcast", "Broadcast"]],
    ["an acronym is the organisation it abbreviates", "The Northern Trade Council for Europe met in Geneva.\nThe economy will slow, the NTCE said.", ["Northern Trade Council for Europe"]],
    ["“the force” is the police named before", "Officers from Northmoor Police were called at midnight.\nThe force said it had seen a rise in violence.", ["Northmoor Police"]],
    ["“the council” is a council British papers name in lower case", "Tom Linney was head of finance at Wexcombe district council.\nThe council said it had co-operated fully with the police.", ["Wexcombe district council"]],
    ["“the railroad” is the railroad named before", "A broken rail caused the crash, according to Great Plains Railroad.\nThe railroad said it would pay for repairs.", ["Great Plains Railroad", "Great Plains Railroad"]],
    ["a shorter name is the organisation's fuller one", "Tarn Airlines has a new chief.\nTarn said it had ordered ten planes.", ["Tarn Airlines"]],
    ["a spokesman of an organisation speaks for it", "Sales rose by a tenth, a Kestrel spokesman said.", ["Kestrel"]],
    ["an organisation's proposal or advert speaks for it", "The SVP counterproposal says that the law should apply to everyone.", ["SVP"]],
    ["a country under its formal name is the country", "The Kingdom of Norway said that the claims were false.", ["Norway"]],
    ["a country under its short name is the country", "The US said it was looking at other ways.\nBritain said that the plan was too costly.\nThe U.K. said that it would pay.", ["United States", "United Kingdom", "United Kingdom"]],
    ["a name ending in a word for a software firm is the firm's, not a saint's", "A survey by Hostway found men shop online.\nShopping is done at work, according to research carried out by security firm Saint Bernard Software.\nThe research said staff would lose two days.", ["Hostway", "Saint Bernard Software", "Saint Bernard Software"]],
    [
      "“the party” is the party that spoke last, though others were named",
      "The Lib Dems would build homes on public land.\nLabour has its own plans, and the Tories would extend right-to-buy.\nThe Lib Dems say the homes would be cheap.\nParty leader Charles Kennedy said they would be affordable.\nThe party says its help can be funded at no extra cost.",
      ["Liberal Democrats", "Charles Kennedy", "Liberal Democrats"],
    ],
    ["“Party leader” before a name is a title, not a body called Party", "Party leader Charles Kennedy said the homes would be affordable.\nThe Conservatives said the plans would cost more.", ["Charles Kennedy", "Conservative Party"]],
    ["“it” opening a sentence after one that named one body and nobody else is that body", "There was an outcry when the Harbour Sentencing Council published its proposals.\nIt had suggested judges should cut sentences by a third.", ["Harbour Sentencing Council"]],
    ["a body described by what it does is the body just named", "China was accused of blocking the site by the media watchdog, Reporters Without Borders.\nThe Paris-based pressure group said the site had been down for ten days.", ["Reporters Without Borders", "Reporters Without Borders"]],
    ["“the think-tank” is an institute", "Online commons could build trust, says the Harbour Institute of Public Policy.\nExisting services could provide a blueprint, the think-tank says.", ["Harbour Institute of Public Policy", "Harbour Institute of Public Policy"]],
    ["a body named in what a paper reported does not stop “the newspaper” being the paper", "According to the FT, Deutsche Boerse will woo the London Stock Exchange.\nThe newspaper said the German suitor would offer cash.", ["FT", "FT"]],
    ["“according to its accounts” is the body the sentence names next", "The lab closes next month.\nAccording to its latest accounts, Harbour Lab Europe said it spent 8m euros in 2003.", ["Harbour Lab Europe"]],
    ["“the MPs” after their committee spoke are the committee", "Anglers could face court, the transport select committee said.\nThe MPs said they were concerned the government had not consulted.", ["transport select committee", "transport select committee"]],
    [
      "“it” after a sentence that opened on a body described is that body, not the one that spoke before",
      "In its report, the Harbour Law Commission said judges needed more freedom.\nThe Home Office said the law would stay.\nThe commission, an independent body of judges and lawyers, had been asked to look at the defence of provocation. But it said its proposals would not work alone.",
      ["Harbour Law Commission", "Home Office", "Harbour Law Commission"],
    ],
    ["figures with when they came out after the body are the body's", "Labour spent £1.7m, according to figures revealed by the Harbour Commission on Wednesday.\nExports rose by a fifth, according to numbers released by Japan's Finance Ministry last week.", ["Harbour Commission", "Japan's Finance Ministry"]],
    ["a poll with how long ago it was taken is the pollster's", "Two in three voters back the plan, according to a national Harbour Poll taken last week.", ["Harbour Poll"]],
    ["a poll with when it was taken after it is the pollster's", "Most voters back the plan, according to a Harbour Research poll released Thursday.", ["Harbour Research"]],
    ["a spokeswoman for an organisation not named before speaks for it, even one named like a common word", "A spokeswoman for YouTube said the clips broke its rules on violence.", ["YouTube"]],
    ["a name that says what the organisation is: “the airline”", "Tarn Airways cancelled 40 flights on Friday.\nThe airline said it was embarrassed by the delays.", ["Tarn Airways"]],
    ["a name that says what the organisation is: “the newspaper”", "The local Harbour News said the mayor had resigned.\nThe newspaper said many voters were angry.", ["Harbour News", "Harbour News"]],
    ["the executives of an organisation the article named speak for it", "Shares in Kestrel Motors fell.\nKestrel bosses have said they are confident the deal will be signed.", ["Kestrel Motors"]],
    ["“a spokesman for the bank” is the bank", "Shares in Norvale Bank fell on Monday.\nA spokesman for the bank said the losses were one-off.", ["Norvale Bank"]],
    ["“a spokesperson” after the organisation spoke is its spokesperson", "A Norvale spokesperson said Ms Hale had left.\nA spokesperson said the rules were clear.", ["Norvale", "Norvale"]],
    ["“the Tories” is the party the article names in full", "Mr Kennedy hopes to win seats from the Conservatives.\nThe Tories say the plan would mean higher taxes.", ["The Conservatives"]],
    ["“the GOP” is the Republican Party", "The GOP said the count was fair.", ["Republican Party"]],
    ["a name in the possessive is the organisation, not what it owns", "Tarn, Kestrel and Orme made the chip.\nA core based on TNX's Power design runs it.\nTNX said the chip would run any system.", ["TNX"]],
    ["a country in the possessive before a ministry is part of its name", "A spokesman for Norway's Foreign Ministry said the talks would resume in May.", ["Norway's Foreign Ministry"]],
    ["an ampersand inside a name is part of it", "He also owns stakes in Tarn Hotels & Resorts, which will run the hotel.\nTarn said it would renovate the hotel.", ["Tarn Hotels & Resorts"]],
    ["“he” after a union with an ampersand and its leader is the leader", "Dock & Harbour Workers' Union general secretary Tom Varden repeated his view that mergers cost jobs.\nHe said new ships were needed.", ["Tom Varden"]],
    ["a name before the kind of organisation it is", "Growth will slow, Britain's CBI employers group said.", ["CBI"]],
    ["a country's government is one speaker however it is written", "The Belgian government said the toll would start in May.\nBelgium's government said lorries would pay most.\nThe government of Belgium said the toll was fair.", ["Belgian government", "Belgian government", "Belgian government"]],
    ["“the government” is the government the article named before", "The Belgian government has approved a toll on lorries.\nThe government said the toll would raise 100m euros a year.", ["Belgian government"]],
    ["“a report says” in a lead is the report of the organisation that speaks next", "Most pupils have failed to reach their targets, a report says.\nThe Fenwick Institute said pocket money rose by a third.", ["Fenwick Institute", "Fenwick Institute"]],
    ["an acronym written with an ampersand is the firm it abbreviates", "Ratings agency Tarn & Orme raised its rating on Monday.\nT&O said the budget surplus outweighed the risk.", ["Tarn & Orme"]],
    ["a seat of government speaks as the institution, even where it stands for a country", "Officials met on Monday.\nOn Tuesday the Kremlin said that the loan came from Chinese banks.\nThe Pentagon said that the talks had failed.", ["Kremlin", "The Pentagon"]],
    ["“it” is the organisation a description opening the sentence is called by", "An umbrella body called the Harbour Relief Committee (HRC) has been set up by 12 charities.\nIt urged people to give online where they could.", ["Harbour Relief Committee"]],
    ["an acronym with an ampersand names a firm on its own", "A&K said the deal would close in May.", ["A&K"]],
    ["a firm named in the possessive speaks with any past verb before “that”", "Shares in Norvale's fell.\nNorvale's warned that the debt was too high.\nOrme & Tarn's claimed that sales had doubled.", ["Norvale's", "Orme & Tarn's"]],
  ])("%s", (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ["“the government” when the article named none", "Lorries will pay a new toll from May.\nThe government said the toll would raise 100m euros a year."],
    ["“it” after a person was last spoken of", "Norvale Telecom cut jobs.\nJohn Mercer, a union official, was angry.\nIt said the cuts were needed."],
    ["the officials of an organisation never named", "Kestrel officials said that the plant would close in May."],
    ["a former staffer, who speaks for nobody now", "Councilman Tom Vale spent the money.\nOne former Vale staffer said the councilman often brought friends."],
    ["an anonymous source inside an organisation (a source is nobody's voice)", "Norvale Health cut 200 jobs.\nOne senior Norvale Health source said the decision was taken at the top."],
    ["a group of members, whatever words describe it", "The new law is so poorly drafted that no-one can define the offence, pro-hunt MPs say."],
    ["some in a party (a part of it)", "Some in the Tory party urged Mr Hale to announce something bigger before the election."],
    ["a share of those polled for a paper", "Almost a quarter (21%) of those polled for the Sunday Times said he should return to the cabinet."],
    ["“the airline” when no airline was named", "Shares in Brightwater Group fell.\nThe airline said demand had collapsed."],
    ["a person's spokesman (the person is not the speaker)", "Mr Tom Harlow met the unions.\nMr Harlow's spokesman said the talks went well."],
    ["a country's party, unnamed (never a “Mongolia party” nor another body of that country)", "Students at the National University of Mongolia protested.\nMongolia's main opposition party on Friday refused to accept the results, saying the count was rigged."],
    ["“the X subsidiary” (not X itself)", "Shares in Tarn Airlines fell.\nThe Tarn subsidiary said flights were cancelled."],
    ["“a spokesman” after a person was last spoken of", "Norvale Telecom cut jobs.\nMr Tom Harlow met the unions on Monday.\nA spokesman said the talks went well."],
  ])("leaves a reference unresolved: %s", (_, text) => {
    expect(speakersOf(text).at(-1)).toBeNull();
  });

  it("gives “a survey suggests” to the firm the next sentences say made it", () => {
    const text =
      "Most small farms expect a good harvest, a poll of 2,400 growers shows.\nWhen consultants Harlow Partners (HP) carried out the same poll in 2001, half were worried.\nHarlow's chief executive, Sam Dole, said firms were hiring again.";
    expect(speakersOf(text)).toEqual(["Harlow Partners", "Sam Dole"]);
  });

  it("gives “research suggests” to the body the next sentences say made it, past words for what it is", () => {
    expect(speakersOf("Fast web access is encouraging people to go online, research suggests.\nA quarter of users upload content, according to a report by think-tank Fenwick.")).toEqual(["Fenwick", "Fenwick"]);
    expect(speakersOf("Mobiles are selling well, research suggests.\nA study from technology analysts Fenwick found 674 million were sold last year.")[0]).toBe("Fenwick");
  });

  it("takes no members for a body: “a report by MPs”", () => {
    expect(speakersOf("Voting should be easier, says a report by MPs.\nThe report said fines should be considered.")).not.toContain("MPs");
  });

  it("leaves “new figures showed” unresolved when a body that speaks next was not said to make them", () => {
    expect(speakersOf("The Harlow Bank lifted rates. Soon after, new figures showed a fall in growth.\nThe Bank said it had acted to curb inflation.")).toEqual([null, "Harlow Bank"]);
  });

  it("leaves “a report says” unresolved when a person speaks next", () => {
    expect(speakersOf("Most pupils have failed to reach their targets, a report says.\nJohn Harlow said pocket money rose by a third.")).toEqual([null, "John Harlow"]);
  });

  it("types a one-word name that speaks of itself as “it” as an organisation", () => {
    const { speakers } = resolveLines("Quillon said it would sue the government.");
    expect(speakers[0]).toMatchObject({ name: "Quillon", kind: "organization" });
  });

  it("takes a street for the institution there, however the street is spelt, and its spokesman after a connective", () => {
    const text = "Britain will send troops, Downing Street said.\nDowning St said more might follow. However a spokesman said the timing was unclear.";
    expect(speakersOf(text)).toEqual(["Downing Street", "Downing Street", "Downing Street"]);
  });

  it("takes a possessive with no noun after it, as the subject of a cue, for a firm's name", () => {
    const { speakers, assignments } = resolveLines("Shares in Baxter's rose.\nBaxter's said a merger would create a stronger group.");
    expect(assignments.map((a) => a.speakerIndex)).toEqual([0]);
    expect(speakers[0]).toMatchObject({ name: "Baxter's", kind: "organization" });
  });
});

describe("people's names", () => {
  it.each([
    ["a party label before a name is a role", "Tory Liam Fox said the vote was close.", "Liam Fox", "Tory"],
    ["a profession before a name is a role", "Film-maker Spike Lee said the film was finished.", "Spike Lee", "Film-maker"],
    ["letters of an office before a name end its role", "Lib Dem MP Taavo Okafor said the law was unclear.", "Taavo Okafor", "Lib Dem MP"],
    ["a place named “New …” is a whole role", "New Hampton Gov. Carl Dyson said the bill was dead.", "Carl Dyson", "New Hampton Gov."],
    ["a title with “of” before a name is a person's role", "RNC Chief of Staff Katie Marsh said the count was over.", "Katie Marsh", "RNC Chief of Staff"],
  ])("%s", (_, text, name, role) => {
    expect(resolveLines(text).speakers[0]).toMatchObject({ name, role, kind: "person" });
  });

  it("gives “he said” to the person after a place named “New …”, not to a person named like its second word", () => {
    expect(speakersOf("Former New Hampton Mayor Rudy Garland met voters.\n“We will win,” he said.")).toEqual(["Rudy Garland"]);
  });

  it.each([
    ["a month after a first name is a surname, and the surname alone names the person", "Guitarist Brian May has joined the tour.\n“We were amazed at the show,” May said.\n“The fans were great,” said Mr May.", ["Brian May", "Brian May"]],
    ["a modal written with a capital after a cue is a name", "“We were amazed,” said Will Hale.", ["Will Hale"]],
  ])("%s", (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ["an acronym is not an event its initials match", "The Northern Party Convention opens on Monday.\nThe NPC said the count was fair.", "NPC"],
    ["a weekday after a name is no part of it", "The count was fair, reported The Harbour Times Tuesday.", "Harbour Times"],
  ])("%s", (_, text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });

  it("knows a two-word surname after an honorific as the person named in full", () => {
    const { speakers } = resolveLines("Savings were lost, said Carlos Ruiz Vega, who leads the savers.\nFew have recovered, Mr Ruiz Vega said.");
    expect(speakers.map((s) => s.name)).toEqual(["Carlos Ruiz Vega"]);
  });
});

describe("who is no speaker, and who a description is", () => {
  it("gives 'he added' after an unnamed spokesman what the spokesman was given, not the last man named", () => {
    const text = "Carnwell Energy said it had found gas in India.\nChief executive Bill Gammon said more work was needed. A spokesman said the find was promising. But he added: “It is too early to say.”";
    // The spokesman stays unresolved here (a man was named since the firm spoke), and so does "he".
    expect(speakersOf(text)).toEqual(["Carnwell Energy", "Bill Gammon", null, null]);
  });

  it("lets 'he' go on past a court or a name that said something, which are nobody", () => {
    const text = "Tony Hale said he would meet concerns about the bill.\nThe law was set when a court ruled that doctors could withdraw feeding. \"It is important we are clear,\" he said.";
    expect(speakersOf(text)).toEqual(["Tony Hale", null, "Tony Hale"]);
  });

  it("knows a firm by its officials, and gives 'it' in its sentence to it rather than to an agency named before", () => {
    const text = "The Defence Ministry said it would review nine older tenders.\nNo other Kestor officials knew of the talks. Kestor apologised - although it claimed it had won no unfair edge.";
    expect(speakersOf(text).at(-1)).toBe("Kestor");
  });

  it("gives 'he said' after an unnamed source nobody, not the last man named", () => {
    const text = "Retail analyst Nick Bobb said sales were weak.\nOne trader, who would not give his name, told Reuters the shares would fall. “It is a mess,” he said.";
    expect(speakersOf(text)).toEqual(["Nick Bobb", null, null]);
  });

  it("knows a peer by title and a surname that is also a word as a person, for whom a spokesman is not", () => {
    const text = "Lord Baker said tagging could be used.\nCourts can already fine parents but that is seldom done, a spokesman said.";
    expect(speakersOf(text)).toEqual(["Baker", null]);
  });

  it("gives 'he added' after an official of a named club the club, not a player the article named", () => {
    const text = "Striker Adam Mutter failed a drugs test.\n“We want our money back,” said a Kestrel official. “It is only fair,” he added.";
    expect(speakersOf(text).at(-1)).not.toBe("Adam Mutter");
  });

  it("does not give a description, on recency alone, to the person the statement itself names", () => {
    expect(speakersOf("Gordon Vale said the plan was sound.\nThe premier insisted Mr Vale will have a key role.")).toEqual(["Gordon Vale", null]);
  });

  it("makes no organisation of the street a firm trades on", () => {
    expect(speakersOf("Profits will fall, the shop chain said.\nSales had been weak, the High Street retailer added.")).not.toContain("High Street");
  });

  it.each([
    ["a plural capitalised only because it opens the sentence", "Organisers said the event was a success."],
    ["an acronym's plural", "MPs said the bill would fail on Tuesday."],
    ["a nickname", "The Whirlwind said he would play on next season."],
    ["a share of those polled", "Three-quarters said the minister was right to resign."],
    ["a fraction of a group", "Two-thirds of the members said the deal was unfair."],
    ["a count of a group", "One in five said they would not vote."],
  ])("leaves %s unresolved", (_, text) => {
    expect(speakersOf(text)).toEqual([null]);
  });

  it.each([
    ["a surname ending like a number word", "Hannity said the senator had paid a heavy price.", "Hannity"],
    ["an Irish surname", "Doherty said the club would appeal.", "Doherty"],
    ["an agency by its dotted initials", "Officials met on Monday, and the F.A.A. has said it had no record of the flight.", "F.A.A."],
    ["an agency by its dotted initials after an inverted cue", "“The case is closed,” said the F.B.I.", "F.B.I."],
    ["an agency by its dotted initials at the end of according to", "The jet has logged 410 hours, according to the N.T.S.B.", "N.T.S.B."],
    ["a federation by its hyphenated dotted initials", "Dock workers will strike on Monday, according to the R.W.U.-T.L.C., which speaks for them.", "R.W.U.-T.L.C."],
    ["a country that speaks through its government", "Chile declined the loan, while Peru said it would rely on its own reserves.", "Peru"],
    ["a country written with “the”", "The United States said the talks would resume next week.", "United States"],
    ["a name before a dash", "Party favourite Marta Lind - who has called for a ban - said that the mines should close.", "Marta Lind"],
    ["a person whose first names are initials", "“Twitter has ramped up,” said J.M. Berger, a fellow at the university.", "J.M. Berger"],
  ])("names %s", (_, text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });

  it.each([
    ["a count in the tens", "Forty-five said they would not vote.", null],
    ["a count in the teens", "Nineteen of the members said the deal was unfair.", null],
  ])("still leaves %s unresolved", (_, text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });

  it.each([
    ["the analyst, not the bank he works for", "Analyst Nick Van den Brul of BNP Paribas said the shares were cheap.", "Nick Van den Brul"],
    ["the person before the organisation they are from, between commas", "Colin Ashby, Seaport Hotel Association, said the party would not come back.", "Colin Ashby"],
    ["the organisation that names a description, between commas", "Their school, Leaders College, confirmed the news on Monday.", "Leaders College"],
    ["the person after two roles joined by “and”, before the verb", "“We are on track,” Kestrel founder and chief executive Ray Wagon said in a statement.", "Ray Wagon"],
    ["the person after two roles joined by “and”, after the verb", "“It is a great festival,” said Raindrop founder and president Elliot Grey.", "Elliot Grey"],
    ["the name before a possessive role whose closing comma is missing", "Mr Blain is as keen as ever, Alan Millburn, the party's campaign strategist said.", "Alan Millburn"],
    ["Britain's party as “the Conservatives”", "The Tories attacked the plan.\nThe Conservatives say the plan will fail.", "Conservative Party"],
    ["the body a titled person's possessive stands before, without the person", "Senators vowed to block Mr. Hale's Supreme Court nominee, Judge Ada Fenn.\nThe court said it had deadlocked in the case.", "Supreme Court"],
    ["Britain's party as “Tory” before “claims”", "The prime minister spoke in Leeds.\nHe derided Tory claims they could save £9bn on office costs.", "Conservative Party"],
    ["the person whose role at a firm comes between commas, not the firm", "Prices fell in May, Harold Archley, chief economist at Global Outlook said.", "Harold Archley"],
    ["the person before the letters after a name", "The votes were forged, Judge Richard Mallory, QC told the hearing.", "Richard Mallory"],
    ["the paper's correspondent named before, as “our correspondent”", "BBC correspondent Louisa Lam said the mood was calm.\nThe results may reflect confidence in growth, our correspondent said.", "Louisa Lam"],
    ["the name before a possessive role between commas", "Rod Eddington, BA's chief executive, said the airline would grow.", "Rod Eddington"],
    ["the name after a possessive ending in s'", "“Growth is slow,” Harbour Edwards' Thayer said.", "Thayer"],
    ["the name before a spaced-hyphen aside", "Mr Hawkins - a paraplegic himself - says the rules are unfair.", "Hawkins"],
    ["the person a description fits, though the article said only where he is from", "Britain's Tom Vale won the 200m in Berlin on Sunday.\nVale finished well ahead of the field. The European champion said: “It went perfectly.”", "Tom Vale"],
    ["the one person named in the possessive, by a description that fits", "Ken Marlow's annual address opened the campaign.\n“We will win again,” the prime minister said.", "Ken Marlow"],
    ["a firm whose name joins two words that are also first names", "As the date was set, the audit firm Ernst & Young asked him to act.", "Ernst & Young"],
    ["the person after a party's name, which is no first name", "Tory MP Tom Vale said the plan would fail.", "Tom Vale"],
    ["the person a capitalised role describes, not a name made of it", "Neil Marsh said he would take his seat.\nBut the departing European Commissioner added that his old remarks needed context.", "Neil Marsh"],
    ["the person a role after a capitalised word describes, not that word", "Chat show presenter Jerry Vance said he had not seen it.\nThe TV host added that he saw why people were angry.", "Jerry Vance"],
    ["the person a nationality describes", "Chelsea boss Jose Mourinho was in a confident mood.\n“We will win the league,” the Portuguese said.", "Jose Mourinho"],
    ["a man after a festival named with its city (no one is called “Comedy Festival”)", "The Berlin Comedy Festival opens on Thursday.\nFestival director Anton Reiss praised the films. “They are on a winning streak,” he said.", "Anton Reiss"],
  ])("names %s", (_, text, name) => {
    expect(speakersOf(text).at(-1)).toBe(name);
  });
});

describe("a publication the statement's subject names", () => {
  it("is its publisher's when the same sentence says who put it out", () => {
    expect(speakersOf("The Home Office published a report which found that crime had fallen.")).toEqual(["Home Office"]);
    expect(speakersOf("In March Kestrel Group released statistics which showed that attacks had risen.")).toEqual(["Kestrel Group"]);
  });

  it("is a body's when a lone word no list knows stands before it, after when it was", () => {
    expect(speakersOf("Tom Hale of Vantrel said spam was up.\nIn September Vantrel released statistics which showed that attacks had risen.")).toEqual(["Tom Hale", "Vantrel"]);
  });

  it("is nobody's when a person titled by the article stands before it", () => {
    expect(speakersOf("In March Mr Vantrel released statistics which showed that attacks had risen.")).toEqual([null]);
  });
});

describe("bodies a plain description or a role names", () => {
  it("makes 'campaigners from Save Ashworth Libraries' a group that 'the group' names later", () => {
    const text = "About 80 campaigners from Save Ashworth Libraries staged a protest.\nThe group said it was taking legal advice.";
    expect(speakersOf(text)).toEqual(["Save Ashworth Libraries"]);
  });

  it("reads 'an influential think tank warned' whole, as the think tank named next", () => {
    const text = "Ministers are under pressure after an influential think tank warned there would be a £22bn gap.\nIn a report published on Monday, the Centre for Public Finance (CPF) said growth had stalled.";
    expect(speakersOf(text)).toEqual(["Centre for Public Finance", "Centre for Public Finance"]);
  });
});

describe("a person of a firm", () => {
  it("gives 'Sophie Mallinder of stockbroker Pennant & Co said' to her, not the firm", () => {
    expect(speakersOf('Sophie Mallinder of stockbroker Pennant & Co said the group had been "too slow to adapt".')).toEqual(["Sophie Mallinder"]);
    expect(speakersOf("Brett Lock of gay group OutRage! said they were wiping the slate clean.")).toEqual(["Brett Lock"]);
  });

  it("still reads 'Lloyds of London' and 'Marks & Spencer' as bodies", () => {
    expect(speakersOf("Harlock of London told the Financial Times it expected losses.\nMarks & Spencer said its sales had risen by a fifth.")).toEqual(["Harlock of London", "Marks & Spencer"]);
  });
});

describe("a name that opens a short quotation", () => {
  it("is the quotation's subject, so 'he' after it is someone else", () => {
    const text = 'Speaking in court, Mr Ebbers denied he pressured Scott Sullivan to falsify the books. Mr Sullivan "made accounting decisions," he told the court.';
    expect(speakersOf(text).at(-1)).toBe("Ebbers");
  });
});

describe("a paragraph of one sentence that names one person, before a quotation", () => {
  it("gives the quotation's 'he' to that person, not to the last one named as a subject", () => {
    const text = 'Nicolas Vale said Europe was worried.\nA day later Tom Snow said a strong dollar was in America\'s interest.\nBut that was not enough for Mr Vale.\n"If the Americans were to change their policy, it is up to them," he said.';
    expect(speakersOf(text).at(-1)).toBe("Nicolas Vale");
  });

  it("not after a question the writer asks, nor a sentence whose subject is a pronoun", () => {
    const asked = 'Carl Tobias, a law professor, said the Senate would wait.\nBut what if Hillary Clinton wins? Would she name more liberal judges than Obama?\n"Hillary should do whatever she wants to do," he said.';
    expect(speakersOf(asked).at(-1)).toBe("Carl Tobias");
    const pronoun = 'Matt Williams said he would not quit.\nBut he rejected the comparison with Berti Vogts.\n"How can a football coach and a rugby coach have anything in common?" he asked.';
    expect(speakersOf(pronoun).at(-1)).toBe("Matt Williams");
  });
});

describe("the one person of the pronoun's sex that the sentence before names", () => {
  it("gives 'he' to him, not to the last subject of that sex, named further back", () => {
    const text = 'Tom Hale thinks Anna Reade will win. "She has the better part," said Mr Hale. "She has been superb all year."\nReade is also the choice of Peter Vane, editor of Screen Week.\nBut while he tipped Reade to win, he predicted it would be close.';
    expect(speakersOf(text).at(-1)).toBe("Peter Vane");
    const initials = 'Sen. Bernie Sanders of Vermont skipped the meeting.\nInstead he gave a speech in which he pledged that he would be a friend to both sides.';
    expect(speakersOf(initials)).toEqual(["Bernie Sanders"]);
  });

  it("not when the latest subject opens the sentence before that one, nor after a person described", () => {
    const blair = "Tom Hale said he would meet their concerns. But changes to the bill must not overturn the ruling on coma victim Peter Vane.\n\"It is important we don't end up confused,\" he said.";
    expect(speakersOf(blair).at(-1)).toBe("Tom Hale");
    const seed = 'Tom Hale won in Sydney. "It was hard," he said.\nHale beat Tim Moss in the final. The seventh seed, who is to meet Peter Vane in the last eight, is looking forward to the match.\n"He is a tough player," he said.';
    expect(speakersOf(seed).at(-1)).toBe("Tom Hale");
    const asked = 'Carl Tobias, a law professor, said the Senate would wait to confirm the judges President Barack Obama named.\nBut what if Anna Reade wins? Would she name more liberal judges than Obama?\n"Anna should do whatever she wants to do," he said.';
    expect(speakersOf(asked).at(-1)).toBe("Carl Tobias");
    const initial = 'Tom Hale won. "It was hard," he said.\n"Peter Vane is the best," said Gov. Ian F. Dale of Iowa, who used Mr. Vane as a consultant.\nHe added, "It will be interesting."';
    expect(speakersOf(initial).at(-1)).toBe("Ian F. Dale");
  });
});

describe("someone's relative", () => {
  it("is the one person the article called someone's relative of that kind", () => {
    const text = 'The tapes were found by the family of Joe Vane. "They are a treasure," Vane\'s son Stephen, 57, said.\nVane, who died in 1994, made two tapes of every session. "He called them his spare tapes," his son said.';
    expect(speakersOf(text)).toEqual(["Stephen Vane", "Stephen Vane"]);
  });
});

describe("a description nobody was given, and the one person of the speaker's sex", () => {
  // Far enough from the name that recency alone names nobody.
  const between = "The house was built in 1790 for a wool merchant. Its timber floors are original, its windows were replaced in the 1950s, and the roof was relaid last year. The village has a pub, a church and a shop. ".repeat(3);

  it("gives 'The owner said she might…' to the one woman the story names", () => {
    expect(speakersOf(`Marianne Holt bought the house in May.\n${between}\nThe owner said she might lay a new floor over the planks.`)).toEqual(["Marianne Holt"]);
  });

  it("not when the words name her, nor when someone of unknown sex is named too", () => {
    expect(speakersOf(`Marianne Holt bought the house in May.\n${between}\nThe owner said she was sure Ms Holt would sell.`)).toEqual([null]);
    expect(speakersOf(`Marianne Holt bought the house from Kim Vale in May.\n${between}\nThe owner said she might lay a new floor.`)).toEqual([null]);
    // ("…after the front-runner had said that he…": a sentence naming people says nothing by the pronoun.)
    expect(speakersOf(`Marianne Holt bought the house in May.\n${between}\nTom Hale met Anna Reade after the owner had said that she was leaving.`)).toEqual([null]);
  });
});

describe("a role at a body, in a lead that names the person next", () => {
  it("is the person named next, after an opening -ing phrase too, not the body", () => {
    const text = "Kestrel director admits lying\nThe former chief financial officer at US telecoms firm Kestrel has admitted that he lied to fellow directors.\nGiving evidence in the fraud trial of former boss Bernie Hale, Scott Vane said he had lied.";
    expect(speakersOf(text)).toEqual(["Scott Vane", "Scott Vane"]);
  });

  it("ends an opening -ing phrase at its comma, but not before a list of names nor after 'According to'", () => {
    const at = (p: string) => frontedPlaceEnd(p, 0);
    const giving = "Giving evidence in the trial of former boss Bernie Hale, Scott Vane said he had lied.";
    expect(giving.slice(at(giving))).toBe("Scott Vane said he had lied.");
    expect(at("Featuring songs by Loretta Lynn, Elvis Costello, Johnny Cash and Ray Vane, the show opens.")).toBe(-1);
    expect(at("According to Environment Agency data, Severnside's overflows discharged sewage.")).toBe(-1);
  });
});

describe("reports from a body", () => {
  it("are the body's; reports from a place are nobody's", () => {
    expect(speakersOf("Charges have dropped by 60%, reports from the US Treasury have said.")).toEqual(["US Treasury"]);
    expect(speakersOf("Reports from Russia say the deal is off.")).toEqual([null]);
  });
});
