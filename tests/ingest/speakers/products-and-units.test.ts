import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// A body's name that later words go on from: its product, site or unit, or its own full name.

describe("a known body's name with more words after it", () => {
  it("names the body's product once the body was written alone in the text", () => {
    const text = [
      "Kestrel unveils faster chip",
      "Chipmaker Kestrel has shown a prototype of its Kestrel Blue Heron processor.",
      "The Kestrel Blue Heron will ship next year, Kestrel said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Kestrel"]);
  });

  it("names a website that carries the body's name", () => {
    const text = [
      "Pinecone sues bloggers",
      "Computer maker Pinecone has gone to court against three bloggers.",
      "The lawsuit was filed against the Pinecone Insider website, Pinecone said.",
      "A Pinecone spokesman said: \"We protect our secrets.\"",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Pinecone", "Pinecone"]);
  });

  it("is the full name when the body's text writes it first, after a headline", () => {
    const text = [
      "Tarn offers computing by the hour",
      "Computer firm Tarn Microsystems has launched a service that rents computing power.",
      "The service is run on machines kept by Tarn, Tarn said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Tarn Microsystems"]);
  });

  it("is the same body when the words after it name a body", () => {
    const text = ["Oil firm Yarrow has cut output.", "Yarrow Oil Company said its wells were running dry."].join("\n");
    expect(speakersOf(text)).toEqual(["Yarrow Oil Company"]);
  });
});

describe("an organisation named by one ordinary word", () => {
  it("takes 'The' when the text writes it so, as a newspaper's name", () => {
    expect(speakersOf("The story was first reported by the Times.\nThe Times said the minister had resigned.")).toEqual(["The Times"]);
  });

  it("does not for once writing 'the' before it and a noun", () => {
    const text = "Search firm Google has added links to its toolbar.\nThe links appear when users click the Google toolbar button, Google said.\nGoogle said no firm had paid for the links.";
    expect(speakersOf(text)).toEqual(["Google", "Google"]);
  });
});

describe("words before or after a body's name that are no part of it", () => {
  it("a branch office is the body's", () => {
    const text = "The SEC has brought fraud charges against two former executives, the regulator said.\nThe SEC is pressing for the highest penalties, a spokeswoman for the SEC's Boston office said.";
    expect(speakersOf(text)).toEqual(["SEC", "SEC"]);
  });

  it("a Sunday paper keeps its day", () => {
    expect(speakersOf("The rail plan is to get the go-ahead this month, according to The Mail on Sunday.\nThe paper said the money was earmarked.")).toEqual(["Mail on Sunday", "Mail on Sunday"]);
  });

  it("a language, a day or a person before the name is not the name", () => {
    const text = "Jagran publishes the Hindi-language Dainik Jagran, India's top-selling daily newspaper.\nThe Hindi-language Dainik Jagran said its circulation had risen.\nMonday's Sydney Courier said sales were down.";
    expect(speakersOf(text)).toEqual(["Dainik Jagran", "Sydney Courier"]);
  });
});

describe("a word for a body after 'of'", () => {
  it("makes no body of the words before it", () => {
    const text = "Critics of the government say it has announced twenty schemes.\nA Herald analysis of campaign filings found the groups had spent $23m, the Herald said.";
    expect(speakersOf(text)).toEqual([null, "The Herald"]);
  });
});

describe("a body's name that opens with a word sentences open with", () => {
  it("keeps that word when the article writes the whole name", () => {
    const text = 'Gaza economy in decline\nThe economy is performing well below its potential, said a World Bank report.\n"Closures are the key factor in the West Bank," said Nigel Roberts, World Bank country director for the West Bank and Gaza.';
    expect(speakersOf(text)).toEqual(["World Bank", "Nigel Roberts"]);
  });
});

describe("a firm named by an ordinary word", () => {
  it("is named when the text lists it beside another name", () => {
    const text = "In July, Motorola and Apple announced a version of the music service for phones.\nApple said the player would become the phones' standard music application.";
    expect(speakersOf(text).at(-1)).toBe("Apple");
  });
});

describe("a description right after a body spoke", () => {
  it("is that body when nothing says what kind of body it is", () => {
    const text = "One person in the UK joins the internet's fast lane every 10 seconds, according to BT.\nThe telecoms giant said the number of people on broadband had passed four million.";
    expect(speakersOf(text)).toEqual(["BT", "BT"]);
  });

  it("is not a country that spoke", () => {
    const text = "The blocking was deliberate, Canada said.\nThe website said the blocking was not due to an attack by vandals.";
    expect(speakersOf(text)).toEqual(["Canada", null]);
  });
});

describe("a body's description in apposition before its name", () => {
  it("says the name is a body's", () => {
    const text = "China has been accused of blocking the site by the media watchdog, Reporters Without Borders.\nThe aim was to force people to use a Chinese edition, according to the watchdog.";
    // (The accusation, in the passive, is the watchdog's too.)
    expect(speakersOf(text)).toEqual(["Reporters Without Borders", "Reporters Without Borders"]);
  });
});
