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
