// Sources the sentence describes without naming anyone: they speak for nobody a reader can cite.

/** "Government sources", "Labour insiders": sources are nobody's voice, whoever they are near. */
const SOURCES = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:sources|insiders)$/u;
/** "A Labour MP", "one Tory MEP", "another New Hampshire Republican": a member nobody named. */
const MEMBER = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\S+\s+){0,3}(?:MP|MEP|MSP|MLA|AM|MK|Republican|Democrat|Tory|Conservative)$/u;
/** "One shop supervisor in Bradford", "a nurse from Leeds": someone of a place, not the place. */
const SOMEONE_IN_PLACE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(?:in|near|from)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}$/u;
/** What speaks for the body it is in: "a spokesman in Brussels", "a report in the Times". */
const SPEAKS_FOR_ITS_BODY = /^(?:spokes\w+|representative|statement|report|study|survey|poll|document|article|letter|editorial|interview|post|story)$/;

/** Whether the phrase describes a source without naming anyone. */
export function namesNobody(text: string): boolean {
  if (SOURCES.test(text) || MEMBER.test(text)) return true;
  const someone = SOMEONE_IN_PLACE.exec(text);
  return !!someone && !SPEAKS_FOR_ITS_BODY.test(someone[1]!);
}
