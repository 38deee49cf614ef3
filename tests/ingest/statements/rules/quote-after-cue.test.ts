import { describe, expect, it } from "vitest";
import { onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("quotation after the cue", () => {
  describe("direct-quote-after-cue", () => {
    it("takes the quotation after 'X said:'", () => {
      const st = onlyStatement('Trump said: "We will build the wall."');
      expect(st.text).toBe('"We will build the wall."');
      expect(st.kind).toBe("direct");
      expect(st.speakerAsWritten).toBe("Trump");
    });
  });
});
