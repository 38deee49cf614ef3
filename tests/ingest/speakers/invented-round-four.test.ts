import { describe, expect, it } from "vitest";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fourth set of invented stories (eval/invented/uk5, uk6, us5,
// us6, stories 05–08). Invented sentences.

describe("a body referred to pages after it was named", () => {
  it("'The trust said…' is the only trust the article named, however far back", () => {
    const filler = Array.from({ length: 22 }, (_, i) => `In ${2000 + i} the maternity ward at the infirmary was busy, short of midwives and slow to help the mothers in its care.`);
    const text = ["North Pennine Hospitals NHS Foundation Trust runs the infirmary.", ...filler, "The trust said it had recruited 58 additional midwives since 2022."].join("\n");
    expect(text.length).toBeGreaterThan(2600);
    expect(statementsAndSpeakers(text)).toEqual([["it had recruited 58 additional midwives since 2022", "North Pennine Hospitals NHS Foundation Trust"]]);
  });

  it("'Lancashire Constabulary' is a police force: 'the force' is it", () => {
    expect(statementsAndSpeakers("Lancashire Constabulary was assessing whether to open an investigation.\nThe force said yesterday that its assessment was continuing.")).toEqual([["its assessment was continuing", "Lancashire Constabulary"]]);
  });
});
