import { describe, expect, it } from "vitest";
import { onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("according to", () => {
  it.each([
    ["According to the Russian minister, Europe must approve the principle of equal security.", "Europe must approve the principle of equal security", "the Russian minister"],
    ["The deficit grew by a third last year, according to the Congressional Budget Office.", "The deficit grew by a third last year", "the Congressional Budget Office"],
  ])("reads 'according to': %s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
    expect(st.cue).toMatch(/^[Aa]ccording to$/);
  });

  // Without a comma after the source, the source is the name or the named report, and the clause after it is what was said.
  it.each([
    ["According to Mr Hollis the scheme had been a failure from the start.", "the scheme had been a failure from the start", "Mr Hollis"],
    ["According to the Kantar report the habit made young shoppers a prize for retailers.", "the habit made young shoppers a prize for retailers", "the Kantar report"],
    ["According to Norden Analytics 44% of drivers use just one app, 48% use two.", "44% of drivers use just one app, 48% use two", "Norden Analytics"],
    ["According to the Bank of England the economy grew faster than expected.", "the economy grew faster than expected", "the Bank of England"],
    ["According to web analysis firm Tallyrank the number of forums has doubled.", "the number of forums has doubled", "web analysis firm Tallyrank"],
    ["Tourism will grow, according to the World Tarn and Travel Council (WTTC).", "Tourism will grow", "the World Tarn and Travel Council"],
    ["According to message analysts Quarry Group nearly 45% of mail is lost.", "nearly 45% of mail is lost", "message analysts Quarry Group"],
  ])("ends a source where a clause begins, or before its acronym: %s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
  });

  it("gives a quotation to the person named beside it, not to where it was reported", () => {
    const st = onlyStatement("“The count was fair,” Ms Vale said, according to a pool report.");
    expect(st.speakerAsWritten).toBe("Ms Vale");
    expect(st.text).toBe("“The count was fair,”");
  });

  it("keeps 'according to' for reported words nobody beside them is said to speak", () => {
    expect(onlyStatement("He told the board that the mill would close by June, according to two former directors.").speakerAsWritten).toBe("two former directors");
  });

  it("keeps a source that is a common noun phrase whole", () => {
    expect(onlyStatement("According to a study by Harvard researchers, the drug works.").speakerAsWritten).toBe("a study by Harvard researchers");
  });
});
