import { describe, expect, it } from "vitest";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

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
