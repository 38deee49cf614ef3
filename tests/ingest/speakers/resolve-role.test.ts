import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

describe("resolveRole", () => {
  describe("role descriptions", () => {
    it("resolves 'the minister' to the minister just quoted", () => {
      const text = "Russian Foreign Minister Sergey Lavrov met his Belarusian counterpart Vladimir Makei.\nVladimir Makei said the talks went well.\n“We agree on everything,” the minister said.";
      expect(speakersOf(text)).toEqual(["Vladimir Makei", "Vladimir Makei"]);
    });

    it("reads the descriptions popular papers use for someone just named", () => {
      expect(speakersOf("Chloe Banks hit out at the show on Instagram.\n“Megan is kind,” the brunette wrote.")).toEqual(["Chloe Banks"]);
      expect(speakersOf("Kate Lowe posted a photo of her family.\nThe mother-of-two said she was tired.")).toEqual(["Kate Lowe"]);
      expect(speakersOf("Jean-Paul Ardant made his debut on Saturday.\n“It's incredible,” the youngster said.")).toEqual(["Jean-Paul Ardant"]);
    });

    it("gives 'the 59-year-old' to the person the article said is 59, not the last one named", () => {
      const text = "Mr. Harlan, 59, who has led the carrier since 2019, said the outage was caused by software.\nAaron Feld, the committee chairman, asked about refunds.\nThe 59-year-old executive said that compensation would raise fares.";
      expect(speakersOf(text).at(-1)).toBe("Harlan");
      expect(speakersOf("Sir Anthony Wren, 81, has signed the petition.\nGraham Tully, the council leader, defended the plan.\n“I learnt everything on that stage,” the 81-year-old said.")).toEqual(["Anthony Wren"]);
    });

    it("reads US local offices and a baseball manager's other name", () => {
      expect(speakersOf("Councilman Rudy Vance (D-Queens) spent $48,000 on dinners.\nPressed on the tickets, the councilman said he had given them away.")).toEqual(["Rudy Vance"]);
      expect(speakersOf("Manager Walt Brenner wasn't ready to pull the plug.\n“Ramon's our closer,” the skipper said.")).toEqual(["Walt Brenner"]);
    });

    it("reads 'the former England defender' as what someone was, whatever the article calls them now", () => {
      expect(speakersOf("Kingsbridge manager Steve Lacey saw things differently.\n“It's a stonewall penalty,” said the former England defender.")).toEqual(["Steve Lacey"]);
    });

    it("gives a description with 'added' to the one who just spoke, not to someone named since", () => {
      const text = "“It's a fantastic job,” Gordon Strachan told the BBC.\nClub director Terry Brady held talks with Strachan on Saturday.\nThe former Scotland international added that the move would not be wise.";
      expect(speakersOf(text)).toEqual(["Gordon Strachan", "Gordon Strachan"]);
    });

    it("uses nationality to tell two ministers apart", () => {
      const text =
        "Belarusian Foreign Minister Vladimir Makei met Sergei Lavrov in Minsk.\nLavrov highlighted that Russia wants no confrontation.\nThe Belorussian minister said that the sides share concerns.\nAccording to the Russian minister, Europe must approve the principle.";
      expect(speakersOf(text)).toEqual(["Sergei Lavrov", "Vladimir Makei", "Sergei Lavrov"]);
    });

    it("never gives a description a gendered title contradicts to the woman just quoted", () => {
      const text = "Baroness Betty Royd said the Lords needed a Speaker.\nThe lord chancellor hinted new rules could follow next year.";
      expect(speakersOf(text)).toEqual(["Betty Royd", null]);
    });

    it("resolves a description to whoever the article gave that role, even when it named them only as an object", () => {
      const text = "Rovers winger Dale Pike has turned down a loan after a row with manager Tom Hadley.\nThe boss said Pike had played his last game for the club.";
      expect(speakersOf(text)).toEqual(["Tom Hadley"]);
    });

    it("resolves a description to the only person quoted so far when nobody has been named since, however long the quotation", () => {
      const quote = "Every family in every town will see the difference, and every school will have the teachers it needs. ";
      const text = `Alan Moss's speech opened the campaign in earnest.\nHe declared: "${quote.repeat(4).trim()}"\n"${quote.repeat(4).trim()}"\nThe premier insisted taxes would not rise.`;
      expect(speakersOf(text)).toEqual(["Alan Moss", "Alan Moss", "Alan Moss"]);
    });

    it("does not reach back past someone named since the last quotation", () => {
      const quote = "Every family in every town will see the difference, and every school will have the teachers it needs. ";
      const text = `Alan Moss's speech opened the campaign in earnest.\nHe declared: "${quote.repeat(8).trim()}"\nThe talk then turned to Ken Rudd and the budget.\nThe premier insisted taxes would not rise.`;
      expect(speakersOf(text).at(-1)).toBeNull();
    });

    it("leaves plural and indefinite sources unresolved rather than guessing", () => {
      const text = "Donald Trump spoke in Iowa.\nSeveral officials said the rally was crowded.\nA senior aide said the speech was rewritten.";
      expect(speakersOf(text)).toEqual([null, null]);
    });
  });
});

describe("descriptions by title and trade", () => {
  it.each([
    ["a churchman by his title", "Cardinal Cormac Hale will use his sermon to criticise the war.\nThe cardinal will say the year should be one of peace.", "Cormac Hale"],
    ["a title written with a capital", "Cardinal Cormac Hale will use his sermon to criticise the war.\nOn Sunday, the Cardinal will urge the faithful to pray for calm.", "Cormac Hale"],
    ["a title with a capital opening the sentence", "Aid should go to the poor, Cardinal Cormac Hale has said.\nThe Cardinal said the war was a waste.", "Cormac Hale"],
    ["a manager as 'the boss'", "Newcastle manager Graeme Sounder dropped his striker.\nThe boss vowed the striker would not play again.", "Graeme Sounder"],
    ["a manager as the boss of a nickname", "Newcastle manager Graeme Sounder dropped his striker.\nThe Toon boss said the striker would not play again.", "Graeme Sounder"],
    ["a film star as 'the actor'", "Film star Liam Hale hosted a gala in Boston.\nThe Cork-raised actor said the old playhouse needed a new roof.", "Liam Hale"],
    ["a captain as 'the skipper'", "Captain Rory Bain led the side.\nThe skipper said the team was ready.", "Rory Bain"],
    ["a presenter by her trade", "Television presenter Ruth Ambler has quit the show.\nThe presenter said she wanted to spend time with her family.", "Ruth Ambler"],
  ])("%s", (_, text, name) => {
    expect(speakersOf(text).at(-1)).toBe(name);
  });
});

describe("a person's own report, speech or letter", () => {
  it.each([
    ["an inquiry led by a knight", "The minister resigned after an inquiry.\nSir Alan Mercer's inquiry said the minister's account had been wrong.", "Alan Mercer"],
    ["a speech of a person named before", "Carla Fenwick spoke in Leeds.\nMs Fenwick's speech said technology was being designed for fashion.", "Carla Fenwick"],
    ["a firm's report stays the firm's", "Shares in Norvale fell.\nNorvale's report said sales had fallen.", "Norvale"],
  ])("%s", (_, text, name) => {
    expect(speakersOf(text).at(-1)).toBe(name);
  });
});

describe("descriptions that fit nobody named", () => {
  it("does not give 'the boss' to a striker just named", () => {
    expect(speakersOf("Chelsea striker Tom Vale scored twice.\nThe boss said the win was deserved.")).toEqual([null]);
  });
});
