import { describe, expect, it } from "vitest";
import { speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

describe("an impersonal passive of a claim", () => {
  it("'It was claimed that…', 'It has been widely reported that…': a statement nobody is named for", () => {
    expect(statementsAndSpeakers("It was claimed last night that the minister had picked the fabrics herself.")).toEqual([["the minister had picked the fabrics herself", null]]);
    expect(statementsAndSpeakers("It was claimed that the minister had picked the fabrics herself.")).toEqual([["the minister had picked the fabrics herself", null]]);
    expect(statementsAndSpeakers("It has been widely reported that about 40 workers die from heat each year.")).toEqual([["about 40 workers die from heat each year", null]]);
  });

  it("is no claim where 'it' is a thing that was reported on, or a speaker follows", () => {
    expect(statementsAndSpeakers("It was reported to the police on Monday.")).toEqual([]);
    expect(statementsAndSpeakers("It was claimed that the fire was an accident, the chief said.").map(([text]) => text)).toEqual(["It was claimed that the fire was an accident"]);
  });
});

describe("what figures and polls show", () => {
  it("'official figures show', 'Government statistics show that…': a document's finding", () => {
    expect(statementsAndSpeakers("The jobless total rose for the second month in a row in December, official figures show.").map(([text]) => text)).toEqual(["The jobless total rose for the second month in a row in December"]);
    expect(statementsAndSpeakers("Government statistics show that more than half of all households own a home computer.").map(([text]) => text)).toEqual(["more than half of all households own a home computer"]);
    expect(statementsAndSpeakers("Rates were cut, with the latest figures showing a sharp fall in lending.").map(([text]) => text)).toEqual(["a sharp fall in lending"]);
  });

  it("is no cue as a noun, a phrasal verb, or inside what someone says", () => {
    expect(statementsAndSpeakers("The chat show will return to the BBC in the autumn with a new host.")).toEqual([]);
    expect(statementsAndSpeakers("Hundreds of fans did not show up for the final match of the season.")).toEqual([]);
    expect(statementsAndSpeakers("They say government figures show the disease has increased by 25%.").map(([text]) => text)).toEqual(["government figures show the disease has increased by 25%"]);
    expect(statementsAndSpeakers("Mr Hale, after a new poll showing his standing down to 14 percent, told Fox News that the campaign would recover.").map(([text]) => text)).toEqual(["the campaign would recover"]);
  });
});

describe("figures a body released", () => {
  it("'the central bank released growth figures showing…', 'published a report showing…': the body speaks", () => {
    const text = "Malaysia's central bank is to relax its rules.\nOn Tuesday, the central bank released growth figures showing the economy expanded 7.1% in 2004.\nThe Land Registry published a report showing a big drop in sales.";
    expect(speakersOf(text)).toEqual(["Malaysia central bank", "Land Registry"]);
  });
});

describe("impersonal passives that say where and when", () => {
  it("'It was claimed on a community Facebook group on Wednesday that…', 'It has long been claimed…', 'It has been suggested…'", () => {
    expect(statementsAndSpeakers("It was claimed on a community Facebook group on Wednesday that teenagers had been seen near the site.")).toEqual([["teenagers had been seen near the site", null]]);
    expect(statementsAndSpeakers("It was reported last week that the two stars had clashed over the script.")).toEqual([["the two stars had clashed over the script", null]]);
    expect(statementsAndSpeakers("It has long been claimed that napping is a sign of poor health.")).toEqual([["napping is a sign of poor health", null]]);
    expect(statementsAndSpeakers("It has been suggested that switching off lights increases crime.")).toEqual([["switching off lights increases crime", null]]);
  });

  it("is no statement when the source is named by 'by'", () => {
    expect(statementsAndSpeakers("It was reported by the Sentinel that the mayor would resign.").map(([, speaker]) => speaker)).not.toEqual([null]);
  });
});

describe("a document described before it finds", () => {
  it("'The study, published in…, found that…', 'A report released in April by X found…', 'An investigation by X, which runs…, found'", () => {
    expect(statementsAndSpeakers("The study, published in the Journal of Sleep, found that long naps were a warning sign.").map(([text]) => text)).toEqual(["long naps were a warning sign"]);
    expect(statementsAndSpeakers("A report released in April by the California Department of Public Health found that just 88% of children had been vaccinated.")).toEqual([["just 88% of children had been vaccinated", "California Department of Public Health"]]);
    expect(statementsAndSpeakers("An internal investigation by Wessex Vale NHS Foundation Trust, which runs the hospital, found that she should have been sent for a scan.")).toEqual([["she should have been sent for a scan", "Wessex Vale NHS Foundation Trust"]]);
  });

  it("a poll or figures described so find as a report does", () => {
    expect(statementsAndSpeakers("The poll by the Public Policy Institute of California, released on Wednesday night, found that Ann Vale leads among likely voters.")).toEqual([["Ann Vale leads among likely voters", "Public Policy Institute of California"]]);
  });

  it("is no finding when the document is the object of another verb, or people find a thing", () => {
    expect(statementsAndSpeakers("Police found the body of a man near the station.")).toEqual([]);
    expect(statementsAndSpeakers("Ministers who ignored a report by the watchdog into overcrowding in the nation's prisons found themselves criticised.")).toEqual([]);
  });
});

describe("research and whoever led it", () => {
  const story = [
    "Streetlights halve visits by moths, according to the largest study of its kind in Britain.",
    "Researchers who monitored 2,000 plants at 48 sites found that flowers near a streetlight were visited half as often.",
    "Dr Hannah Morgan, an ecologist at Exeter and the study's lead author, said moths had been overlooked.",
    "When the lights were switched off, visits recovered within a fortnight, the study found.",
  ].join("\n");

  it("'Researchers who … found that…' is what the research found; 'the study' speaks as its lead author", () => {
    expect(statementsAndSpeakers(story)).toEqual([
      ["Streetlights halve visits by moths", "Hannah Morgan"],
      ["flowers near a streetlight were visited half as often", "Hannah Morgan"],
      ["moths had been overlooked", "Hannah Morgan"],
      ["When the lights were switched off, visits recovered within a fortnight", "Hannah Morgan"],
    ]);
  });

  it("'a team led by' names the lead author too, whoever spoke last", () => {
    expect(speakersOf("In a study published Thursday, a team led by Kwame Asante, an ecologist at Cornell, tracked birds.\nThe researchers found that birds were three times as likely to stop in lit areas.")).toEqual(["Kwame Asante"]);
    expect(speakersOf("Dr Hannah Morgan, an ecologist and the study's lead author, spoke at a briefing in Exeter.\nProf Rhys Okafor of Cardiff University said the work was careful.\nThe study found that moths visited fewer flowers.")).toEqual(["Rhys Okafor", "Hannah Morgan"]);
  });
});

describe("a day after a cue", () => {
  it("'the team reported Wednesday in the journal…' is no object: what was reported stands before", () => {
    expect(statementsAndSpeakers("Flowers in the lit plots received 47% fewer visits, the team reported Wednesday in the journal Nature.").map(([text]) => text)).toEqual(["Flowers in the lit plots received 47% fewer visits"]);
  });

  it("'promised Monday to act': the object follows the day", () => {
    expect(statementsAndSpeakers("Senator Ann Vale promised Monday to begin taking executive action on immigration.")).toEqual([["to begin taking executive action on immigration", "Ann Vale"]]);
  });
});

describe("where what was said ends", () => {
  it("'X, who admits he is…, hopes…': a cue in a relative clause reports up to the comma closing it", () => {
    expect(statementsAndSpeakers("Dr Adeyemi, who admits he is 'a committed napper' himself, hopes the findings will encourage employers.")).toEqual([["he is 'a committed napper' himself", "Adeyemi"]]);
    expect(statementsAndSpeakers("Jay-Z, who said he would make no more music after 2003, will become the company's president.").map(([text]) => text)).toEqual(["he would make no more music after 2003"]);
  });

  it("keeps a reported clause whose own subject has a comma after it", () => {
    expect(statementsAndSpeakers("Mr Laschet, who said that Mr Jager, under fire for the failures, would do better to resign, voted against him on Monday.").map(([text]) => text)).toEqual(["Mr Jager, under fire for the failures, would do better to resign"]);
  });

  it("'…was low, but that hepatitis A can spread…': a second 'that' of the same verb goes on", () => {
    expect(statementsAndSpeakers("Mehta said the risk to any customer was low, but that hepatitis A can spread easily in a restaurant.").map(([text]) => text)).toEqual(["the risk to any customer was low, but that hepatitis A can spread easily in a restaurant"]);
  });

  it("'She went on:', 'She signed off:' before a quotation are cues", () => {
    expect(statementsAndSpeakers("Harriet Morrow wrote that his performance had been uneven.\nShe went on: \"When he is on, you cannot take your eyes off him.\"").map(([, speaker]) => speaker)).toEqual(["Harriet Morrow", "Harriet Morrow"]);
    expect(statementsAndSpeakers("Chloe Rafferty posted a photo of the sea.\nShe signed off: \"I'll be fine. I always am.\"").map(([text]) => text)).toEqual(["\"I'll be fine. I always am.\""]);
  });
});
