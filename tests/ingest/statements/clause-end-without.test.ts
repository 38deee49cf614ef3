import { describe, expect, it } from "vitest";
import { onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("', without giving figures' after what was said", () => {
  it("is the writer's account of the saying, not part of it", () => {
    expect(onlyStatement("It went on sale in May and Harlan says sales have exceeded expectations, without giving detailed figures.").text).toBe("sales have exceeded expectations");
    expect(onlyStatement("Ms Vale said she wants a safe zone, without offering specifics.").text).toBe("she wants a safe zone");
  });
});
