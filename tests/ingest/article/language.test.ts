import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/ingest/article/language";

describe("detectLanguage", () => {
  it.each([
    ["The minister said that the talks with his counterpart were held in a friendly atmosphere and that they would continue.", "en"],
    ["El ministro dijo que las conversaciones con su homólogo se celebraron en un ambiente amistoso y que continuarán.", "es"],
    ["Le ministre a déclaré que les discussions avec son homologue se sont déroulées dans une atmosphère amicale.", "fr"],
    ["Der Minister sagte, dass die Gespräche mit seinem Amtskollegen in einer freundlichen Atmosphäre stattfanden.", "de"],
    ["Министр заявил, что переговоры с его коллегой прошли в дружественной атмосфере.", "ru"],
    ["部长说，会谈在友好的气氛中进行。", "und"],
    ["", "und"],
  ])("%j is %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
