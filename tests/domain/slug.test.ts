import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/domain/slug";

describe("slugify", () => {
  it.each([
    ["Russia and Belarus Will Coordinate Response to US Missile Shield", "russia-and-belarus-will-coordinate-response-to-us-missile-shield"],
    ["O’Malley campaign to shift staff", "omalley-campaign-to-shift-staff"],
    ["Łukasz Kowalski — Café", "ukasz-kowalski-cafe"],
    ["???", "untitled"],
  ])("slugifies %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});
