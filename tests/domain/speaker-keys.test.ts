import { describe, expect, it } from "vitest";
import { linkSurnameKeys } from "@/lib/domain/speaker-keys";
import { speakerKey } from "@/lib/ingest/names";

describe("linkSurnameKeys", () => {
  it("attaches a surname-only key to the one first-named person with that surname", () => {
    const linked = linkSurnameKeys([speakerKey("Makei"), speakerKey("Vladimir Makey")]);
    expect(linked.get(speakerKey("Makei"))).toBe(speakerKey("Vladimir Makei"));
  });

  it("leaves a surname-only key alone when several people share the surname", () => {
    const keys = [speakerKey("Clinton"), speakerKey("Bill Clinton"), speakerKey("Hillary Clinton")];
    expect(linkSurnameKeys(keys).get(speakerKey("Clinton"))).toBe(speakerKey("Clinton"));
  });
});
